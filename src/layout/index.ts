// The layout engine: resolved tree + font faces → pages of positioned items. Phases: the
// flow turns blocks into slices (lines, rows, figures) and footnote texts into their own
// slices, in runs of pages (a publication's documents each have their own, with their own
// running heads); pagination distributes each run onto A4 pages; composition places
// everything, adds running heads and fills in what needed page numbers.
import type { ItuRoot, Table } from '../model/nodes.js'
import { createDispatch } from './flow/handlers.js'
import { Flow, type FlowEnv } from './flow/context.js'
import { layoutFootnotes } from './flow/footnotes.js'
import { layoutTopLevel } from './flow/included.js'
import { emptySlice } from './flow/slice.js'
import { stack } from './flow/stack.js'
import type { LayoutDocument, LayoutProblem } from './frame.js'
import { loadFace, type FaceInput } from './fonts/face.js'
import { FontBook } from './fonts/select.js'
import { mayHaveUncovered } from './fonts/coverage.js'
import { measureField, type MeasureStyle } from './fonts/measure.js'
import { hyphenatorFor, tokenBreaks } from './inline/hyphenate.js'
import { ImageStore } from './images.js'
import { compose, separatorSpace } from './pages/compose.js'
import { paginate } from './pages/paginate.js'
import { rules } from './styles.js'
import { DOCUMENT, StructBuilder } from './struct.js'
import { tableColumnWidths } from './table/table.js'
import { a4, geometry, textHeight, textWidth } from './units.js'

export type { FaceInput, FaceScript } from './fonts/face.js'
export type { MeasureStyle } from './fonts/measure.js'

/** What the DOCX writer asks of layout, so that both formats size the same things the same way. */
export interface WriterMetrics {
  /** Widths of plain text on one line and of its widest word (abbreviation columns, narrow cells). */
  measure(text: string, style: MeasureStyle): { natural: number; longestWord: number }
  /** The column widths in points layout gives a table `width` points wide (widened for their longest words). */
  tableColumns(root: ItuRoot, table: Table, width: number): number[]
  /** Where a token (a word, with the punctuation around it) of a language may take a hyphen: offsets into it. */
  hyphenate(lang: string): (token: string) => number[]
}

/** Layout's measures with these faces, parsed once. */
export function writerMetrics(faces: readonly FaceInput[]): WriterMetrics {
  const book = new FontBook(faces.map(loadFace))
  return {
    measure: (text, style) => measureField(book, text, style),
    tableColumns: (root, table, width) => {
      const kit = { book, problems: [], struct: new StructBuilder(), hyphenate: hyphenatorFor(root.lang) }
      const flow = new Flow(root, kit, new ImageStore(() => undefined), createDispatch())
      const env: FlowEnv = { left: 0, width, dir: root.dir, orientation: 'portrait', tag: DOCUMENT, headingShift: 0, justified: false, footnoteScope: '' }
      return tableColumnWidths(table, flow, env, DOCUMENT)
    },
    hyphenate: (lang) => {
      const hyphenator = hyphenatorFor(lang)
      return (token) => tokenBreaks(token, hyphenator)
    },
  }
}

/**
 * Whether laying out `root` may report a character no face covers (pdf/missing-glyph),
 * judged from its characters before any layout: false means it certainly will not.
 */
export function mayLackGlyphs(root: ItuRoot, faces: readonly FaceInput[]): boolean {
  return mayHaveUncovered(root, new FontBook(faces.map(loadFace)))
}

export interface LayoutInput {
  root: ItuRoot
  /** Every face layout may use, with its bytes (Latin, Arabic and Han faces are required). */
  faces: readonly FaceInput[]
  /** The bytes of an image the tree references (path relative to the sources root). */
  asset(src: string): Uint8Array | undefined
}

/** The contribution's closing rule stands this far below the last paragraph. */
const closingGap = 24

export function layoutDocument(input: LayoutInput): LayoutDocument {
  const { root } = input
  // -- Phase 1: services shared by every part of the document
  const problems: LayoutProblem[] = []
  const struct = new StructBuilder()
  const kit = { book: new FontBook(input.faces.map(loadFace)), problems, struct, hyphenate: hyphenatorFor(root.lang) }
  const flow = new Flow(root, kit, new ImageStore(input.asset), createDispatch())
  const env: FlowEnv = {
    left: a4.margin.left, width: textWidth(a4), dir: root.dir, orientation: 'portrait', tag: DOCUMENT, headingShift: 0,
    justified: root.justified === true, footnoteScope: '',
  }

  // -- Phase 2: the flow (cover, body, closing rule) and the footnote texts
  flow.block(root.cover, env)
  layoutTopLevel(flow, root.children, env)
  if (root.closingRule) {
    const x = env.left + (env.width - rules.closingRule) / 2
    flow.emit({ ...emptySlice('portrait'), height: 1, before: closingGap, items: [{ kind: 'line', x1: x, y1: 0, x2: x + rules.closingRule, y2: 0, width: rules.hairline }] })
  }
  layoutFootnotes(flow, root.footnotes, env)

  // -- Phase 3: pages, run by run (a footnote continued past a run's end gets pages of the run)
  const paginated = flow.pageRuns().map((run) => ({
    furniture: run.furniture,
    opensDocument: run.opensDocument,
    ...(run.numbering ? { numbering: run.numbering } : {}),
    drafts: paginate({
      slices: run.slices,
      footnotes: flow.footnotes,
      bodyHeight: (orientation) => textHeight(geometry(orientation)),
      separator: separatorSpace.above + separatorSpace.below,
    }),
  }))
  const furnitureLine = (runs: Parameters<Flow['paragraph']>[0], style: Parameters<Flow['paragraph']>[1], left: number, width: number) =>
    stack(flow.capture(() => flow.paragraph(runs, style, { ...env, left, width })))
  const { pages, outline } = compose(paginated, root, furnitureLine)
  return { pages, structure: struct.nodes, outline, title: root.title, lang: root.lang, problems }
}
