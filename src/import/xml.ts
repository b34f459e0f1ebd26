// A small element tree over saxes (a strict, streaming, namespace-aware XML parser): the
// importer walks WordprocessingML as a tree, and Word parts are small enough (a 300-page
// report's document.xml is a few megabytes) to hold in memory. Names are normalised to the
// conventional prefixes (w:, r:, wp:, a: …) by namespace URI, so a part that binds the
// WordprocessingML namespace to another prefix, or uses Strict OOXML's URIs, reads the same.
import { SaxesParser } from 'saxes'
import { ImportError } from './errors.js'

export interface XmlElement {
  /** Prefixed name, normalised by namespace ("w:p"). */
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** Namespace URI → the prefix the importer uses (Transitional and Strict OOXML). */
const prefixes: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://www.w3.org/XML/1998/namespace': 'xml',
}

/** Elements whose whitespace-only text is content (a run's " "), not indentation. */
const keepsSpace = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'vt:lpwstr', 'a:t', 'm:t'])

function normalise(prefix: string, local: string, uri: string | undefined): string {
  const known = uri ? prefixes[uri] : undefined
  if (known) return `${known}:${local}`
  return prefix ? `${prefix}:${local}` : local
}

/** Parse one part. A part that is not well-formed XML is a damaged package. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false })
  const root: XmlElement = { name: '#root', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      attrs[attribute.prefix ? normalise(attribute.prefix, attribute.local, attribute.uri) : attribute.local] = attribute.value
    }
    const element: XmlElement = { name: normalise(tag.prefix, tag.local, tag.uri), attrs, children: [] }
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const onText = (value: string): void => {
    const parent = stack[stack.length - 1]!
    if (keepsSpace.has(parent.name) || value.trim()) parent.children.push(value)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    parser.write(text).close()
  } catch (error) {
    throw new ImportError('damaged', `${part} is not well-formed XML (${(error as Error).message.split('\n')[0]})`)
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string')
  if (!top) throw new ImportError('damaged', `${part} is empty`)
  return top
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object'
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node
  return undefined
}

/** Every child element with this name. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return []
  return element.children.filter((node): node is XmlElement => typeof node !== 'string' && node.name === name)
}

/** Every element below (depth first) with this name. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (typeof node === 'string') continue
    if (node.name === name) out.push(node)
    descendants(node, name, out)
  }
  return out
}

/** All text below an element. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return ''
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('')
}

/** `w:val` of a child property element (`<w:pStyle w:val="Note"/>`). */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs['w:val']
}

/**
 * An on/off property (`<w:i/>`, `<w:i w:val="0"/>`): undefined when absent, so style
 * inheritance can tell "not set" from "switched off".
 */
export function onOff(element: XmlElement | undefined, name: string): boolean | undefined {
  const property = child(element, name)
  if (!property) return undefined
  const value = property.attrs['w:val']
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value)
}
