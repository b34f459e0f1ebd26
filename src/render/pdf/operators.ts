// The text-showing operators of encoded runs: TJ arrays of glyph codes with their kerning
// adjustments, and the line matrix moved (Td) for a glyph set off the line. A document draws
// most of its words many times (in the benchmark corpus, 81 % of the English runs and 73 % of
// the Arabic ones repeat a run drawn before in the same document), so a run's operators are
// made once per distinct run: `shownOf` gives the whole operator string of a run on the line,
// and for a run with glyphs off the line a `PlacedGlyphs`, whose moves depend on the font
// size alone (they are relative to where the run starts), made once per size.
import type { EncodedRun, GlyphPosition } from './glyphs.js'
import { pdfNumber } from './output.js'

/**
 * How a run is shown: its operators (each ending with a newline; '' for no glyph) when they do
 * not depend on where it is drawn, or, when some glyph is set off the line, what makes them.
 */
export type Shown = string | PlacedGlyphs

/** How runs drawn one after the other are shown; the same for every place they are drawn at. */
export function shownOf(runs: readonly EncodedRun[]): Shown {
  if (runs.length === 1 && runs[0]!.hasOffsets) return new PlacedGlyphs(runs[0]!.codes, runs[0]!.positions)
  if (runs.some((run) => run.hasOffsets)) return new PlacedGlyphs(runs.flatMap((run) => run.codes), runs.flatMap((run) => run.positions))
  return showRuns(runs)
}

/**
 * The TJ operator showing runs on the line, joined from each run's operands (made once per
 * run: a chunk is a word, drawn wherever it recurs) to the very string `PlacedGlyphs` would
 * make of all their glyphs at once.
 */
function showRuns(runs: readonly EncodedRun[]): string {
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
  // The last glyph has no adjustment (or it would have ended a segment): PlacedGlyphs writes -0 as 0.
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
    const adjustment = adjustmentOf(run.positions[i]!)
    if (adjustment === undefined) continue
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

/** The TJ adjustment after a glyph whose advance differs from its width; undefined when they agree. */
function adjustmentOf({ xAdvance, advanceWidth }: GlyphPosition): string | undefined {
  return xAdvance - advanceWidth === 0 ? undefined : pdfNumber(-(xAdvance - advanceWidth))
}

/** TJ operands with the codes after their last adjustment closed: those end with a glyph whose advance is its width (adjustment 0). */
const closed = (segments: string, hex: string): string => (hex ? `${segments ? `${segments} ` : ''}<${hex}> 0` : segments)

/** A move of the line matrix before glyph `glyph`: to the pen's place there, set off by `dx`, `dy` (1000ths of the font size). */
interface Move { glyph: number; dx: number; dy: number }

/**
 * TJ arrays of glyph codes, with a kerning adjustment where a glyph's advance differs from
 * its width, and the line matrix moved (Td) for a glyph set off the line (a mark placed by
 * GPOS) and back onto the line after it. A move is relative to the one before it, the first
 * to the run's start, where the text writer sets the text matrix: so the operators depend on
 * the font size, not on where the run is drawn. The Arabic corpus had set an absolute text
 * matrix for every mark, written anew at every draw of a word (~3.5 % of an Arabic PDF
 * build's CPU).
 */
export class PlacedGlyphs {
  /** The operators in order: TJ operators as written, and moves of the line matrix. */
  private readonly steps: Array<string | Move> = []
  private readonly positions: readonly GlyphPosition[]
  /** The operators by font size (points per 1000th of an em). */
  private readonly sized = new Map<number, Placed>()

  constructor(codes: readonly string[], positions: readonly GlyphPosition[]) {
    this.positions = positions
    // The TJ operands since the last move, and the codes after their last adjustment.
    let segments = ''
    let hex = ''
    let hadOffset = false
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!
      if (position.xOffset || position.yOffset) {
        this.flush(closed(segments, hex))
        this.steps.push({ glyph: i, dx: position.xOffset, dy: position.yOffset })
        this.flush(`<${codes[i]!}> ${adjustmentOf(position) ?? '0'}`)
        segments = hex = ''
        hadOffset = true
        continue
      }
      // Back on the line: the pen's own place (an offset of 0 adds exactly nothing).
      if (hadOffset) this.steps.push({ glyph: i, dx: 0, dy: 0 })
      hadOffset = false
      hex += codes[i]!
      const adjustment = adjustmentOf(position)
      if (adjustment === undefined) continue
      segments += `${segments ? ' ' : ''}<${hex}> ${adjustment}`
      hex = ''
    }
    this.flush(closed(segments, hex))
  }

  /** A TJ operator of these operands, if there are any. */
  private flush(segments: string): void {
    if (segments) this.steps.push(`[${segments}] TJ\n`)
  }

  /** The operators at `scale` points per 1000th of the font size, from the run's start, and where they leave the line matrix. */
  at(scale: number): Placed {
    let made = this.sized.get(scale)
    if (made === undefined) this.sized.set(scale, (made = this.operators(scale)))
    return made
  }

  private operators(scale: number): Placed {
    let ops = ''
    // The pen's place before glyph `glyph`, summed glyph by glyph as the pen moves, and where
    // the moves written so far put the line matrix (whole millionths, as written), both from
    // the run's start: each move goes from where the one before it left the matrix, so no
    // rounding adds up, and the sum is exactly where the run leaves it.
    let pen = 0
    let glyph = 0
    let lineX = 0
    let lineY = 0
    for (const step of this.steps) {
      if (typeof step === 'string') {
        ops += step
        continue
      }
      for (; glyph < step.glyph; glyph++) pen += this.positions[glyph]!.xAdvance * scale
      // Text space is upright (the text writer's matrix flips pdfkit's page back): up is +y.
      const dx = Math.round((pen + step.dx * scale) * 1e6) - lineX
      const dy = Math.round(step.dy * scale * 1e6) - lineY
      lineX += dx
      lineY += dy
      ops += `${pdfNumber(dx / 1e6)} ${pdfNumber(dy / 1e6)} Td\n`
    }
    return { ops, movedX: lineX, movedY: lineY }
  }
}

/**
 * A run with marks as drawn at one size: its operators, and how far their moves leave the line
 * matrix from the run's start (text space, whole millionths of a point), so that the next run
 * is reached by a move from there.
 */
export interface Placed { ops: string; movedX: number; movedY: number }
