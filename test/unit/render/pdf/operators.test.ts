// The text operators write numbers as pdfkit writes them (String of the number rounded to 6
// decimals), and runs so that a viewer draws each glyph, a mark set off the line included,
// where the shaper placed it.
import { describe, expect, it } from 'vitest'
import type { EncodedRun, GlyphPosition } from '../../../../src/render/pdf/glyphs.js'
import { shownOf } from '../../../../src/render/pdf/operators.js'
import { ContentBytes, pdfNumber } from '../../../../src/render/pdf/output.js'

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

describe('ContentBytes.number and pdfNumber', () => {
  it('writes what pdfkit writes, for page coordinates, sizes, adjustments and edge cases', () => {
    const next = random(20261206)
    const values = [0, -0, 1e-7, -1e-7, 4e-7, 5e-7, -5e-7, 1e-6, -1e-6, 0.1 + 0.2, 15.400000000000002, 841.89, 1 / 3, -2 / 3, 999999.9999995, 1e8 + 0.5e-6, 123456789.123456, -987654321.5, 1e9, 1e14, 1e15, -1e15, 2 ** 53, 1e20]
    for (let i = 0; i < 200_000; i++) {
      const scale = [1, 1000, 0.001, 1e6][i % 4]!
      values.push((next() - 0.3) * 900 * scale, Math.round(next() * 1e5) / 64, -Math.round(next() * 1e7) / 1e6)
    }
    const all = written((out) => values.forEach((n) => (out.number(n), out.text(' '))))
    expect(all).toBe(values.map((n) => `${pdfkitWrites(n)} `).join(''))
    // And as text (TJ adjustments, moves of the line matrix).
    expect(values.map((n) => `${pdfNumber(n)} `).join('')).toBe(all)
  })

  it('refuses what pdfkit refuses', () => {
    for (const n of [1e21, -1e21, Infinity, NaN]) {
      expect(() => written((out) => out.number(n))).toThrow('unsupported number')
      expect(() => pdfNumber(n)).toThrow('unsupported number')
    }
  })
})

/**
 * Where a viewer draws each glyph of a run's operators, shown from `x`, `y` (the text writer's
 * `1 0 0 -1 x y Tm`, upright text on pdfkit's flipped page) at `scale` points per 1000th of
 * the font size: the codes in order with their origins on the page. Reads Tm, Td and TJ as
 * PDF 32000 9.4 says (a TJ number moves the pen back by number × scale; Td moves the line
 * matrix from where it is; a code advances by its glyph's width).
 */
function drawnGlyphs(ops: string, widths: ReadonlyMap<string, number>, x: number, y: number, scale: number): Array<{ code: string; x: number; y: number }> {
  let lineX = x
  let lineY = y
  let penX = x
  let penY = y
  const glyphs: Array<{ code: string; x: number; y: number }> = []
  for (const line of ops.split('\n').filter(Boolean)) {
    const td = /^(\S+) (\S+) Td$/.exec(line)
    if (td) {
      // The flipped text matrix turns text space's up into the page's down.
      lineX += Number(td[1])
      lineY -= Number(td[2])
      penX = lineX
      penY = lineY
      continue
    }
    const tj = /^\[(.*)\] TJ$/.exec(line)
    if (!tj) throw new Error(`unexpected operator: ${line}`)
    for (const [, hex, number] of tj[1]!.matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/g)) {
      if (number !== undefined) penX -= Number(number) * scale
      else for (const code of hex!.match(/.{4}/g) ?? []) {
        glyphs.push({ code, x: penX, y: penY })
        penX += widths.get(code)! * scale
      }
    }
  }
  return glyphs
}

