// The resolved ITU document tree: the one contract between `resolve` and the writers.
// Every number, label and cross-reference text is computed by resolve and stored on the
// node; writers print what they find and never count anything themselves.
import type { Position } from 'unist'

/** Every node knows where it came from; generated nodes copy their origin's position. */
export interface Base {
  /** Source span (file is on the root). */
  position: Position
}

/** A printed label plus what it is, so writers can style it (enumlev level, bold, …). */
export interface Numbering {
  /** The text to print before the item, e.g. "a)", "1", "i)", "4.10.1", "–". */
  label: string
  /** How the label was made. `bullet` is the ITU en dash. */
  scheme: 'alpha' | 'numeric' | 'roman' | 'abjad' | 'bullet' | 'paragraph'
  /** Nesting level, 1 = top (enumlev1). */
  level: number
  /** The label is set in italics: the letters of a preambular call's items ("a)"), as the call line (RES1). */
  italic?: boolean
}

// ---------------------------------------------------------------- inline nodes

export interface Text extends Base { type: 'text'; value: string }
export interface Emphasis extends Base { type: 'emphasis'; children: Inline[] }
export interface Strong extends Base { type: 'strong'; children: Inline[] }
/** GFM strikethrough (not a revision mark). */
export interface Strike extends Base { type: 'strike'; children: Inline[] }
export interface InlineCode extends Base { type: 'inlineCode'; value: string }
export interface Break extends Base { type: 'break' }
/** A tab stop, as typed between an abbreviation and its expansion. */
export interface Tab extends Base { type: 'tab' }
/** External link (http, https, mailto only; resolve drops other schemes). */
export interface Link extends Base { type: 'link'; url: string; children: Inline[] }
/** Reference to a footnote; its body is `root.footnotes[number - 1]`. */
export interface FootnoteRef extends Base { type: 'footnoteRef'; number: number; id: string }
/** Cross-reference; `text` is the localized label of the target ("Table 1", "Annex 2", "§ 4.2"). */
export interface Xref extends Base { type: 'xref'; targetId: string; text: string }
/** An inline image (rare; figures are blocks). */
export interface InlineImage extends Base { type: 'inlineImage'; src: string; alt: string }

/** CriticMarkup revision marks. */
export interface Insertion extends Base { type: 'insertion'; children: Inline[] }
export interface Deletion extends Base { type: 'deletion'; children: Inline[] }
export interface Substitution extends Base { type: 'substitution'; deleted: Inline[]; inserted: Inline[] }
export interface ReviewComment extends Base { type: 'reviewComment'; value: string }
export interface Highlight extends Base { type: 'highlight'; children: Inline[] }

export interface InlineMap {
  text: Text
  emphasis: Emphasis
  strong: Strong
  strike: Strike
  inlineCode: InlineCode
  break: Break
  tab: Tab
  link: Link
  footnoteRef: FootnoteRef
  xref: Xref
  inlineImage: InlineImage
  insertion: Insertion
  deletion: Deletion
  substitution: Substitution
  reviewComment: ReviewComment
  highlight: Highlight
}
export type Inline = InlineMap[keyof InlineMap]

// ----------------------------------------------------------------- block nodes

/** A plain (unnumbered) paragraph. `style` names an ITU paragraph role when it is not body text. */
export interface Paragraph extends Base {
  type: 'paragraph'
  style?: ParagraphRole
  children: Inline[]
}
/** ITU paragraph roles that writers map to their own styles (DOCX style names, CSS classes). */
export type ParagraphRole = 'normal' | 'afterTitle' | 'reference' | 'bibliography' | 'centered'

/** A heading; `number` is the clause number ("4.2", "A.1") or absent for unnumbered headings. */
export interface Heading extends Base {
  type: 'heading'
  /** 1–6 after resolve (annex-relative: an annex's first level is 1). */
  depth: number
  number?: string
  id?: string
  children: Inline[]
}

