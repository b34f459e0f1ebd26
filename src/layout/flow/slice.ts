// The unit of pagination: a slice is a horizontal strip that is never broken across pages
// (one line of a paragraph, one table row, a figure), with the rules that say where a page
// may break: space before and after (dropped at a page break), keep-with-next, forced
// breaks, the footnotes it references, the boxes and table it belongs to.
import type { PageFurniture, PageNumbering } from '../../model/nodes.js'
import type { Item } from '../frame.js'
import type { Orientation } from '../units.js'

/** A framed box around a run of slices; drawn once per page it spans. */
export interface BoxFrame {
  id: number
  left: number
  right: number
  lineWidth: number
}

/** Table rows: which table, which row, and the header rows to repeat after a page break. */
export interface TableInfo {
  table: number
  row: number
  isHeader: boolean
  header: readonly Slice[]
}

/** The printed page numbers of destinations ("iii", "12"), known only once every slice has a page (tables of contents). */
export type PageLookup = (destination: string) => string | undefined

export interface Slice {
  height: number
  /** Space above and below; dropped at the top and at the foot of a page. */
  before: number
  after: number
  /** No page break between this slice and the next. */
  keepWithNext: boolean
  /** Start a new page here (annexes, ::pagebreak, a change of orientation). */
  pageBreakBefore: boolean
  orientation: Orientation
  /** Items, x from the page's left edge, y from the slice's top. */
  items: Item[]
  /** Ids of the footnotes referenced here, in order. */
  footnotes: string[]
  /** Enclosing boxes, outermost first. */
  boxes: readonly BoxFrame[]
  table?: TableInfo
  /** Outline (bookmark) entries anchored at this slice. */
  marks?: Array<{ title: string; level: number; y: number }>
  /** Items that need page numbers (tables of contents), made after pagination. */
  late?: (pages: PageLookup) => Item[]
  /** Cut a slice too tall for any page (a table row longer than a page) at `height`. */
  split?: (height: number) => [Slice, Slice] | undefined
}

/**
 * Slices set on pages of their own under one set of running heads: a document, or one
 * document of a publication (whose pages carry its own footer). A run starts a new page.
 */
export interface PageRun {
  /** Running heads and feet of the run's pages. */
  furniture: PageFurniture
  /** The run opens its document: with `differentFirstPage`, its first page stays bare. */
  opensDocument: boolean
  /** How its pages are numbered: in a style, from `start` when the run restarts the count (else on from the run before). */
  numbering?: RunNumbering
  slices: Slice[]
}

/** A run's page numbers: the style, and the number of its first page when it counts afresh. */
export interface RunNumbering { style: PageNumbering['style']; start?: number }

/** A footnote's text, laid out, with the number it prints (from 1 in each document of a publication). */
export interface FootnoteText {
  number: number
  slices: readonly Slice[]
}

export function emptySlice(orientation: Orientation, boxes: readonly BoxFrame[] = []): Slice {
  return { height: 0, before: 0, after: 0, keepWithNext: false, pageBreakBefore: false, orientation, items: [], footnotes: [], boxes }
}

/** Move items by (dx, dy). */
export function translate(items: readonly Item[], dx: number, dy: number): Item[] {
  return items.map((item) => translateItem(item, dx, dy))
}

/**
 * Move items by (dx, dy) in place: for items just made that nothing else holds (a line's
 * items as placed), which saves a copy of every item of every line.
 */
export function shiftInPlace(items: Item[], dx: number, dy: number): Item[] {
  for (const item of items) {
    switch (item.kind) {
      case 'text':
      case 'destination':
        item.x = item.x + dx
        item.y = item.y + dy
        break
      case 'line':
        item.x1 = item.x1 + dx
        item.x2 = item.x2 + dx
        item.y1 = item.y1 + dy
        item.y2 = item.y2 + dy
        break
      case 'rect':
      case 'image':
      case 'link':
        item.rect.x = item.rect.x + dx
        item.rect.y = item.rect.y + dy
    }
  }
  return items
}

export function translateItem(item: Item, dx: number, dy: number): Item {
  switch (item.kind) {
    case 'text':
    case 'destination':
      return { ...item, x: item.x + dx, y: item.y + dy }
    case 'line':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy }
    case 'rect':
    case 'image':
    case 'link':
      return { ...item, rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy } }
  }
}
