// The width of a text on one line, each character in the face that covers it (as layout sets
// it), for what must be sized before it is set: the columns of abbreviation lists, in PDF
// and — through the build — in DOCX, so both set a clause the same way.
import { sizeFactor } from '../styles.js'
import type { FontBook } from './select.js'

/** What is measured: plain text in one style. */
export interface MeasureStyle { bold: boolean; italic: boolean; size: number }

/** Width in points of `text` on one line. */
export function measureText(book: FontBook, text: string, style: MeasureStyle): number {
  const faces = book.assign(text, () => style)
  let width = 0
  let start = 0
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && faces[i] === faces[start]) continue
    const face = faces[start]
    const segment = text.slice(start, i)
    if (face) width += (face.script === 'arabic' ? face.runWidth(segment) : face.chunkedWidth(segment)) * style.size * sizeFactor[face.script]
    start = i
  }
  return width
}

/** Widths of `text` on one line and of its widest word. */
export function measureField(book: FontBook, text: string, style: MeasureStyle): { natural: number; longestWord: number } {
  const words = text.split(/\s+/).filter(Boolean)
  return { natural: measureText(book, text, style), longestWord: Math.max(0, ...words.map((word) => measureText(book, word, style))) }
}
