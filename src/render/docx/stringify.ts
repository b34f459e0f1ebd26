// docx's formatted objects ({ "w:p": [{ _attr: … }, { "w:r": … }] }) as XML text, byte for
// byte as docx's own stringifier writes them (it copies the `xml` package, quirks and all),
// in one pass that appends to one string. docx's makes a record, an attribute array and a
// content array per element and joins them back up; on a document body that was a quarter
// of the compile and much of its garbage.
import type { IXmlableObject } from 'docx'

/** What docx escapes in attribute values and text alike, control characters (bar tab, CR, LF) dropped. */
// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const special = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/
// eslint-disable-next-line no-control-regex -- as above
const specials = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g
const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

const escape = (value: string): string => (special.test(value) ? value.replace(specials, (char) => escapes[char] ?? '') : value)

/** A value as docx writes it: strings escaped, anything else (numbers, booleans) as `String` gives it. */
const written = (value: unknown): string => (typeof value === 'string' ? escape(value) : String(value))

/** The first key of an object: an element's name, or `_attr` for an attribute holder. */
function firstKey(value: object): string | undefined {
  for (const key in value) return key
  return undefined
}

function attributes(attr: Record<string, unknown>): string {
  let out = ''
  for (const key in attr) out += ` ${key}="${written(attr[key])}"`
  return out
}

/** Text, numbers and the like in an element's content (anything but an object). */
const isPrimitive = (value: unknown): boolean => typeof value !== 'object'
const isAttributeHolder = (value: unknown): value is { _attr: Record<string, unknown> } =>
  typeof value === 'object' && value !== null && firstKey(value) === '_attr'

/**
 * An element whose content is an array. docx reads the attribute holders in it wherever they
 * are, and a primitive (text) in it replaces whatever came just before it: the text of a
 * `w:t` follows its `xml:space` holder, and in the odd array where text follows an element
 * the element is dropped, as docx drops it.
 */
function arrayElement(name: string, items: readonly unknown[]): string {
  let attrs = ''
  for (const item of items) if (isAttributeHolder(item)) attrs += attributes(item._attr)
  let content = ''
  let pending: string | undefined
  for (const item of items) {
    if (isAttributeHolder(item)) continue
    if (isPrimitive(item)) {
      pending = item === undefined ? '' : written(item)
      continue
    }
    if (pending !== undefined) content += pending
    pending = element(item as IXmlableObject)
  }
  // The last item is kept unless a primitive replaced it; a primitive replaces the one before.
  return `${name ? `<${name}` : ''}${attrs}${name ? '>' : ''}${content}${pending ?? ''}${name ? `</${name}>` : ''}`
}

/** One element, as docx's `resolve` and `format` write it with no indentation. */
function element(data: IXmlableObject): string {
  const name = firstKey(data)
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name]
  const open = name ? `<${name}` : ''
  const close = name ? `</${name}>` : ''
  if (typeof values !== 'object') return `${open}${name ? '>' : ''}${values === undefined ? '' : written(values)}${close}`
  if (values === null) return `${open}/>`
  if (Array.isArray(values)) return arrayElement(name ?? '', values)
  const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string }
  const attrs = attr ? attributes(attr) : ''
  if (!cdata) return `${open}${attrs}/>`
  return `${open}${attrs}${name ? '>' : ''}<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>${close}`
}

/** The XML of a formatted object, without declaration, as docx's `stringifyXmlable` writes it unindented. */
export function stringifyXmlable(data: IXmlableObject): string {
  return element(data)
}
