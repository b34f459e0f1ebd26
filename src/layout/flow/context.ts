// The flow: what every block handler receives. A read-only environment (the column, the
// direction, the structure parent, whether we are inside a call or a table cell) and one
// mutable Flow that collects slices into page runs, lays out paragraphs and keeps the
// document-wide services (fonts, tags, images, problems) and the footnote texts.
import type { Block, ItuRoot, PageFurniture, PageNumbering } from '../../model/nodes.js'
import { headingsBeforeLandscape } from '../../model/traverse.js'
import type { Item } from '../frame.js'
import type { Face, FaceScript } from '../fonts/face.js'
import type { ImageStore } from '../images.js'
import { collectInlines, type InlineRun } from '../inline/collect.js'
import { layoutParagraph, paragraphBound, paragraphMinimum, type InlineKit } from '../inline/paragraph.js'
import type { Alignment } from '../inline/place.js'
import type { RunStyle } from '../inline/styled.js'
import { complexScale, scriptSize, type ParaStyle } from '../styles.js'
import { geometry, textWidth, type Orientation } from '../units.js'
import { emptySlice, shiftInPlace, type BoxFrame, type FootnoteText, type PageRun, type Slice } from './slice.js'

export interface FlowEnv {
  /** The column: left edge on the page and width. */
  left: number
  width: number
  dir: 'ltr' | 'rtl'
  orientation: Orientation
  /** Structure element new content is tagged under. */
  tag: number
  /** Inside a call: list items there are call items (label, tab, text back at the margin). */
  call?: 'preambular' | 'operative'
  /** Style of plain paragraphs here when not Normal (table cells, footnotes, notes). */
  text?: ParaStyle
  /** Added to heading levels (tags and outline) inside annexes and a publication's documents. */
  headingShift: number
  /** Body text is justified (the document's, or the publication's document's, `justified`). */
  justified: boolean
  /** Prefix of footnote destinations: "" in a document, "d2-" in a publication's second document. */
  footnoteScope: string
}

export interface ParagraphOptions {
  /** Structure role of a new element for the paragraph (default P), or an existing element. */
  role?: string
  tag?: number
  /** Named destination at the paragraph's first line. */
  destination?: string
  /** Outline entry at the paragraph's first line. */
  mark?: { title: string; level: number }
  keepWithNext?: boolean
  /** Override the style's alignment (table cells: the column's alignment). */
  align?: Alignment
}

/** Where a landscape table (and the headings before it) go: a column across the turned page. */
export function landscapeEnv(env: FlowEnv): FlowEnv {
  const page = geometry('landscape')
  return { ...env, orientation: 'landscape', left: page.margin.left, width: textWidth(page) }
}

/** The narrowest a column can be: no word broken (`word`), or words broken only at hyphenation points (`fragment`). */
export interface MinimumWidth { word: number; fragment: number }

/** How `Flow.measure` measures: exactly, the `word` width alone, or upper bounds of both. */
export type MeasureMode = 'exact' | 'word' | 'bound'

/** How a block handler lays out one node. */
export type BlockHandler<B extends Block> = (node: B, flow: Flow, env: FlowEnv) => void

export class Flow {
  readonly root: ItuRoot
  readonly kit: InlineKit
  readonly images: ImageStore
  /** The document's own script, which sets the height of a line with no text. */
  readonly script: FaceScript
  /** Footnote texts laid out so far, by footnote id (numbers restart in a publication's documents). */
  readonly footnotes = new Map<string, FootnoteText>()
  private out: Slice[] = []
  /** The run `out` belongs to, and the runs before it. */
  private run: Omit<PageRun, 'slices'>
  private readonly runs: PageRun[] = []
  private capturing = 0
  private readonly boxes: BoxFrame[] = []
  /** A copy of `boxes` the slices emitted since it last changed share. */
  private boxesNow: readonly BoxFrame[] | undefined
  private nextBox = 0
  private readonly dispatch: (node: Block, flow: Flow, env: FlowEnv) => void
  /** While measuring (`measure`): the widest need so far, the width of the column measured, and how. */
  private measuring?: MinimumWidth & { width: number; mode: MeasureMode }

