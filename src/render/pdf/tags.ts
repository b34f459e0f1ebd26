// Tagged PDF: the layout's structure nodes become pdfkit structure elements when their
// first content is painted (so each element's kids follow reading order), and every run of
// items is wrapped in marked content: structure content for tagged items, an Artifact for
// running heads, rules and repeated table headers. What the text says comes from the glyphs
// themselves (glyphs.ts); right-to-left paragraphs also carry their logical text as the
// ActualText of their structure element, for assistive technology.
import type PDFDocument from 'pdfkit'
import type { StructNode } from '../../layout/frame.js'

type Doc = InstanceType<typeof PDFDocument>
type Element = PDFKit.PDFStructureElement

/** Structure options pdfkit understands but its typings omit (table header scope). */
interface ElementOptions { alt?: string; lang?: string; scope?: 'Column' | 'Row'; actual?: string }

/** Roles whose elements are made once per page: a link's annotation is tied to its page. */
const perPage = new Set(['Link'])

export class Tagger {
  private readonly doc: Doc
  private readonly nodes: readonly StructNode[]
  private readonly root: Element
  // By node id: a string key made and hashed for every painted run was 78 of the 204 ms spent
  // finding elements (the 180 PDFs of the corpus in French, Arabic and Chinese).
  private readonly elements: Array<Element | undefined> = []
  /** The per-page elements of the page being painted, by node id. */
  private readonly pageElements = new Map<number, Element>()
  private page = 0
  /** The marked content open now: a structure node or an artifact. */
  private open: number | 'artifact' | undefined

  constructor(doc: Doc, nodes: readonly StructNode[]) {
    this.doc = doc
    this.nodes = nodes
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
  }

  /** Enter a new page: per-page elements of the previous one are complete. */
  startPage(number: number): void {
    this.close()
    for (const element of this.pageElements.values()) element.end()
    this.pageElements.clear()
    this.page = number
  }

  /** Make sure the marked content around the next item is right: `tag`, or an artifact when undefined. */
  mark(tag: number | undefined): void {
    const want = tag ?? 'artifact'
    if (this.open === want) return
    this.endContent()
    if (want === 'artifact') this.doc.markContent('Artifact')
    else this.element(want).add(this.doc.markStructureContent(this.nodes[want]!.role))
    this.open = want
  }

  /** The element of a node, for link annotations. */
  element(id: number): Element {
    const node = this.nodes[id]!
    const onPage = perPage.has(node.role)
    let element = onPage ? this.pageElements.get(id) : this.elements[id]
    if (!element) {
      const options: ElementOptions = {}
      if (node.alt) options.alt = node.alt
      if (node.lang) options.lang = node.lang
      if (node.scope) options.scope = node.scope
      if (node.actualText) options.actual = node.actualText
      element = this.doc.struct(node.role, options as Parameters<Doc['struct']>[1])
      ;(node.parent < 0 ? this.root : this.element(node.parent)).add(element)
      if (onPage) this.pageElements.set(id, element)
      else this.elements[id] = element
    }
    return element
  }

  /** Close the open marked content (before a page ends or other content starts). */
  close(): void {
    this.endContent()
  }

  private endContent(): void {
    if (this.open === undefined) return
    this.doc.endMarkedContent()
    this.open = undefined
  }

  finish(): void {
    this.startPage(this.page + 1)
    this.root.end()
  }
}