describe('shownOf', () => {
  it('draws every glyph, marks set off the line included, where the shaper placed it, wherever the run is drawn', () => {
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
      const widths = new Map(codes.map((code, i) => [code, positions[i]!.advanceWidth]))
      const encoded: EncodedRun = { codes, positions, hasOffsets: positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0) }
      const shown = shownOf([encoded])
      for (const [x, y, scale] of [[56.7, 102.85104, 0.0154], [306.591106 + run / 7, 139.95056, 0.0132]] as const) {
        const ops = typeof shown === 'string' ? shown : shown.at(scale).ops
        let pen = x
        const expected = positions.map((position, i) => {
          const glyph = { code: codes[i]!, x: pen + position.xOffset * scale, y: y - position.yOffset * scale }
          pen += position.xAdvance * scale
          return glyph
        })
        const drawn = drawnGlyphs(ops, widths, x, y, scale)
        expect(drawn.map((glyph) => glyph.code)).toEqual(codes)
        drawn.forEach((glyph, i) => {
          expect(glyph.x).toBeCloseTo(expected[i]!.x, 5)
          expect(glyph.y).toBeCloseTo(expected[i]!.y, 5)
        })
      }
      if (typeof shown !== 'string') {
        const placed = shown.at(0.0154)
        expect(placed.ops).not.toMatch(/Tm/)
        // Where its moves leave the line matrix: the sum of the moves written, to the millionth.
        const moves = [...placed.ops.matchAll(/^(\S+) (\S+) Td$/gm)]
        expect(placed.movedX).toBe(moves.reduce((sum, m) => sum + Math.round(Number(m[1]) * 1e6), 0))
        expect(placed.movedY).toBe(moves.reduce((sum, m) => sum + Math.round(Number(m[2]) * 1e6), 0))
      }
    }
  })
})

describe('ContentBytes.startRun', () => {
  it('puts every run where it was asked, within one text object until something else is drawn, moving by Td from where the run before left the matrix', () => {
    const next = random(61)
    const runs: Array<{ x: number; y: number }> = []
    // Where a new text object and its whole matrix are due: after other content only.
    let expectedBT = 0
    let open = false
    const content = written((out) => {
      for (let i = 0; i < 5000; i++) {
        const x = next() < 0.1 ? 56.7 : next() * 500
        const y = Math.floor(next() * 60) * 13.798828 + next() * 1e-5
        if (!open) expectedBT++
        out.startRun(x, y)
        open = true
        runs.push({ x, y })
        out.text(`[<${i.toString(16).padStart(4, '0')}> 0] TJ\n`)
        const after = next()
        if (after < 0.15) {
          // A run whose marks moved the line matrix (PlacedGlyphs).
          const [dx, dy] = [pdfNumber(next() * 9 - 3), pdfNumber(next() * 4)]
          out.text(`${dx} ${dy} Td\n`)
          out.runMoved(Math.round(Number(dx) * 1e6), Math.round(Number(dy) * 1e6))
        } else if (after < 0.25) {
          // Something else drawn (marked content, a rule): the text object ends first.
          out.endText()
          out.text('q\nQ\n')
          open = false
        }
      }
    })
    let inText = false
    let lineX = 0
    let lineY = 0
    const origins: Array<{ x: number; y: number }> = []
    let bt = 0
    let tm = 0
    for (const line of content.split('\n').filter(Boolean)) {
      const ops = line.split(' ')
      const op = ops[ops.length - 1]
      if (op === 'BT' || op === 'ET') {
        expect(inText).toBe(op === 'ET')
        inText = op === 'BT'
        if (op === 'BT') bt++
      } else if (op === 'Tm') {
        expect(inText).toBe(true)
        expect(ops.slice(0, 4)).toEqual(['1', '0', '0', '-1'])
        lineX = Number(ops[4])
        lineY = Number(ops[5])
        tm++
      } else if (op === 'Td') {
        expect(inText).toBe(true)
        lineX += Number(ops[0])
        // The matrix flips the page: text space's up is the page's down.
        lineY -= Number(ops[1])
      } else if (op === 'TJ') origins.push({ x: lineX, y: lineY })
      else expect(inText).toBe(false)
    }
    // take() closes the text object the last run left open.
    expect(inText).toBe(false)
    expect(bt).toBe(expectedBT)
    expect(tm).toBe(expectedBT)
    expect(origins).toHaveLength(runs.length)
    runs.forEach((run, i) => {
      expect(Math.abs(origins[i]!.x - Math.round(run.x * 1e6) / 1e6)).toBeLessThan(1e-9)
      expect(Math.abs(origins[i]!.y - Math.round(run.y * 1e6) / 1e6)).toBeLessThan(1e-9)
    })
  })
})
