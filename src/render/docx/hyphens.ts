// Soft hyphens in narrow table cells. A word wider than its cell gets w:softHyphen at the
// points where its language hyphenates it — where the PDF breaks it too — so that Word and
// LibreOffice break it with a hyphen instead of cutting it bare ("Propose|d"). Identifiers,
// numbers and acronyms have no such points and stay whole (layout/inline/hyphenate.ts).
import { SoftHyphen } from 'docx'
import type { DocxMetrics } from './context.js'

/** The cell whose words may be hyphenated: its text width and how its text is set. */
export interface HyphenatedCell {
  /** Width in points of the cell's text. */
  width: number
  /** Points of the cell's text (Table_text and Table_head are 11 pt). */
  size: number
  bold: boolean
  italic: boolean
}

/**
 * A word this close to its cell's width is hyphenated too (less than the room layout leaves a
 * widened column, table.ts): Word and LibreOffice measure with
 * their own rounding, and a soft hyphen costs nothing where it is not needed.
 */
const tolerance = 0.5

/** A run's text with soft hyphens in its words too wide for the cell; `undefined` when none is. */
export function softHyphenated(text: string, cell: HyphenatedCell, metrics: DocxMetrics): Array<string | SoftHyphen> | undefined {
  const style = { bold: cell.bold, italic: cell.italic, size: cell.size }
  const out: Array<string | SoftHyphen> = []
  let pending = ''
  for (const token of text.split(/(\s+)/)) {
    const breaks = token.trim() && metrics.measure(token, style).natural > cell.width - tolerance ? metrics.hyphenate(token) : []
    let from = 0
    for (const at of breaks) {
      out.push(pending + token.slice(from, at), new SoftHyphen())
      pending = ''
      from = at
    }
    pending += token.slice(from)
  }
  if (out.length === 0) return undefined
  if (pending) out.push(pending)
  return out
}
