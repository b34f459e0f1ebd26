// Glyph coverage judged before layout, from the tree's characters alone: whether laying the
// tree out may meet a character that no face covers (pdf/missing-glyph, an error that fails
// the document). Build asks it before rendering anything, so a document's HTML is written
// ahead of its PDF only when the PDF cannot fail it. The answer errs on the safe side: every
// string of the tree counts, drawn or not (an id, a link target), and a character counts as
// covered only if some face covers it in every style.
import type { ItuRoot } from '../../model/nodes.js'
import { isInvisible, isPlaceholder, type FontBook } from './select.js'

/** Characters layout draws of its own: the no-break spaces of code lines, the hyphen of a broken word. */
const layoutCharacters = '\u00a0-'

export function mayHaveUncovered(root: ItuRoot, book: FontBook): boolean {
  // Every string of the tree is read, most of it ASCII: a character already checked costs an
  // array lookup (a set lookup beyond ASCII), and nothing is allocated per character.
  const checkedAscii = new Uint8Array(0x80)
  const checked = new Set<number>()
  const isUncovered = (cp: number): boolean => !isPlaceholder(cp) && !isInvisible(cp) && !book.coversInEveryStyle(cp)
  const uncovered = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      if (unit < 0x80) {
        if (checkedAscii[unit]) continue
        checkedAscii[unit] = 1
        if (isUncovered(unit)) return true
        continue
      }
      const cp = text.codePointAt(i)!
      if (cp > 0xffff) i++
      if (checked.has(cp)) continue
      checked.add(cp)
      if (isUncovered(cp)) return true
    }
    return false
  }
  if (uncovered(layoutCharacters)) return true
  // Iterative: a hostile source may nest deeper than the call stack goes.
  const pending: unknown[] = [root]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === 'string') {
      if (uncovered(value)) return true
    } else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) pending.push(inner)
    }
  }
  return false
}
