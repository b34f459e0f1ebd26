// What every DOCX handler receives: the walker, a read-only environment that enclosing nodes
// extend (`with`), and the mutable state of the one document being written (footnotes,
// comments, bookmark names, revision ids). Kept apart as pandoc keeps WriterEnv/WriterState.
import { AlignmentType, FileChild, Paragraph, Table, TableCell, TableRow, type IParagraphOptions, type ICommentOptions, type ParagraphChild } from 'docx'
import type { CoverCell, CoverRow, Inline, ItuNode, ItuRoot, PageFurniture, PageNumbering, Table as TableNode, TableCell as CellNode } from '../../model/nodes.js'
import { headingsBeforeLandscape } from '../../model/traverse.js'
import type { Walker } from '../walk.js'
import type { HyphenatedCell } from './hyphens.js'
import { takesBodyAlignment, type ParaStyle } from './styles.js'

/** A landscape table: the page assembly gives it a section of its own. */
export class LandscapeBlock {
  /** The caption and the table, laid out on a landscape page. */
  constructor(readonly children: FileChild[]) {}
}

/**
 * Blocks that start on a new page in sections of their own: a publication's part title, or
 * one of its documents, which brings its running heads and counts its footnotes from 1.
 */
export class SectionBlock {
  constructor(
    /** The blocks, landscape tables and nested documents included. */
    readonly children: FlowBlock[],
    /** The document's own running heads; absent: those of the blocks around it. */
    readonly page?: PageFurniture,
  ) {}

  /** A document of its own (footnotes numbered from 1, its own first page), not just a new page. */
  get isDocument(): boolean {
    return this.page !== undefined
  }
}

/**
 * What follows starts a new Word section on a new page whose page numbers restart in a style
 * (w:pgNumType): a published text's front matter (i, ii …) and body (from 1).
 */
export class PageRunBlock {
  constructor(readonly numbering: PageNumbering) {}
}

/** What a handler may return: blocks, inline content, table parts, or blocks with sections of their own. */
export type DocxOut = FileChild | ParagraphChild | TableRow | TableCell | LandscapeBlock | SectionBlock | PageRunBlock
/** A block on the page flow: a paragraph or table, or blocks to lift into sections of their own. */
export type FlowBlock = FileChild | LandscapeBlock | SectionBlock | PageRunBlock

/** Run formatting inherited from enclosing inline nodes. */
export interface RunFormat {
  /** Bold (strong); false turns off a bold paragraph style. */
  bold?: boolean
  /** Italic (emphasis); false turns off an italic paragraph style. */
  italics?: boolean
  /** Struck through (GFM strikethrough, not a deletion). */
  strike?: boolean
  /** Highlighted (CriticMarkup {==…==}). */
  highlight?: boolean
  /** Character style of the run (code, links). */
  style?: string
}

/** Read-only environment: what the enclosing nodes say about the node being rendered. */
export interface DocxEnv {
  /** Formatting of the runs written here. */
  readonly run: RunFormat
  /** Inside a revision mark: text becomes a tracked insertion or deletion. */
  readonly revision?: 'insertion' | 'deletion'
  /** Style of plain paragraphs here: Normal, Table_text, footnote text … */
  readonly paragraphStyle: ParaStyle
  /** The kind of the enclosing call: its items are typed as ITU does in calls. */
  readonly call?: 'preambular' | 'operative'
  /** Inside a table cell: lists use the table list style. */
  readonly inTable: boolean
  /** Blocks here flow on the page (not in a cell or note), so a landscape table may start its own section. */
  readonly flow: boolean
  /** Width in twips of the text column being filled (tables scale their widths to it). */
  readonly width: number
  /** Column widths in twips of the table whose rows are being written. */
  readonly columns?: readonly number[]
  /** The table row being written repeats on every page. */
  readonly headerRow?: boolean
  /** Rules of the cover row being written. */
  readonly rule?: CoverRow['rule']
  /** Cover cells merged with the cells below (restart) or above (continue). */
  readonly merges?: ReadonlyMap<CoverCell, 'restart' | 'continue'>
  /** Inside a table cell whose words may be too wide for it: soft hyphens go into those (hyphens.ts). */
  readonly hyphenated?: HyphenatedCell
  /** Alignment of the table cell being written, from the source. */
  readonly align?: CellNode['align']
  /** Body text here is justified: the document's setting, or that of a publication's document. */
  readonly justified: boolean
  /** Element id to bookmark in the cover's first line (a publication's document: the TOC links there). */
  readonly anchor?: string
}

