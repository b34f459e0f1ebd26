// docx formats a component tree into objects ({ "w:p": [...] }) with `prepForXml`, and four
// base classes do it for nearly every element of a body: XmlComponent (children), the
// properties left out when empty (IgnoreIfEmptyXmlComponent), and the two attribute holders.
// Theirs build each element with flatMap, filter and closures, and one attribute holder
// copies its object once per attribute (a spread in a reduce); over a
// document's tens of thousands of elements that was most of docx's formatting time and
// garbage. These do the same with plain loops and give the same objects, key for key, so the
// XML is the same byte for byte. Subclasses that format otherwise (a body fills in its tables
// of contents, a hyperlink adds its relationship) call these through `super` as before.
import { EMPTY_OBJECT, IgnoreIfEmptyXmlComponent, isXmlComponent, NextAttributeComponent, XmlAttributeComponent, XmlComponent, type IContext, type IXmlableObject } from 'docx'

/** docx's `flatMap` result, one level flattened, undefined left out. */
function add(children: unknown[], formatted: unknown): void {
  if (Array.isArray(formatted)) {
    for (const item of formatted) if (item !== undefined) children.push(item)
  } else if (formatted !== undefined) children.push(formatted)
}

interface Formattable {
  prepForXml(context: IContext): IXmlableObject | undefined
  readonly writtenAs?: readonly Formattable[]
}

/** XmlComponent's children: components formatted (or what they are written as), text as it is. */
function prepComponent(this: { rootKey: string; root: unknown[] }, context: IContext): IXmlableObject {
  context.stack.push(this as unknown as IXmlableObject)
  const children: unknown[] = []
  const { root } = this
  // flatMap reads the length once: children added meanwhile are not formatted.
  for (let i = 0, length = root.length; i < length; i++) {
    const comp = root[i]
    if (!isXmlComponent(comp)) {
      add(children, comp)
      continue
    }
    const parts = (comp as unknown as Formattable).writtenAs
    if (!parts) add(children, (comp as unknown as Formattable).prepForXml(context))
    else
      for (const part of parts) {
        const formatted = part.prepForXml(context)
        if (formatted !== undefined) children.push(formatted)
      }
  }
  context.stack.pop()
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null | undefined) : undefined
  return { [this.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children }
}

/**
 * IgnoreIfEmptyXmlComponent's: the element, or nothing when it has no content and is not to
 * be kept empty. Three runs in four have no run properties (47,000 of the 62,500 runs of the
 * corpus in six languages), and docx formatted each into an empty element, then listed its
 * keys to leave it out: one with no children is left out at once.
 */
function prepUnlessEmpty(this: { rootKey: string; root: unknown[]; includeIfEmpty?: boolean }, context: IContext): IXmlableObject | undefined {
  if (this.includeIfEmpty) return prepComponent.call(this, context)
  if (this.root.length === 0) return undefined
  const result = prepComponent.call(this, context)
  const content = (result as Record<string, unknown>)[this.rootKey]
  return typeof content !== 'object' || Object.keys(content as object).length > 0 ? result : undefined
}

/** Attributes by their XML names (xmlKeys), undefined values left out. */
function prepAttributes(this: { root: Record<string, unknown>; xmlKeys?: Record<string, string> }): IXmlableObject {
  const attrs: Record<string, unknown> = {}
  const { root, xmlKeys } = this
  for (const key of Object.keys(root)) {
    const value = root[key]
    if (value !== undefined) attrs[(xmlKeys && xmlKeys[key]) || key] = value
  }
  return { _attr: attrs }
}

/** Attributes given as { key, value } pairs, undefined values left out, a later pair replacing an earlier value in place. */
function prepNextAttributes(this: { root: Record<string, { key: string; value: unknown }> }): IXmlableObject {
  const attrs: Record<string, unknown> = {}
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attrs[key] = value
  return { _attr: attrs }
}

const prototypes = [XmlComponent.prototype, IgnoreIfEmptyXmlComponent.prototype, XmlAttributeComponent.prototype, NextAttributeComponent.prototype] as const
const fast = [prepComponent, prepUnlessEmpty, prepAttributes, prepNextAttributes] as const
/** docx's own, kept to compare with (tests). */
const docxOwn = prototypes.map((prototype) => prototype.prepForXml)

/** Format with these loops (done once, when the DOCX writer is loaded), or with docx's own methods again. */
export function useFastFormatting(on = true): void {
  prototypes.forEach((prototype, i) => {
    // Defined as a class defines its methods: not enumerable.
    Object.defineProperty(prototype, 'prepForXml', { value: on ? fast[i] : docxOwn[i], writable: true, configurable: true, enumerable: false })
  })
}
