// What the reader makes of a Word document before any ITU meaning is given to it: body
// blocks (paragraphs with their style, automatic number and inline spans; tables of cells),
// footnotes, comments and images. Every body paragraph has its ¶ number, the position
// scheme of findings on a .docx (see docs/importing.md).
import type { NumberedLabel } from './numbering.js'
import type { StyleInfo } from './styles.js'

/** Direct character formatting that Markdown can say. */
export interface Marks { bold?: boolean; italic?: boolean; strike?: boolean; sup?: boolean; sub?: boolean; code?: boolean }

export type Span =
  | { type: 'text'; value: string; marks: Marks }
  | { type: 'tab' }
  | { type: 'break' }
  | { type: 'footnote'; id: string }
  | { type: 'link'; url: string; children: Span[] }
  /** An internal hyperlink or REF field: a cross-reference to a bookmark. */
  | { type: 'xref'; target: string; children: Span[] }
  | { type: 'image'; part: string; alt: string }
  | { type: 'bookmark'; name: string }
  | { type: 'ins' | 'del'; author?: string; date?: string; children: Span[] }
  | { type: 'comment'; id: string }
  /** Content Markdown cannot hold (equations, charts, embedded objects): its text, and a warning. */
  | { type: 'unsupported'; what: string; text: string }

export interface WordParagraph {
  kind: 'paragraph'
  /** ¶ number: body paragraphs in document order, table cells included, from 1. */
  index: number
  style: StyleInfo
  /** The style and the styles it is based on, nearest first. */
  chain: StyleInfo[]
  /** Word's automatic number, when the paragraph has one. */
  numbering?: NumberedLabel
  /** Direct outline level (w:outlineLvl), 0-based. */
  outlineLevel?: number
  spans: Span[]
  rtl: boolean
  /** Language of the first run that names one. */
  lang?: string
  pageBreakBefore: boolean
  /** The paragraph ends a Word section (its properties hold w:sectPr): a publication's documents each are one. */
  sectionEnd: boolean
}

export interface WordCell {
  blocks: WordBlock[]
  /** Columns spanned (w:gridSpan). */
  span: number
  /** Vertical merge: this cell starts a merged block or continues the one above. */
  merge?: 'restart' | 'continue'
}
export interface WordRow { header: boolean; cells: WordCell[] }
export interface WordTable {
  kind: 'table'
  /** ¶ number of the first paragraph in the table. */
  index: number
  rows: WordRow[]
}

export type WordBlock = WordParagraph | WordTable

export interface WordComment { author?: string; date?: string; text: string }

export interface WordDocument {
  body: WordBlock[]
  footnotes: Map<string, WordBlock[]>
  comments: Map<string, WordComment>
  /** Image bytes by package path. */
  media: Map<string, Uint8Array>
  /** Bookmarks that a hyperlink or REF field points to. */
  referenced: Set<string>
  /** Custom document properties (docProps/custom.xml), by name. */
  properties: Map<string, string>
  /** Text of the running headers and footers, one entry per tab-separated piece of a line. */
  pageTexts: string[]
  /** Core title (docProps/core.xml). */
  title?: string
  styles: { lang?: string; bidiLang?: string; eastAsiaLang?: string }
  /** Number of body paragraphs. */
  paragraphs: number
}

/** Plain text of spans (tracked deletions left out, as Word shows the final text). */
export function spanText(spans: readonly Span[], options: { deleted?: boolean } = {}): string {
  let out = ''
  for (const span of spans) {
    switch (span.type) {
      case 'text': out += span.value; break
      case 'tab': out += '\t'; break
      case 'break': out += '\n'; break
      case 'link': case 'xref': case 'ins': out += spanText(span.children, options); break
      case 'del': if (options.deleted) out += spanText(span.children, options); break
      case 'unsupported': out += span.text; break
      default: break
    }
  }
  return out
}

/** A paragraph's text as Word shows it, its automatic number first. */
export function paragraphText(paragraph: WordParagraph): string {
  const label = paragraph.numbering && paragraph.numbering.format !== 'none' ? `${paragraph.numbering.text}\t` : ''
  return label + spanText(paragraph.spans)
}
