// The text a unit hands the shaper (inline/units.ts) against the plain form it replaced
// (Array.from, map(mirrored), reverse, join): brackets, Arabic, digits, surrogate pairs and
// lone surrogates, on either level, in a right-to-left script or not.
import { describe, expect, it } from 'vitest'
import type { Face } from '../../../src/layout/fonts/face.js'
import { mirrored, mirroredUnit } from '../../../src/layout/inline/bidi.js'
import type { Piece } from '../../../src/layout/inline/pieces.js'
import { unitOf, type Run } from '../../../src/layout/inline/units.js'

function plainShaperOrder(text: string, rtl: boolean, rtlScript: boolean): string {
  let chars = Array.from(text)
  if (rtl) chars = chars.map(mirrored)
  if (rtl !== rtlScript) chars.reverse()
  return chars.join('')
}

const face = { script: 'latin', runWidth: () => 0, chunkedWidth: () => 0 } as unknown as Face

function shaped(source: string, start: number, end: number, rtl: boolean, rtlScript: boolean): string {
  const piece: Piece = { start: 0, end: source.length, span: { start: 0, end: source.length, style: { bold: false, italic: false, size: 12 } }, face, size: 12, rise: 0, kind: 'text', rtlScript }
  const run: Run = { piece, start, end, rtl }
  return unitOf(run, source).text
}

const samples = [
  'word', '(a) [b] {c} <d> «e»', 'مرحبا (بالعالم) ١٢٣', 'x \u{1d400}\u{1f600} y', '\ud800a\udc00b', 'a\ud83d', '\ude00z', '\u{20000}(\u{20001})',
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
