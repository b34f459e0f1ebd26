// The text-showing operators of encoded runs (TJ arrays of glyph codes with their kerning
// adjustments, and the text matrix moved for a glyph set off the line), and numbers written
// as pdfkit writes them. A document draws most of its words many times (in the benchmark
// corpus, 81 % of the English runs and 73 % of the Arabic ones repeat a run drawn before in
// the same document), so what does not depend on where a run is drawn is made once per
// distinct run: `shownOf` gives the whole operator string of a run on the line, and for a
// run with glyphs off the line a `PlacedGlyphs`, which only adds the positions of the moves.
import type { EncodedRun, GlyphPosition } from './glyphs.js'

/** What makes the zero-padded six decimals of a fraction: `zeros[n]` is n zeros. */
const zeros = ['', '0', '00', '000', '0000', '00000']

/**
 * `n` as pdfkit writes a number: rounded to 6 decimals, then JavaScript's shortest form,
 * `String(Math.round(n * 1e6) / 1e6)`. Written here from the integer count of millionths,
 * in a third of the time (200,000 page coordinates: 25 ms against 40-100 ms): every text
 * run has two, and every Arabic mark, set off the line, two more. The same digits: below
 * 10^15 millionths the count has at most 15 significant digits, so the quotient is the
 * double nearest to that decimal, and JavaScript prints that double back as the decimal
 * (its trailing zeros dropped); it prints no exponent from 10^-6 up.
 */
export function pdfNumber(n: number): string {
  const millionths = Math.round(n * 1e6)
  if (!(millionths > -1e15 && millionths < 1e15)) return String(pdfkitNumber(n))
  const magnitude = millionths < 0 ? -millionths : millionths
  let fraction = magnitude % 1e6
  const whole = (magnitude - fraction) / 1e6
  // -0 (a tiny negative number, rounded) is written "0", as String(-0) writes it.
  if (fraction === 0) return magnitude === 0 ? '0' : `${millionths < 0 ? '-' : ''}${whole}`
  let decimals = 6
  while (fraction % 10 === 0) {
    fraction /= 10
    decimals--
  }
  const digits = String(fraction)
  return `${millionths < 0 ? '-' : ''}${whole}.${zeros[decimals - digits.length]!}${digits}`
}

/** pdfkit's PDFObject.number, for the numbers `pdfNumber` does not write itself (and its error). */
function pdfkitNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}

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

/** A move of the text matrix before glyph `glyph`: to the pen's place there, set off by `dx`, `dy` (1000ths of the font size). */
interface Move { glyph: number; dx: number; dy: number }

/**
 * TJ arrays of glyph codes, with a kerning adjustment where a glyph's advance differs from
 * its width, and the text matrix moved for a glyph set off the line (a mark placed by GPOS)
 * and back onto the line after it. The TJ operators are made once; a draw adds the moves,
 * the only operands that depend on where the glyphs are.
 */
export class PlacedGlyphs {
  /** The operators in order: TJ operators as written, and moves of the text matrix. */
  private readonly steps: Array<string | Move> = []
  /** Each glyph's advance, in 1000ths of the font size. */
  private readonly advances: number[]

  constructor(codes: readonly string[], positions: readonly GlyphPosition[]) {
    this.advances = positions.map((position) => position.xAdvance)
    let segments = ''
    let last = 0
    let hadOffset = false
    const addSegment = (end: number): void => {
      if (last < end) segments += `${segments ? ' ' : ''}<${codes.slice(last, end).join('')}> ${adjustmentOf(positions[end - 1]!) ?? '0'}`
      last = end
    }
    const flush = (end: number): void => {
      addSegment(end)
      if (!segments) return
      this.steps.push(`[${segments}] TJ\n`)
      segments = ''
    }
    for (let i = 0; i < positions.length; i++) {
      const { xOffset, yOffset } = positions[i]!
      if (xOffset || yOffset) {
        flush(i)
        this.steps.push({ glyph: i, dx: xOffset, dy: yOffset })
        flush(i + 1)
        hadOffset = true
      } else {
        // Back on the line: the pen's own place (an offset of 0 adds exactly nothing).
        if (hadOffset) this.steps.push({ glyph: i, dx: 0, dy: 0 })
        hadOffset = false
        if (adjustmentOf(positions[i]!) !== undefined) addSegment(i + 1)
      }
    }
    flush(positions.length)
  }

  /** The operators for the glyphs drawn from `x`, `y` (the baseline's start on pdfkit's flipped page), `scale` points per 1000th of the font size. */
  operators(x: number, y: number, scale: number): string {
    let ops = ''
    // The pen's place before glyph `glyph`, summed glyph by glyph as the pen moves.
    let penX = x
    let glyph = 0
    for (const step of this.steps) {
      if (typeof step === 'string') {
        ops += step
        continue
      }
      for (; glyph < step.glyph; glyph++) penX += this.advances[glyph]! * scale
      ops += `1 0 0 -1 ${pdfNumber(penX + step.dx * scale)} ${pdfNumber(y - step.dy * scale)} Tm\n`
    }
    return ops
  }
}