  constructor(root: ItuRoot, kit: InlineKit, images: ImageStore, dispatch: (node: Block, flow: Flow, env: FlowEnv) => void) {
    this.root = root
    this.kit = kit
    this.images = images
    this.dispatch = dispatch
    this.script = root.lang === 'ar' ? 'arabic' : root.lang === 'zh' ? 'han' : 'latin'
    this.run = { furniture: root.page, opensDocument: true }
  }

  block(node: Block, env: FlowEnv): void {
    this.dispatch(node, this, env)
  }

  blocks(nodes: readonly Block[], env: FlowEnv): void {
    const leads = headingsBeforeLandscape(nodes)
    for (const [i, node] of nodes.entries()) {
      if (!leads.has(i)) {
        this.dispatch(node, this, env)
        continue
      }
      // A heading before a landscape table opens the table's landscape pages.
      const landscape = landscapeEnv(env)
      if (!leads.has(i - 1)) this.marker(landscape).pageBreakBefore = true
      this.dispatch(node, this, landscape)
    }
  }

  /** The last slice emitted is a heading that opened landscape pages (the table goes on after it). */
  get opensLandscape(): boolean {
    const last = this.out[this.out.length - 1]
    return last !== undefined && last.orientation === 'landscape' && last.keepWithNext
  }

  /** Add a slice to the flow, stamped with the boxes it sits in. */
  emit(slice: Slice): Slice {
    if (this.boxes.length) slice.boxes = (this.boxesNow ??= [...this.boxes])
    this.out.push(slice)
    return slice
  }

  /** The slices `body` emits, taken out of the flow (table cells, footnotes, cover cells). */
  capture(body: () => void): Slice[] {
    const saved = this.out
    this.out = []
    this.capturing++
    try {
      body()
      return this.out
    } finally {
      this.out = saved
      this.capturing--
    }
  }

  /**
   * How narrow the column `env` could be for what `body` lays out in it (table cells): its
   * paragraphs are measured, not laid out, and everything `body` adds (slices, tags,
   * problems) is dropped again. `mode` 'bound' gives upper bounds without shaping any text
   * (paragraphBound); 'word' the exact `word` only (`fragment` is then not measured: it needs
   * the hyphenation patterns).
   */
  measure(env: FlowEnv, body: () => void, mode: MeasureMode = 'exact'): MinimumWidth {
    const outer = this.measuring
    const tags = this.kit.struct.nodes.length
    const problems = this.kit.problems.length
    const nextBox = this.nextBox
    const measured = { word: 0, fragment: 0, width: env.width, mode }
    this.measuring = measured
    try {
      this.capture(body)
      return { word: measured.word, fragment: measured.fragment }
    } finally {
      this.measuring = outer
      this.kit.struct.nodes.length = tags
      this.kit.problems.length = problems
      this.nextBox = nextBox
    }
  }

  /** What the main flow (or the capture under way) emitted so far in its run. */
  slices(): Slice[] {
    return this.out
  }

  /**
   * Lay out `body` on pages of its own, under its own running heads (a publication's
   * documents); what follows starts a new page again, under the heads it had before.
   */
  ownPages(furniture: PageFurniture, body: () => void): void {
    if (this.capturing) throw new Error('layout: pages of their own inside a captured block')
    this.endRun()
    const outer = this.run
    this.run = { ...outer, furniture, opensDocument: true }
    body()
    this.endRun()
    this.run = outer
  }

  /** What follows starts a new page, numbered afresh (a published text's front matter, its body). */
  newPages(numbering: PageNumbering): void {
    if (this.capturing) throw new Error('layout: new pages inside a captured block')
    this.endRun()
    this.run = { ...this.run, opensDocument: false, numbering: { style: numbering.style, start: numbering.start } }
  }

  /** The main flow, complete, as runs of pages. */
  pageRuns(): PageRun[] {
    this.endRun()
    return this.runs
  }

