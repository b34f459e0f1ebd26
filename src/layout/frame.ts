// What the layout engine produces: pages of absolutely positioned items, a structure tree
// for tagging, an outline and the problems met on the way. This module holds types only;
// the PDF painter imports it (and nothing else of layout), so every decision about where
// something goes is made before painting. Coordinates are PDF points, origin at the top
// left of the page, y growing downwards; text is placed by its baseline.
import type { Position } from 'unist'

/** A font face the engine can place text in, named by the caller (e.g. "Tinos-700-italic"). */
export type FaceKey = string

/** An axis-aligned rectangle. */
export interface Rect { x: number; y: number; width: number; height: number }

/** How the painter must hand a text run to the shaper so it draws what layout measured. */
export type Shaping =
  /** Left-to-right text, shaped chunk by chunk after each space (pdfkit's own measure). */
  | 'chunks'
  /** One shaped run: fontkit reverses right-to-left scripts itself (Arabic). */
  | 'run'

/** A run of text in one face and size, drawn from `x` at baseline `y`. */
export interface TextItem {
  kind: 'text'
  x: number
  y: number
  /** The characters to shape, already in the order the shaper needs (see `shaping`). */
  text: string
  face: FaceKey
  size: number
  shaping: Shaping
  /** Extra space after every glyph (inter-character justification of Chinese). */
  characterSpacing?: number

  /** RGB hex colour, "#000000" when absent. */
  color?: string
  /** Advance width as measured by layout (for tests and decorations). */
  width: number
  /** Structure element the text belongs to; absent: an artifact (running heads, repeated table headers). */
  tag?: number
  /**
   * The text is on a right-to-left level, its brackets drawn mirrored ("(" as ")"): the
   * text layer maps those glyphs back to the characters of the source.
   */
  mirrored?: boolean
}

/** A straight line (rules, table borders, underlines, the footnote separator). */
export interface LineItem { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color?: string }

/** A filled and/or stroked rectangle (highlights, boxes, check boxes). */
export interface RectItem { kind: 'rect'; rect: Rect; fill?: string; stroke?: string; lineWidth?: number }

/** A raster image (PNG or JPEG) scaled into `rect`; `src` keys the bytes the caller supplied. */
export interface ImageItem { kind: 'image'; rect: Rect; src: string; tag?: number }

/** A clickable area: an external URL or a named destination in this document. */
export interface LinkItem { kind: 'link'; rect: Rect; url?: string; destination?: string; tag?: number }

/** A named destination (cross-reference targets, footnotes, outline entries). */
export interface DestinationItem { kind: 'destination'; name: string; x: number; y: number }

export type Item = TextItem | LineItem | RectItem | ImageItem | LinkItem | DestinationItem

/** What a page carries, besides its items, so tests can check the layout without a PDF. */
export interface PageFacts {
  /** Ids of the footnotes whose reference is on this page (numbers restart in a publication's documents). */
  footnoteRefs: string[]
  /** Footnotes whose text is (partly) on this page, with the number printed; `continued`: it started on an earlier page. */
  footnotes: Array<{ id: string; number: number; continued: boolean; complete: boolean }>
  /** Tables with rows on this page; `repeatedHeader`: the header rows were repeated here. */
  tables: Array<{ table: number; rows: number[]; repeatedHeader: boolean }>
}

/** A page's printed number: its value, style and text ("iii"). */
export interface PrintedNumber { value: number; style: 'decimal' | 'lowerRoman'; text: string }

export interface Page {
  /** 1-based physical page number. */
  number: number
  /** The number printed on the page (running heads, the contents): it restarts in a published text's front matter and body. */
  printed: PrintedNumber
  width: number
  height: number
  /** Where body text may go (inside the margins). */
  body: Rect
  /** Where footnotes went, if any (inside `body`, at its foot). */
  footnoteArea?: Rect
  items: Item[]
  facts: PageFacts
}

/** A node of the logical structure (PDF tags). `parent` is -1 for children of the document. */
export interface StructNode {
  id: number
  parent: number
  /** Standard structure type: P, H1…H6, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, Caption, Note, TOC, TOCI, Sect, Art, Div, Link, Reference. */
  role: string
  /** Alternative text (figures). */
  alt?: string
  /** Language when it differs from the document's. */
  lang?: string
  /** Table header cells: the scope of the header. */
  scope?: 'Column' | 'Row'
  /** The element's text in logical order, where its glyphs do not give it (right-to-left text). */
  actualText?: string
}

export interface OutlineEntry {
  title: string
  /** 1 = top level. */
  level: number
  page: number
  /** Top of the target on its page. */
  y: number
}

/** Something layout could not do faithfully; the writer turns it into a finding. */
export type LayoutProblem =
  | { kind: 'missingGlyph'; char: string; position: Position }
  | { kind: 'unsupportedImage'; src: string; position: Position }

export interface LayoutDocument {
  pages: Page[]
  structure: StructNode[]
  outline: OutlineEntry[]
  /** Document metadata. */
  title: string
  lang: string
  problems: LayoutProblem[]
}
