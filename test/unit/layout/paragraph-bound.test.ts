// paragraphBound: the unshaped bound table columns use to skip measuring (table/columns.ts,
// fitMeasured) must never be below what paragraphMinimum measures, or widths would change.
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import { loadFace } from '../../../src/layout/fonts/face.js'
import { FontBook } from '../../../src/layout/fonts/select.js'
import { hyphenatorFor } from '../../../src/layout/inline/hyphenate.js'
import { paragraphBound, paragraphMinimum } from '../../../src/layout/inline/paragraph.js'
import type { StyledText } from '../../../src/layout/inline/styled.js'
import { StructBuilder } from '../../../src/layout/struct.js'

const book = new FontBook(faceInputs().map(loadFace))
const kit = { book, problems: [], struct: new StructBuilder(), hyphenate: hyphenatorFor('en') }
const format = { indent: 0, endIndent: 0 }

function styled(text: string, bold = false): StyledText {
  return { text, spans: [{ start: 0, end: text.length, style: { bold, italic: false, size: 11 } }] }
}

describe('paragraphBound', () => {
  const texts = ['WWWWWWWW MMMMMMM', '%%%%%% @@@@', 'word ! ( another )', 'Telecommunication development', 'ÆŒÆŒ ŊŊŊ ĲĲĲ', 'a-b/c.d_e', 'fi ffi ffl office']
  it('is at least the measured minimum, in regular and bold', () => {
    for (const text of texts) {
      for (const bold of [false, true]) {
        const bound = paragraphBound(styled(text, bold), format, book)
        const exact = paragraphMinimum(styled(text, bold), format, kit)
        expect(bound.word).toBeGreaterThanOrEqual(exact.word)
        expect(bound.fragment).toBeGreaterThanOrEqual(exact.fragment)
      }
    }
  })

  it('gives up on characters it does not bound (Arabic, Chinese, symbols, no-break spaces)', () => {
    for (const text of ['مجال', '电信', 'a\u00a0b', '→', 'x\ty']) expect(paragraphBound(styled(text), format, book).word).toBe(Infinity)
  })
})