  private endRun(): void {
    if (!this.out.length) return
    this.runs.push({ ...this.run, slices: this.out })
    this.out = []
    // Later runs go on counting pages in the same style.
    this.run = { ...this.run, opensDocument: false, ...(this.run.numbering ? { numbering: { style: this.run.numbering.style } } : {}) }
  }

  /** A slice with no height (a forced page break, a destination). */
  marker(env: FlowEnv, items: Item[] = []): Slice {
    return this.emit({ ...emptySlice(env.orientation), items })
  }

  face(bold: boolean, italic: boolean): Face {
    return this.kit.book.face(this.script, bold, italic)
  }

  /** Lay out a paragraph made of inline runs and emit one slice per line. */
  paragraph(runs: readonly InlineRun[], style: ParaStyle, env: FlowEnv, options: ParagraphOptions = {}): Slice[] {
    const tag = options.tag ?? this.kit.struct.add(options.role ?? 'P', env.tag)
    const scale = complexScale(style)
    const base: RunStyle = { bold: style.bold ?? false, italic: style.italic ?? false, size: style.size, ...(scale !== 1 ? { complexScale: scale } : {}), ...(style.color ? { color: style.color } : {}) }
    const styled = collectInlines(runs, base, { inlineImage: (src, size) => this.images.inline(src, size), footnoteScope: env.footnoteScope })
    if (this.measuring) {
      // Indents and insets (a quotation in a cell) count in the column's minimum.
      const format = { indent: style.indent, endIndent: style.endIndent ?? 0 }
      const { mode } = this.measuring
      const need = mode === 'bound' ? paragraphBound(styled, format, this.kit.book) : paragraphMinimum(styled, format, mode === 'word' ? { ...this.kit, hyphenate: undefined } : this.kit)
      const inset = this.measuring.width - env.width
      this.measuring.word = Math.max(this.measuring.word, need.word + inset)
      this.measuring.fragment = Math.max(this.measuring.fragment, need.fragment + inset)
      return []
    }
    const align: Alignment = options.align ?? (style.align === 'body' ? (env.justified ? 'justify' : 'start') : style.align)
    const lines = layoutParagraph(styled, {
      align,
      dir: env.dir,
      columnWidth: env.width,
      indent: style.indent,
      firstLine: style.firstLine,
      endIndent: style.endIndent ?? 0,
      base: { face: this.face(base.bold, base.italic), size: scriptSize(base, this.script) },
      tag,
    }, this.kit)
    const last = lines.length - 1
    return lines.map((line, i) => {
      const items = shiftInPlace(line.items, env.left, 0)
      if (i === 0 && options.destination) items.unshift({ kind: 'destination', name: options.destination, x: env.left, y: 0 })
      const slice = this.emit({
        ...emptySlice(env.orientation),
        height: line.height,
        before: i === 0 ? style.before : 0,
        after: i === last ? style.after : 0,
        // Keep-together, or widow/orphan control: never one line alone at a page's foot or head.
        keepWithNext: i === last ? Boolean(style.keepWithNext || options.keepWithNext) : Boolean(style.keepTogether) || i === 0 || i === last - 1,
        items,
        footnotes: line.footnotes,
      })
      if (i === 0 && options.mark) slice.marks = [{ ...options.mark, y: 0 }]
      return slice
    })
  }

  /** Lay out `body` inside a framed box spanning the column. */
  box(env: FlowEnv, lineWidth: number, padding: number, before: number, body: (inner: FlowEnv) => void): void {
    this.boxes.push({ id: this.nextBox++, left: env.left, right: env.left + env.width, lineWidth })
    this.boxesNow = undefined
    this.emit({ ...emptySlice(env.orientation), height: padding, before, keepWithNext: true })
    body({ ...env, left: env.left + padding, width: env.width - 2 * padding })
    this.emit({ ...emptySlice(env.orientation), height: padding })
    this.boxes.pop()
    this.boxesNow = undefined
  }
}