/** An unnumbered titled block: Summary, Keywords, Introduction, Abstract, Lessons learned, Bibliography, History. */
export interface Section extends Base {
  type: 'section'
  /** What it is, so writers can style it; the printed title is `title`. */
  role: 'summary' | 'keywords' | 'introduction' | 'abstract' | 'lessons' | 'bibliography' | 'history'
  /** Anchor of the section (a published text's table of contents lists its Bibliography). */
  id?: string
  /** Set as a labelled row: the title (with its colon) at the margin, the text from this many twips on; absent: a heading line. */
  labelIndent?: number
  title: Inline[]
  children: Block[]
}

/** A report paragraph with its computed number ("3.1.2"). */
export interface NumberedParagraph extends Base {
  type: 'numberedParagraph'
  number: string
  id?: string
  children: Inline[]
}

/**
 * A definition in a Recommendation's clause 3: number + term + optional source + text. A
 * definition that is only a term and its source (`**disaster relief** [ITU-T E.108].`) has no
 * separator and its children hold the closing full stop.
 */
export interface Definition extends Base {
  type: 'definition'
  number: string
  term: Inline[]
  source?: Inline[]
  /** Printed between the term (and source) and the text: ": ", or "" for a bare definition. */
  separator: string
  children: Inline[]
}

/**
 * The tabbed entries of one clause, set in aligned columns: abbreviations (`ABBR<tab>Expansion`,
 * or more fields, as the Russian E.119 gives abbreviation, expansion, Russian abbreviation and
 * expansion) or references (`[ITU-T X.1]<tab>Recommendation ITU-T X.1 (date), Title.`), whose
 * text hangs after the widest tag. Writers work out the columns from the widths of the fields.
 */
export interface AbbreviationList extends Base {
  type: 'abbreviationList'
  kind: 'abbreviation' | 'reference'
  /** Fields per entry: the most any entry has (shorter entries leave the last columns empty). */
  columns: number
  children: Abbreviation[]
}
/** One entry: its fields in order (an empty field keeps its column). */
export interface Abbreviation extends Base { type: 'abbreviation'; fields: Inline[][] }

export interface List extends Base {
  type: 'list'
  /** As written in the source: ordered (1. / 1)) or bullets. Labels are on the items. */
  ordered: boolean
  /** The source marker's delimiter: `1)` prints 1), 2); `1.` prints the template's default. */
  delimiter?: ')' | '.'
  /** The first number as written (`3.` → 3) when it is not 1; numbering starts there. */
  start?: number
  children: ListItem[]
}
export interface ListItem extends Base { type: 'listItem'; number: Numbering; children: Block[] }

/** A preambular or operative call ("considering", "resolves", "invites Member States"). */
export interface Call extends Base {
  type: 'call'
  /** Locale key of the call, or "call" for a free-form call. */
  key: string
  kind: 'preambular' | 'operative'
  /** The printed call line, label and addressee. */
  label: Inline[]
  /** `{numbering=…}` override of the top-level item scheme (resolve uses it; writers need not). */
  numbering?: 'alpha' | 'numeric' | 'roman'
  children: Block[]
}

export interface Box extends Base { type: 'box'; id?: string; title: Inline[]; children: Block[] }
/** "Source: …" line under a table, figure or box. */
export interface SourceLine extends Base { type: 'sourceLine'; label: string; children: Inline[] }
/** NOTE – …; `label` is the complete localized lead ("NOTE –", "NOTE 2 –", "ПРИМЕЧАНИЕ. –"). */
/** `labelBold`: the label is set bold (the locale's typography: Arabic). */
export interface Note extends Base { type: 'note'; label: string; labelBold?: boolean; children: Block[] }

export interface Annex extends Base {
  type: 'annex'
  id?: string
  variant: 'annex' | 'appendix'
  /** The printed heading line ("Annex A", "ANNEX 1 TO RESOLUTION 37 (Rev. Baku, 2025)"). */
  label: string
  title: Inline[]
  /** Status line under the title ("(This annex forms an integral part of this Recommendation.)"). */
  status?: string
  children: Block[]
}

export interface Caption { label: string; separator: string; text: Inline[] }