/** A tracked change or comment stamp. */
export interface RevisionStamp { id: number; author: string; date: string }

/** Mutable state of the document being written. */
export interface DocxState {
  /**
   * Footnote id → its id in Word's footnotes part. Unique in the package, while the numbers
   * printed are counted by Word (a publication's documents each count from 1).
   */
  footnoteIds: Map<string, number>
  /** Footnote bodies by Word id, as docx takes them. */
  footnotes: Record<number, { children: Paragraph[] }>
  /** Footnote ids already referenced: Word's footnote can be referenced once; repeats are plain marks. */
  referencedFootnotes: Set<string>
  /** Element id → Word bookmark name (letters, digits, underscore; starts with a letter). */
  bookmarks: Map<string, string>
  /** The names in `bookmarks`, to keep a new one apart from them. */
  bookmarkNames: Set<string>
  /** Next id for w:ins, w:del and comments (one sequence, as Word numbers them). */
  nextRevisionId: number
  /** Word comments collected from CriticMarkup {>>…<<}, written into the comments part. */
  comments: ICommentOptions[]
  /** A PAGEREF was written (a TOC): page numbers are worked out when the document is packed. */
  hasPageReferences: boolean
}

/** What the writer is told besides the tree. */
export interface DocxSettings {
  /** ISO timestamp of revision marks and comments (the build's one clock). */
  date: string
  /** Author of revision marks and comments. */
  author: string
  /** Image bytes of a figure's source path (the build reads files; writers do not). */
  assetData(src: string): Uint8Array
  /** Layout's measures with the shipped fonts, so that DOCX sizes columns as the PDF does. */
  metrics: DocxMetrics
}

/** What the writer asks of layout (the build passes it in: writers do not import layout). */
export interface DocxMetrics {
  /** Widths in points of plain text on one line and of its widest word (abbreviation columns, narrow cells). */
  measure(text: string, style: { bold: boolean; italic: boolean; size: number }): { natural: number; longestWord: number }
  /** The widths in points of a table's columns across `width` points, as the PDF sets them. */
  tableColumns(table: TableNode, width: number): number[]
  /** Where a token (a word with the punctuation around it) of the document's language may take a hyphen: offsets into it (none for identifiers). */
  hyphenate(word: string): number[]
}

