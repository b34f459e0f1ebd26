// The text a unit hands the shaper (inline/units.ts) against the plain form it replaced
// (Array.from, map(mirrored), reverse, join): brackets, Arabic, digits, surrogate pairs and
// lone surrogates, on either level, in a right-to-left script or not.
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import { loadFace, type Face } from '../../../src/layout/fonts/face.js'
import { mirrored, mirroredUnit, paragraphLevels } from '../../../src/layout/inline/bidi.js'
import type { Piece } from '../../../src/layout/inline/pieces.js'
import { unitOf, unitsOf, type Run } from '../../../src/layout/inline/units.js'

/** Arabic letters: what fontkit takes for a right-to-left text, in this fake face. */
const arabicLetter = /[\u0621-\u064a]/

function plainShaperOrder(text: string, rtl: boolean, rtlScript: boolean): string {
  let chars = Array.from(text)
  if (rtl) chars = chars.map(mirrored)
  const reversedByShaper = rtlScript && (text === '' || arabicLetter.test(text))
  if (rtl !== reversedByShaper) chars.reverse()
  return chars.join('')
}

const face = { script: 'latin', runWidth: () => 0, chunkedWidth: () => 0, reversesWhenShaped: (text: string) => arabicLetter.test(text) } as unknown as Face

function shaped(source: string, start: number, end: number, rtl: boolean, rtlScript: boolean): string {
  const piece: Piece = { start: 0, end: source.length, span: { start: 0, end: source.length, style: { bold: false, italic: false, size: 12 } }, face, size: 12, rise: 0, kind: 'text', rtlScript }
  const run: Run = { piece, start, end, rtl }
  return unitOf(run, source).text
}

const samples = [
  'word', '(a) [b] {c} <d> «e»', 'مرحبا (بالعالم) ١٢٣', '؛ ', '(،) ', 'x \u{1d400}\u{1f600} y', '\ud800a\udc00b', 'a\ud83d', '\ude00z', '\u{20000}(\u{20001})',
  '∑≤≥∈ ⟨⟩ ‹›', '', 'a'.repeat(5000) + '(' + 'b'.repeat(5000),
]

describe('units: shaper order', () => {
  it('mirrors a code unit exactly as bidi-js mirrors its character, and no character beyond the BMP', () => {
    for (let code = 0; code < 0x10000; code++) expect(mirroredUnit(code)).toBe(mirrored(String.fromCharCode(code)).charCodeAt(0))
    for (let cp = 0x10000; cp < 0x110000; cp++) {
      const char = String.fromCodePoint(cp)
      if (mirrored(char) !== char) throw new Error(`U+${cp.toString(16)} is mirrored`)
    }
  })

  it('gives the text the plain form gave, on every level and script, whole and in slices', () => {
    for (const source of samples) {
      for (const rtl of [false, true]) {
        for (const rtlScript of [false, true]) {
          for (const [start, end] of [[0, source.length], [1, Math.max(1, source.length - 1)], [2, 3]] as const) {
            if (end > source.length || start > end) continue
            expect(shaped(source, start, end, rtl, rtlScript)).toBe(plainShaperOrder(source.slice(start, end), rtl, rtlScript))
          }
        }
      }
    }
  })
})

describe('units: right-to-left words', () => {
  const input = faceInputs().find((face) => face.script === 'arabic' && !face.bold)!
  const naskh = loadFace(input)
  const font = fontkit.create(input.data)
  /** Glyph ids, advances and offsets, in the order drawn (left to right). */
  const glyphs = (text: string): string[] => {
    const run = font.layout(text)
    return run.glyphs.map((glyph, i) => { const p = run.positions[i]!; return `${glyph.id}/${p.xAdvance}/${p.xOffset}/${p.yOffset}` })
  }
  const unit = (source: string, start: number, end: number): string => {
    const piece: Piece = { start: 0, end: source.length, span: { start: 0, end: source.length, style: { bold: false, italic: false, size: 12 } }, face: naskh, size: 12, rise: 0, kind: 'text', rtlScript: true }
    return unitOf({ piece, start, end, rtl: true }, source).text
  }

  it('draws a line word by word exactly as the shaper draws it whole, punctuation and marks standing alone included', () => {
    const lines = [
      'إن المؤتمر العالمي لتنمية الاتصالات',
      'كلمة ؛ كلمة',
      'أولاً ، ثانياً ؛ ثالثاً ؟ رابعاً',
      'قال ( نعم ) ثم (مضى) بعد',
      'حركة الفتحة َ والكسرة ِّ وحدهما',
      'قال «الله» ﷺ',
      '، ؛ ؟',
      'الشمول الرقمي من خلال التوصيلية الميسورة التكلفة والمهارات الرقمية؛',
    ]
    for (const line of lines) {
      const piece: Piece = { start: 0, end: line.length, span: { start: 0, end: line.length, style: { bold: false, italic: false, size: 12 } }, face: naskh, size: 12, rise: 0, kind: 'text', rtlScript: true }
      const units = unitsOf(0, line.length, { text: line, pieces: [piece], levels: paragraphLevels(line, 'rtl') }, false)
      expect(units.length, line).toBeGreaterThan(1)
      expect(units.flatMap((u) => glyphs(u.text)), line).toEqual(glyphs(unit(line, 0, line.length)))
    }
  })
})
