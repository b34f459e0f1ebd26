// Text runs as content-stream operators. Layout has already placed every run at its
// baseline and measured it shaped; pdfkit's doc.text would still merge options, run its
// line wrapper, measure the run twice, and wrap every run in its own graphics state
// (q, a matrix to unflip its page, Q) with colour, font and size set again: a third of a
// page's content. Here a run is one text object in pdfkit's flipped page space (the text
// matrix flips the glyphs upright), and colour, font, size and character spacing are set
// only when they change on the page. They are graphics state and persist across text
// objects; the painter's other items change them only between q and Q.
import type PDFDocument from 'pdfkit'
import type { FaceKey, TextItem } from '../../layout/frame.js'
import { ExactEncoder, type EmbeddedFontLike, type EncodedRun, type GlyphPosition } from './glyphs.js'

type Doc = InstanceType<typeof PDFDocument>

/** pdfkit's per-document font: its resource name and its indirect object, besides encoding. */
interface EmbeddedFont extends EmbeddedFontLike {
  id: string
  ref(): unknown
}

interface PdfFont { embedded: EmbeddedFont; encoder: ExactEncoder }

/** Numbers as pdfkit writes them (rounded to 6 decimals), so its operators and these agree. */
function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}

/** The operators that make an RGB hex colour ("#1f3a5c", "#abc") the fill colour, each ending with a newline. */
function fillColorOperators(color: string): string {
  const hex = parseInt(color.length === 4 ? color.replace(/^#(.)(.)(.)$/, '$1$1$2$2$3$3') : color.slice(1), 16)
  return `/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ')} scn\n`
}

/** What the page's graphics state holds now, as far as text cares; undefined: not set on this page yet. */
interface TextState { color?: string; font?: string; characterSpacing: number }

/** Draws one document's text runs; holds its fonts by face and its colour operators. */
export class TextWriter {
  private readonly doc: Doc
  private readonly fonts = new Map<FaceKey, PdfFont>()
  private readonly colors = new Map<string, string>()
  private page: unknown
  private state: TextState = { characterSpacing: 0 }

  constructor(doc: Doc) {
    this.doc = doc
  }

  write(item: TextItem): void {
    const text = item.text.includes('\n') ? item.text.replace(/\n/g, '') : item.text
    if (text.length === 0) return
    const font = this.font(item.face)
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> }
    if (page !== this.page) {
      this.page = page
      this.state = { characterSpacing: 0 }
    }
    const { state } = this
    const { id } = font.embedded
    page.fonts[id] ??= font.embedded.ref()
    let ops = ''
    const color = item.color ?? '#000000'
    if (state.color !== color) ops += this.fillColor((state.color = color))
    ops += `BT\n1 0 0 -1 ${pdfNumber(item.x)} ${pdfNumber(item.y)} Tm\n`
    const fontSize = `/${id} ${pdfNumber(item.size)} Tf\n`
    if (state.font !== fontSize) ops += state.font = fontSize
    const characterSpacing = item.characterSpacing ?? 0
    if (state.characterSpacing !== characterSpacing) ops += `${pdfNumber((state.characterSpacing = characterSpacing))} Tc\n`
    const runs = font.encoder.encode(text, item.shaping === 'run', item.mirrored === true)
    this.doc.addContent(`${ops}${showRuns(runs, item.x, item.y, item.size / 1000)}ET`)
  }

  private font(face: FaceKey): PdfFont {
    let font = this.fonts.get(face)
    if (!font) {
      // pdfkit makes a face's font for the document (its subset, its resource name) on first use.
      this.doc.font(face)
      const embedded = (this.doc as unknown as { _font: EmbeddedFont })._font
      font = { embedded, encoder: new ExactEncoder(embedded) }
      this.fonts.set(face, font)
    }
    return font
  }

  private fillColor(color: string): string {
    let ops = this.colors.get(color)
    if (ops === undefined) this.colors.set(color, (ops = fillColorOperators(color)))
    return ops
  }
}

/**
 * The TJ operator showing runs drawn one after the other. Runs on the line (nearly all):
 * joined from each run's operands, made once per run (a chunk is a word, drawn wherever it
 * recurs), to the very string `showGlyphs` would make of all their glyphs at once.
 */
function showRuns(runs: readonly EncodedRun[], x: number, y: number, scale: number): string {
  if (runs.some((run) => run.hasOffsets)) {
    if (runs.length === 1) return showGlyphs(runs[0]!.codes, runs[0]!.positions, x, y, scale)
    return showGlyphs(runs.flatMap((run) => run.codes), runs.flatMap((run) => run.positions), x, y, scale)
  }
  let segments = ''
  // Codes after the last kerning adjustment: the next segment starts with them.
  let pending = ''
  for (const run of runs) {
    const { lead, leadAdjustment, rest, tail } = operandsOf(run)
    if (lead === undefined) {
      pending += tail
      continue
    }
    segments += `${segments ? ' ' : ''}<${pending}${lead}> ${leadAdjustment}${rest}`
    pending = tail
  }
  // The last glyph has no adjustment (or it would have ended a segment): showGlyphs writes -0 as 0.
  if (pending) segments += `${segments ? ' ' : ''}<${pending}> 0`
  return segments ? `[${segments}] TJ\n` : ''
}

/**
 * A run's glyphs as TJ operands, cut where a glyph's advance differs from its width:
 * `lead` the codes up to the first such glyph and `leadAdjustment` its adjustment, `rest`
 * the segments after it (each " <codes> adjustment"), `tail` the codes after the last.
 * No glyph with an adjustment: `lead` undefined, every code in `tail`.
 */
interface RunOperands { lead?: string; leadAdjustment: string; rest: string; tail: string }

const operands = new WeakMap<EncodedRun, RunOperands>()

function operandsOf(run: EncodedRun): RunOperands {
  let made = operands.get(run)
  if (made) return made
  made = { leadAdjustment: '', rest: '', tail: '' }
  let hex = ''
  for (let i = 0; i < run.codes.length; i++) {
    hex += run.codes[i]!
    const { xAdvance, advanceWidth } = run.positions[i]!
    if (xAdvance - advanceWidth === 0) continue
    const adjustment = String(pdfNumber(-(xAdvance - advanceWidth)))
    if (made.lead === undefined) {
      made.lead = hex
      made.leadAdjustment = adjustment
    } else made.rest += ` <${hex}> ${adjustment}`
    hex = ''
  }
  made.tail = hex
  operands.set(run, made)
  return made
}

/**
 * TJ arrays of glyph codes, with a kerning adjustment where a glyph's advance differs from
 * its width, and the text matrix moved for a glyph set off the line (a mark placed by GPOS).
 * `x`, `y`: the baseline's start on pdfkit's flipped page. Each operator ends with a newline.
 */
function showGlyphs(codes: readonly string[], positions: readonly GlyphPosition[], x: number, y: number, scale: number): string {
  let ops = ''
  let segments = ''
  let last = 0
  let hadOffset = false
  const addSegment = (end: number): void => {
    if (last < end) {
      let hex = ''
      for (let i = last; i < end; i++) hex += codes[i]!
      const before = positions[end - 1]!
      segments += `${segments ? ' ' : ''}<${hex}> ${pdfNumber(-(before.xAdvance - before.advanceWidth))}`
    }
    last = end
  }
  const flush = (end: number): void => {
    addSegment(end)
    if (!segments) return
    ops += `[${segments}] TJ\n`
    segments = ''
  }
  let penX = x
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!
    if (pos.xOffset || pos.yOffset) {
      flush(i)
      ops += `1 0 0 -1 ${pdfNumber(penX + pos.xOffset * scale)} ${pdfNumber(y - pos.yOffset * scale)} Tm\n`
      flush(i + 1)
      hadOffset = true
    } else {
      if (hadOffset) {
        ops += `1 0 0 -1 ${pdfNumber(penX)} ${pdfNumber(y)} Tm\n`
        hadOffset = false
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1)
    }
    penX += pos.xAdvance * scale
  }
  flush(positions.length)
  return ops
}