export interface DocxContext {
  /** The shared dispatcher over this writer's handlers. */
  walk: Walker<DocxContext, DocxOut>
  /** The document being written (direction, words, running heads). */
  root: ItuRoot
  env: DocxEnv
  state: DocxState
  settings: DocxSettings
  /** The same context with part of the environment replaced. */
  with(patch: Partial<DocxEnv>): DocxContext
  /** Render inline nodes to paragraph content. */
  inlines(nodes: readonly Inline[]): ParagraphChild[]
  /** Render blocks on the page flow (landscape blocks kept for the page assembly). */
  flow(nodes: readonly ItuNode[]): FlowBlock[]
  /** Render blocks that stay where they are (in cells, boxes, footnotes). */
  blocks(nodes: readonly ItuNode[]): Array<Paragraph | Table>
  /** A paragraph in the document's direction. */
  paragraph(options: IParagraphOptions & { style: ParaStyle }): Paragraph
  /** The Word bookmark name of an element id. */
  bookmark(id: string): string
  /** The id in Word's footnotes part of a footnote, by its id in the tree. */
  footnoteId(id: string): number
  /** A new revision stamp (tracked change or comment). */
  stamp(): RevisionStamp
}

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40. */
function bookmarkName(id: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 36)
  const name = /^[A-Za-z]/.test(base) ? base : `x${base}`
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`
  return candidate
}

function check<T>(out: DocxOut[], is: (value: DocxOut) => value is DocxOut & T, what: string): T[] {
  for (const value of out) if (!is(value)) throw new Error(`DOCX writer: expected ${what}, got ${value.constructor.name}`)
  return out as T[]
}

const isFlowBlock = (value: DocxOut): value is FlowBlock => value instanceof FileChild || value instanceof LandscapeBlock || value instanceof SectionBlock || value instanceof PageRunBlock
const isFileChild = (value: FlowBlock): value is FileChild => value instanceof FileChild
const isCellBlock = (value: DocxOut): value is Paragraph | Table => value instanceof Paragraph || value instanceof Table
const isInline = (value: DocxOut): value is ParagraphChild => !(isFlowBlock(value) || value instanceof TableRow || value instanceof TableCell)

/** The table rows a handler returned. */
export const asRows = (out: DocxOut[]): TableRow[] => check(out, (v): v is TableRow => v instanceof TableRow, 'a table row')
/** The table cells a handler returned. */
export const asCells = (out: DocxOut[]): TableCell[] => check(out, (v): v is TableCell => v instanceof TableCell, 'a table cell')

/**
 * The context as a class: `with` is called for nearly every node that changes the
 * environment, and a new object of ten closures each time was garbage the writer made
 * thousands of times per document. Its methods are bound to nothing: call them on the context.
 */
class Context implements DocxContext {
  constructor(
    readonly walk: Walker<DocxContext, DocxOut>,
    readonly root: ItuRoot,
    readonly settings: DocxSettings,
    readonly env: DocxEnv,
    readonly state: DocxState,
  ) {}

  with(patch: Partial<DocxEnv>): DocxContext {
    return new Context(this.walk, this.root, this.settings, { ...this.env, ...patch }, this.state)
  }

  inlines(nodes: readonly Inline[]): ParagraphChild[] {
    return check(this.walk.all(nodes, this), isInline, 'inline content')
  }

  flow(nodes: readonly ItuNode[]): FlowBlock[] {
    return flowBlocks(nodes, (node) => check(this.walk.one(node, this), isFlowBlock, 'a block'))
  }

  blocks(nodes: readonly ItuNode[]): Array<Paragraph | Table> {
    return check(this.walk.all(nodes, this.with({ flow: false })), isCellBlock, 'a paragraph or table')
  }

  paragraph(options: IParagraphOptions & { style: ParaStyle }): Paragraph {
    const alignment = bodyAlignment(this.env, this.root, options.style)
    const rtl = this.root.dir === 'rtl'
    // Most paragraphs take their options as given: no copy made.
    if (alignment.alignment === undefined && !rtl) return new Paragraph(options)
    return new Paragraph({ ...alignment, ...options, ...(rtl ? { bidirectional: true } : {}) })
  }

  bookmark(id: string): string {
    const { bookmarks, bookmarkNames } = this.state
    let name = bookmarks.get(id)
    if (!name) {
      name = bookmarkName(id, bookmarkNames)
      bookmarks.set(id, name)
      bookmarkNames.add(name)
    }
    return name
  }

  footnoteId(id: string): number {
    const { footnoteIds } = this.state
    let wordId = footnoteIds.get(id)
    if (wordId === undefined) {
      // Word reserves ids -1 and 0 for the separators; notes count from 1 in order of first reference.
      wordId = footnoteIds.size + 1
      footnoteIds.set(id, wordId)
    }
    return wordId
  }

  stamp(): RevisionStamp {
    return { id: this.state.nextRevisionId++, author: this.settings.author, date: this.settings.date }
  }
}

export function createContext(walk: Walker<DocxContext, DocxOut>, root: ItuRoot, settings: DocxSettings, env: DocxEnv, state: DocxState): DocxContext {
  return new Context(walk, root, settings, env, state)
}

/**
 * The alignment a paragraph needs when body text here is set otherwise than the document's
 * Normal style says (a ragged-right document in a justified publication, or the reverse).
 */
function bodyAlignment(env: DocxEnv, root: ItuRoot, style: ParaStyle): Pick<IParagraphOptions, 'alignment'> {
  if (env.justified === (root.justified === true) || !takesBodyAlignment(style)) return {}
  return { alignment: env.justified ? AlignmentType.BOTH : AlignmentType.START }
}

/**
 * Blocks on the page flow. The headings right before a landscape table go into its
 * landscape section: keep-with-next cannot hold across a section break, and a heading must
 * not stay alone at the foot of the page before.
 */
function flowBlocks(nodes: readonly ItuNode[], one: (node: ItuNode) => FlowBlock[]): FlowBlock[] {
  const leads = headingsBeforeLandscape(nodes)
  const out: FlowBlock[] = []
  let held: FlowBlock[] = []
  for (const [i, node] of nodes.entries()) {
    const blocks = one(node)
    if (leads.has(i)) {
      held.push(...blocks)
      continue
    }
    const [first, ...rest] = blocks
    if (first instanceof LandscapeBlock && held.every(isFileChild)) out.push(new LandscapeBlock([...held, ...first.children]), ...rest)
    else out.push(...held, ...blocks)
    held = []
  }
  return [...out, ...held]
}

export function createState(): DocxState {
  return { footnoteIds: new Map(), footnotes: {}, referencedFootnotes: new Set(), bookmarks: new Map(), bookmarkNames: new Set(), nextRevisionId: 1, comments: [], hasPageReferences: false }
}
