// The text operators write numbers and glyph runs as the painter always wrote them: numbers
// as pdfkit writes them (String of the number rounded to 6 decimals), and runs with glyphs
// off the line with the text matrix moved to where the pen is at each of them.
import { describe, expect, it } from 'vitest'
import type { EncodedRun, GlyphPosition } from '../../../../src/render/pdf/glyphs.js'
import { shownOf } from '../../../../src/render/pdf/operators.js'
import { ContentBytes } from '../../../../src/render/pdf/output.js'

/** pdfkit's PDFObject.number, as a template literal prints it. */
const pdfkitWrites = (n: number): string => String(Math.round(n * 1e6) / 1e6)

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What a page's content holds after `write`. */
function written(write: (out: ContentBytes) => void): string {
  const out = new ContentBytes()
  write(out)
  return out.take().toString('latin1')
}

describe('ContentBytes.number', () => {
  it('writes what pdfkit writes, for page coordinates, sizes, adjustments and edge cases', () => {
    const next = random(20261206)
    const values = [0, -0, 1e-7, -1e-7, 4e-7, 5e-7, -5e-7, 1e-6, -1e-6, 0.1 + 0.2, 15.400000000000002, 841.89, 1 / 3, -2 / 3, 999999.9999995, 1e8 + 0.5e-6, 123456789.123456, -987654321.5, 1e9, 1e14, 1e15, -1e15, 2 ** 53, 1e20]
    for (let i = 0; i < 200_000; i++) {
      const scale = [1, 1000, 0.001, 1e6][i % 4]!
      values.push((next() - 0.3) * 900 * scale, Math.round(next() * 1e5) / 64, -Math.round(next() * 1e7) / 1e6)
    }
    const all = written((out) => values.forEach((n) => (out.number(n), out.text(' '))))
    expect(all).toBe(values.map((n) => `${pdfkitWrites(n)} `).join(''))
  })

  it('refuses what pdfkit refuses', () => {
    for (const n of [1e21, -1e21, Infinity, NaN]) expect(() => written((out) => out.number(n))).toThrow('unsupported number')
  })
})

/** The painter's operators for glyphs set off the line, as it wrote them glyph by glyph before they were prepared per run. */
function glyphByGlyph(codes: readonly string[], positions: readonly GlyphPosition[], x: number, y: number, scale: number): string {
  let ops = ''
  let segments = ''
  let last = 0
  let hadOffset = false
  const addSegment = (end: number): void => {
    if (last < end) segments += `${segments ? ' ' : ''}<${codes.slice(last, end).join('')}> ${pdfkitWrites(-(positions[end - 1]!.xAdvance - positions[end - 1]!.advanceWidth))}`
    last = end
  }
  const flush = (end: number): void => {
    addSegment(end)
    if (segments) ops += `[${segments}] TJ\n`
    segments = ''
  }
  let penX = x
  positions.forEach((pos, i) => {
    if (pos.xOffset || pos.yOffset) {
      flush(i)
      ops += `1 0 0 -1 ${pdfkitWrites(penX + pos.xOffset * scale)} ${pdfkitWrites(y - pos.yOffset * scale)} Tm\n`
      flush(i + 1)
      hadOffset = true
    } else {
      if (hadOffset) ops += `1 0 0 -1 ${pdfkitWrites(penX)} ${pdfkitWrites(y)} Tm\n`
      hadOffset = false
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1)
    }
    penX += pos.xAdvance * scale
  })
  flush(positions.length)
  return ops
}

describe('shownOf', () => {
  it('moves the text matrix for glyphs off the line where the pen is, wherever the run is drawn', () => {
    const next = random(7)
    for (let run = 0; run < 300; run++) {
      const positions = Array.from({ length: 1 + Math.floor(next() * 12) }, (): GlyphPosition => {
        const advanceWidth = Math.round(next() * 600) / 3
        const isMark = next() < 0.3
        return {
          advanceWidth,
          xAdvance: isMark ? 0 : next() < 0.2 ? advanceWidth - 13.7 : advanceWidth,
          xOffset: isMark ? -next() * 250 : 0,
          yOffset: isMark ? next() * 300 - 100 : 0,
        }
      })
      const codes = positions.map((_, i) => (1 + i + run).toString(16).padStart(4, '0'))
      const encoded: EncodedRun = { codes, positions, hasOffsets: positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0) }
      const shown = shownOf([encoded])
      for (const [x, y, scale] of [[56.7, 102.85104, 0.0154], [306.591106 + run / 7, 139.95056, 0.0132]] as const) {
        expect(typeof shown === 'string' ? shown : written((out) => shown.write(out, x, y, scale))).toBe(glyphByGlyph(codes, positions, x, y, scale))
      }
    }
  })
})
