// What every DOCX handler receives: the walker, a read-only environment that enclosing nodes
// extend (`with`), and the mutable state of the one document being written (footnotes,
// comments, bookmark names, revision ids). Kept apart as pandoc keeps WriterEnv/WriterState.
import { FileChild, Paragraph, Table, TableCell, TableRow, type IParagraphOptions, type ICommentOptions, type ParagraphChild } from 'docx'
import type { CoverCell, CoverRow, Inline, ItuNode, ItuRoot, TableCell as CellNode } from '../../model/nodes.js'
import type { Walker } from '../walk.js'
import type { ParaStyle } from './styles.js'

/** A landscape table: the page assembly gives it a section of its own. */
export class LandscapeBlock {
  /** The caption and the table, laid out on a landscape page. */
  constructor(readonly children: FileChild[]) {}
}

/** What a handler may return: blocks, inline content, table parts, or a landscape block. */
export type DocxOut = FileChild | ParagraphChild | TableRow | TableCell | LandscapeBlock
/** A block on the page flow: a paragraph or table, or a landscape block to lift into its own section. */
export type FlowBlock = FileChild | LandscapeBlock

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
  /** Alignment of the table cell being written, from the source. */
  readonly align?: CellNode['align']
}

/** A tracked change or comment stamp. */
export interface RevisionStamp { id: number; author: string; date: string }

/** Mutable state of the document being written. */
export interface DocxState {
  /** Footnote numbers already referenced: Word's footnote can be referenced once; repeats are plain marks. */
  referencedFootnotes: Set<number>
  /** Element id → Word bookmark name (letters, digits, underscore; starts with a letter). */
  bookmarks: Map<string, string>
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

const isFlowBlock = (value: DocxOut): value is FlowBlock => value instanceof FileChild || value instanceof LandscapeBlock
const isCellBlock = (value: DocxOut): value is Paragraph | Table => value instanceof Paragraph || value instanceof Table
const isInline = (value: DocxOut): value is ParagraphChild => !(value instanceof FileChild || value instanceof LandscapeBlock || value instanceof TableRow || value instanceof TableCell)

/** The table rows a handler returned. */
export const asRows = (out: DocxOut[]): TableRow[] => check(out, (v): v is TableRow => v instanceof TableRow, 'a table row')
/** The table cells a handler returned. */
export const asCells = (out: DocxOut[]): TableCell[] => check(out, (v): v is TableCell => v instanceof TableCell, 'a table cell')

export function createContext(walk: Walker<DocxContext, DocxOut>, root: ItuRoot, settings: DocxSettings, env: DocxEnv, state: DocxState): DocxContext {
  const ctx: DocxContext = {
    walk,
    root,
    env,
    state,
    settings,
    with: (patch) => createContext(walk, root, settings, { ...env, ...patch }, state),
    inlines: (nodes) => check(walk.all(nodes, ctx), isInline, 'inline content'),
    flow: (nodes) => check(walk.all(nodes, ctx), isFlowBlock, 'a block'),
    blocks: (nodes) => check(walk.all(nodes, ctx.with({ flow: false })), isCellBlock, 'a paragraph or table'),
    paragraph: (options) => new Paragraph({ ...options, ...(root.dir === 'rtl' ? { bidirectional: true } : {}) }),
    bookmark: (id) => {
      let name = state.bookmarks.get(id)
      if (!name) {
        name = bookmarkName(id, new Set(state.bookmarks.values()))
        state.bookmarks.set(id, name)
      }
      return name
    },
    stamp: () => ({ id: state.nextRevisionId++, author: settings.author, date: settings.date }),
  }
  return ctx
}

export function createState(): DocxState {
  return { referencedFootnotes: new Set(), bookmarks: new Map(), nextRevisionId: 1, comments: [], hasPageReferences: false }
}