export interface Table extends Base {
  type: 'table'
  id?: string
  caption?: Caption
  /** Number of leading rows that are header rows (repeated on every page). */
  headerRows: number
  /** Relative column widths, one per column. */
  widths?: number[]
  landscape: boolean
  /** Cover-less history tables are not numbered and have no caption. */
  children: TableRow[]
}
export interface TableRow extends Base { type: 'tableRow'; children: TableCell[] }
export interface TableCell extends Base {
  type: 'tableCell'
  header: boolean
  align?: 'left' | 'center' | 'right'
  children: Block[]
}

export interface Figure extends Base {
  type: 'figure'
  id?: string
  caption: Caption
  /** Path relative to the sources root (checked by resolve). */
  src: string
  alt: string
}

export interface Blockquote extends Base { type: 'blockquote'; children: Block[] }
export interface Code extends Base { type: 'code'; lang?: string; value: string }
export interface ThematicBreak extends Base { type: 'thematicBreak' }
export interface PageBreak extends Base { type: 'pageBreak' }

/** Table of contents entries, computed once; writers add page numbers if they paginate. */
export interface Toc extends Base { type: 'toc'; title: string; entries: TocEntry[] }
export interface TocEntry { level: number; number?: string; text: string; targetId: string }

/**
 * A whole document inside a publication (the resolutions of a conference's final report):
 * its own cover, body, footnotes — numbered from 1 again, as ITU restarts them in every
 * resolution — and running heads. Every id inside is prefixed with the included document's
 * id, so cross-references and anchors stay unique in the publication.
 */
export interface Included extends Base {
  type: 'included'
  id: string
  /** One line for the table of contents and the PDF outline ("RESOLUTION 96 (Rev. Baku, 2025) – Digital inclusion"). */
  title: string
  cover: Cover
  children: Block[]
  footnotes: FootnoteDefinition[]
  /** The included document's own running heads (its footer line on its pages). */
  page: PageFurniture
  justified?: boolean
}

/** How the pages of a page set are numbered: in a style, counting from `start`. */
export interface PageNumbering {
  style: 'decimal' | 'lowerRoman'
  start: number
}

/**
 * The blocks after this marker, up to the next one, stand on pages of their own, numbered
 * afresh: a published Recommendation's front matter (pages i, ii …) and its body (from page 1).
 * A marker rather than a container, so the document's blocks stay where the validator and the
 * language-parity checks look for them. Paginating writers start a new page (a Word section)
 * and number its pages as said; HTML starts a new part of the page.
 */
export interface PageRun extends Base {
  type: 'pageRun'
  /** What the pages hold. */
  role: 'front' | 'body'
  numbering: PageNumbering
}

export interface BlockMap {
  paragraph: Paragraph
  heading: Heading
  section: Section
  numberedParagraph: NumberedParagraph
  definition: Definition
  abbreviationList: AbbreviationList
  abbreviation: Abbreviation
  list: List
  listItem: ListItem
  call: Call
  box: Box
  sourceLine: SourceLine
  note: Note
  annex: Annex
  table: Table
  tableRow: TableRow
  tableCell: TableCell
  figure: Figure
  blockquote: Blockquote
  code: Code
  thematicBreak: ThematicBreak
  pageBreak: PageBreak
  toc: Toc
  cover: Cover
  included: Included
  pageRun: PageRun
}
export type Block = BlockMap[keyof BlockMap]

// ---------------------------------------------------------------- cover

/**
 * The template's cover, resolved: lines and tables of localized text. Writers render it
 * with one generic handler; `role` picks the ITU style (ResNo, Restitle, Docnumber, …).
 */
export interface Cover extends Base { type: 'cover'; children: CoverBlock[] }
export type CoverBlock = CoverLine | CoverTable

