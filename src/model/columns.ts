// The columns of a list of tabbed entries (abbreviations, references), worked out from the
// widths of their fields as a paginating writer measured them, so that DOCX and PDF set the
// same clause the same way. ITU sets such lists on tab stops (the expansion at 2.1 cm in
// E.119, the reference text after the widest tag); when a field is too wide for that — the
// Russian E.119's English expansions — it sets a borderless table whose columns wrap.
import type { AbbreviationList } from './nodes.js'

/** The measured width of one field, in points. */
export interface FieldWidth {
  /** On one line. */
  natural: number
  /** Of its widest word (the column never gets narrower). */
  longestWord: number
}

export interface EntryColumns {
  /** Where each column starts, in points from the start edge of the text column; the first is 0. */
  starts: number[]
  /** Every field fits on one line before the next column: tab stops will do. Else the fields wrap in their columns. */
  onTabs: boolean
}

/** Spacing rules by kind, in points. */
interface Rules {
  /** The second column starts at least here (ITU's Abbreviation style: 1191 twips = 2.1 cm). */
  minimum: number
  /** Tab stops fall on multiples of this (397 twips = 0.7 cm: half ITU's 1.4 cm indent). */
  step: number
  /** Space between the end of a field and the next column. */
  gap: number
}

const twips = (value: number): number => value / 20
const rules: Record<AbbreviationList['kind'], Rules> = {
  abbreviation: { minimum: twips(1191), step: twips(397), gap: twips(170) },
  reference: { minimum: twips(1191), step: twips(397), gap: twips(170) },
}

/** The last column keeps at least this share of the text column on tab stops. */
const lastShare = 0.3

function columnMaxima(widths: readonly FieldWidth[][], columns: number): FieldWidth[] {
  return Array.from({ length: columns }, (_, c) => ({
    natural: Math.max(0, ...widths.map((entry) => entry[c]?.natural ?? 0)),
    longestWord: Math.max(0, ...widths.map((entry) => entry[c]?.longestWord ?? 0)),
  }))
}

/** The columns of one list: `widths[entry][field]`, `available` the text column's width (points). */
export function entryColumns(kind: AbbreviationList['kind'], widths: readonly FieldWidth[][], columns: number, available: number): EntryColumns {
  const { minimum, step, gap } = rules[kind]
  const maxima = columnMaxima(widths, columns)
  // -- Tab stops: each column starts on the grid after the widest field before it.
  const starts = [0]
  for (let c = 0; c < columns - 1; c++) {
    const end = starts[c]! + maxima[c]!.natural + gap
    starts.push(Math.max(c === 0 ? minimum : 0, Math.ceil(end / step - 1e-6) * step))
  }
  const last = starts[columns - 1]!
  if (available - last >= Math.max(maxima[columns - 1]!.longestWord, available * lastShare) || columns === 1) return { starts, onTabs: true }
  // -- A table: every column at least as wide as its widest word, the rest shared in
  // proportion to what each would need on one line (the automatic layout of HTML tables).
  const low = maxima.map((m) => m.longestWord + gap)
  const high = maxima.map((m, c) => Math.max(m.natural + gap, low[c]!))
  const lowSum = low.reduce((a, b) => a + b, 0)
  const highSum = high.reduce((a, b) => a + b, 0)
  const share = (c: number): number => {
    if (lowSum >= available) return (low[c]! / lowSum) * available
    if (highSum <= available) return (high[c]! / highSum) * available
    return low[c]! + ((high[c]! - low[c]!) * (available - lowSum)) / (highSum - lowSum)
  }
  const tableStarts = [0]
  for (let c = 0; c < columns - 1; c++) tableStarts.push(tableStarts[c]! + share(c))
  return { starts: tableStarts, onTabs: false }
}