export interface CoverLine extends Base {
  type: 'coverLine'
  role: CoverRole
  /** The line is the document's title (HTML h1, PDF H1): one line of the document, chosen by resolve. */
  heading?: boolean
  children: Inline[]
}
export interface CoverTable extends Base {
  type: 'coverTable'
  /** `masthead`: the cover page's Sector and number, side by side. */
  role: 'header' | 'fields' | 'abstract' | 'masthead'
  /** Relative column widths. */
  widths: number[]
  children: CoverRow[]
}
export interface CoverRow extends Base {
  type: 'coverRow'
  /** Rules drawn above / below the row (ITU-T covers rule off contacts and the header). */
  rule?: 'above' | 'below' | 'both' | 'thickBelow'
  children: CoverCell[]
}
export interface CoverCell extends Base {
  type: 'coverCell'
  role: CoverRole
  span: number
  /** Each entry is one line of the cell. */
  children: Inline[][]
}

/** Roles that can hold the document's title (the first of them resolve finds gets `heading`). */
export const titleRoles: readonly CoverRole[] = ['coverTitle', 'resTitle', 'recTitle']

/**
 * Closed set of cover styles. A template picks from these; writers map each to a style. The
 * `tsb*` and `ls*` roles are values that ITU's Word templates give styles of their own
 * (TSBHeaderQuestion, LSForAction …); other values are `value`.
 */
export const coverRoles = [
  'label', 'value', 'docNumber', 'headerRight', 'headerOrg', 'headerSector', 'headerSmall', 'venueDate',
  'banner', 'checkbox', 'checkboxNote', 'logo', 'resNo', 'resTitle', 'recNo', 'recTitle', 'afterTitle', 'dateLine',
  'opinionNo', 'questionLine', 'abstract', 'recDate',
  // A published text's cover page (E.119): the Union's name, the Sector in large type with its
  // full name below, the number and date on the other side, the series, the title under a
  // rule and the Recommendation's name at the foot; then the Foreword's headings and text.
  'coverUnion', 'coverSector', 'coverSectorName', 'coverNumber', 'coverDate', 'coverSeries', 'coverSubseries', 'coverTitle', 'coverFoot',
  'noticeTitle', 'noticeText', 'noticeCentered',
  'tsbQuestion', 'tsbSource', 'tsbTitle', 'lsForAction', 'lsForComment', 'lsForInfo', 'lsApproval', 'lsDeadline',
] as const
export type CoverRole = (typeof coverRoles)[number]

// ---------------------------------------------------------------- root

export interface FootnoteDefinition extends Base { type: 'footnoteDefinition'; id: string; number: number; children: Block[] }

/** Running header and footer content for paginated writers. */
export interface PageFurniture {
  /** Shown on every page but the first (contributions) or on all pages. */
  header: Inline[]
  footer: Inline[]
  /** true: the first page has no header (ITU-T contributions). */
  differentFirstPage: boolean
  /** Page-number pattern, e.g. "- {page} -" (text around the number). */
  pageNumber: { before: string; after: string; position: 'header' | 'footer' }
}

export interface ItuRoot extends Base {
  type: 'root'
  /** Language code (en, fr, es, ru, ar, zh). */
  lang: string
  dir: 'ltr' | 'rtl'
  /** The document title for metadata (HTML <title>, PDF info, DOCX core properties). */
  title: string
  /** Document number shown in running heads, e.g. "SG1RGQ/123-E". */
  docNumber?: string
  /** Closing rule printed after the body (ITU contributions end with a short centred rule). */
  closingRule: boolean
  /** Body text is justified (the template's `justified`); absent = ragged right. */
  justified?: boolean
  page: PageFurniture
  cover: Cover
  children: Block[]
  footnotes: FootnoteDefinition[]
  /** Words the writers print that are not in the tree (page label, footnotes heading, back-link text). */
  words: WriterWords
}

export interface WriterWords { page: string; footnotes: string; backToText: string; contents: string; figure: string; table: string }

// ---------------------------------------------------------------- helpers

export type ItuNode = Block | Inline | CoverBlock | CoverRow | CoverCell | FootnoteDefinition
export type NodeType = ItuNode['type']
export type NodeOf<T extends NodeType> = Extract<ItuNode, { type: T }>
export type Parent = Extract<ItuNode, { children: unknown[] }> | ItuRoot
