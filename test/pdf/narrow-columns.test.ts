// Narrow table columns (issue 8 item 9): a word never breaks without a hyphen. A column
// whose longest word does not fit is widened; when the whole table cannot give every word
// its width, words are hyphenated by their language (English, Russian) and identifiers stay
// whole. Checked on the page model and on what pdftotext reads back.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { faceInputs } from '../../src/build/fonts.js'
import type { LayoutDocument } from '../../src/layout/frame.js'
import { layoutDocument } from '../../src/layout/index.js'
import { hyphenatorFor } from '../../src/layout/inline/hyphenate.js'
import { fitColumns, fitMeasured, type ColumnNeed } from '../../src/layout/table/columns.js'
import { crowded, identifier, roomy, sourceWords, words } from '../fixtures/narrow-columns.js'
import { resolveText } from '../helpers.js'
import { contentTexts } from '../unit/layout/support.js'
import { paintDocument } from './support.js'

async function layoutOf(markdown: string): Promise<LayoutDocument> {
  const { doc, findings } = await resolveText(markdown)
  if (!doc) throw new Error(findings.map((f) => f.message).join('; '))
  return layoutDocument({ root: doc.root, faces: faceInputs(), asset: () => undefined })
}

/** Whether a structure element sits in a table cell. */
function inCell(layout: LayoutDocument, tag: number | undefined): boolean {
  for (let node = tag === undefined ? undefined : layout.structure[tag]; node; node = layout.structure[node.parent]) if (node.role === 'TD' || node.role === 'TH') return true
  return false
}
/** The lines of the table cells, in order. */
const cellTexts = (layout: LayoutDocument): string[] =>
  layout.pages.flatMap((page) => contentTexts(page).filter((t) => inCell(layout, t.tag)).map((t) => t.text.trim()))
/** Lines joined again where they end in a hyphen. */
const unhyphenated = (lines: readonly string[]): string => lines.join('\n').replace(/(\p{L})-\n(\p{L})/gu, '$1$2')

describe('hyphenation patterns', () => {
  it('break English, Russian and French words where their dictionaries allow, never identifiers or acronyms', () => {
    expect(hyphenatorFor('en')('Implementation')).toEqual([2, 5, 8, 10])
    expect(hyphenatorFor('ru')('Исследовательская')).toEqual([2, 5, 7, 9, 13])
    expect(hyphenatorFor('fr')('télécommunications').length).toBeGreaterThan(3)
    for (const token of [identifier, 'E.164', 'WTDC', 'ITU-T', '2026', 'مجال', '电信']) expect(hyphenatorFor('en')(token)).toEqual([])
  })
})

describe('column widths', () => {
  it('widen a column to its longest word, the others giving up width in proportion', () => {
    const widths = fitColumns([1, 1, 2], 400, [{ word: 150, fragment: 60 }, { word: 20, fragment: 20 }, { word: 20, fragment: 20 }])
    expect(widths[0]).toBeCloseTo(150)
    expect(widths[2]! / widths[1]!).toBeCloseTo(2)
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(400)
  })

  it('fall back to hyphenation fragments when the words cannot all fit, and keep the shares when nothing is needed', () => {
    const widths = fitColumns([1, 1], 100, [{ word: 90, fragment: 40 }, { word: 90, fragment: 20 }])
    expect(widths[0]).toBeGreaterThanOrEqual(40)
    expect(widths[1]).toBeGreaterThanOrEqual(20)
    expect(fitColumns([1, 3], 400, [{ word: 10, fragment: 5 }, { word: 10, fragment: 5 }])).toEqual([100, 300])
  })
})

describe('column widths measured only where bounds cannot settle them', () => {
  const cases: Array<{ relative: number[]; total: number; exact: ColumnNeed[]; bound: ColumnNeed[] }> = [
    // Only the narrow third column needs measuring.
    { relative: [3, 2, 1], total: 480, exact: [{ word: 90, fragment: 50 }, { word: 100, fragment: 60 }, { word: 95, fragment: 40 }], bound: [{ word: 150, fragment: 150 }, { word: 140, fragment: 140 }, { word: 130, fragment: 130 }] },
    // Words do not fit: fragments.
    { relative: [1, 1], total: 100, exact: [{ word: 90, fragment: 40 }, { word: 90, fragment: 20 }], bound: [{ word: 99, fragment: 99 }, { word: Infinity, fragment: Infinity }] },
    // Exact bounds.
    { relative: [1, 1, 2], total: 400, exact: [{ word: 150, fragment: 60 }, { word: 20, fragment: 20 }, { word: 20, fragment: 20 }], bound: [{ word: 150, fragment: 60 }, { word: 20, fragment: 20 }, { word: 20, fragment: 20 }] },
  ]

  it('come out as with every column measured', () => {
    for (const { relative, total, exact, bound } of cases) {
      expect(fitMeasured(relative, total, { bound: (c) => bound[c]!, exact: (c, key) => exact[c]![key] })).toEqual(fitColumns(relative, total, exact))
    }
  })

  it('leave a column that fits by its bound unmeasured', () => {
    const { relative, total, exact, bound } = cases[0]!
    const asked: number[] = []
    fitMeasured(relative, total, { bound: (c) => bound[c]!, exact: (c, key) => (asked.push(c), exact[c]![key]) })
    expect(asked).not.toContain(0)
  })
})

describe('narrow table columns in the PDF', () => {
  let tight: LayoutDocument
  let wide: LayoutDocument

  beforeAll(async () => {
    tight = await layoutOf(crowded)
    wide = await layoutOf(roomy)
  })

  it('widens columns so that every word stays whole when the table has room', () => {
    const texts = cellTexts(wide)
    expect(texts.filter((t) => /\p{L}-$/u.test(t))).toEqual([])
    for (const word of ['Proposed', 'Timing', 'Исследовательская']) expect(texts.join(' ').split(/\s+/)).toContain(word)
    expect(texts).toContain(identifier)
  })

  it('hyphenates by language when it has no room, and never splits a word bare or an identifier at all', () => {
    const texts = cellTexts(tight)
    const hyphenated = texts.filter((t) => /\p{L}-$/u.test(t))
    expect(hyphenated.length).toBeGreaterThan(0)
    expect(hyphenated.some((t) => /\p{Script=Cyrillic}-$/u.test(t))).toBe(true)
    const tokens = unhyphenated(texts).match(/[\p{L}\p{N}]+/gu)!
    for (const word of words) expect(tokens).toContain(word)
    expect(tokens.filter((token) => !sourceWords.has(token))).toEqual([])
    expect(texts).toContain(identifier)
  })

  it('reads back with pdftotext, column by column, as whole words or hyphenated breaks, the identifier intact', async () => {
    const { doc } = await resolveText(crowded)
    const file = await paintDocument(doc!.root, mkdtempSync(join(tmpdir(), 'itudoc-narrow-')), 'narrow')
    const page = tight.pages.find((p) => p.facts.tables.length)!
    const cells = page.items.flatMap((item) => (item.kind === 'rect' && item.stroke ? [item.rect] : []))
    const lefts = [...new Set(cells.map((rect) => Math.round(rect.x * 10) / 10))].sort((a, b) => a - b)
    expect(lefts).toHaveLength(8)
    const top = Math.min(...cells.map((r) => r.y))
    const bottom = Math.max(...cells.map((r) => r.y + r.height))
    const column = (left: number, layout: boolean): string => {
      const rect = cells.find((r) => Math.round(r.x * 10) / 10 === left)!
      // pdftotext crops in pixels at 72 dpi: points.
      const crop = ['-f', String(page.number), '-l', String(page.number), '-x', String(Math.floor(rect.x)), '-y', String(Math.floor(top)), '-W', String(Math.ceil(rect.width) - 1), '-H', String(Math.ceil(bottom - top))]
      return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...crop, file, '-'], { encoding: 'utf8' })
    }
    // In its physical layout a column shows its hyphens at the ends of lines…
    const physical = lefts.map((left) => column(left, true)).join('\n')
    expect(physical).toMatch(/\p{L}-\s*\n/u)
    expect(physical).toContain(identifier)
    // …and in reading order pdftotext joins hyphenated words again: all whole, none split bare.
    const text = lefts.map((left) => column(left, false)).join('\n')
    const tokens = text.match(/[\p{L}\p{N}]+/gu)!
    for (const word of words) expect(tokens).toContain(word)
    expect(tokens.filter((token) => !sourceWords.has(token))).toEqual([])
    expect(text).toContain(identifier)
  })
})

describe('narrow table columns in DOCX and HTML', () => {
  /** The widths in twips of the first row's cells as the PDF lays them out, in order. */
  const layoutWidths = (layout: LayoutDocument): number[] => {
    const page = layout.pages.find((p) => p.facts.tables.length)!
    const cells = page.items.flatMap((item) => (item.kind === 'rect' && item.stroke ? [item.rect] : []))
    const top = Math.min(...cells.map((r) => r.y))
    return cells.filter((r) => r.y === top).sort((a, b) => a.x - b.x).map((r) => r.width * 20)
  }
  /** The text of each table cell of a DOCX body, soft hyphens shown as "|". */
  const docxCells = (xml: string): string[] =>
    [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:softHyphen\/>/g)].map((t) => t[1] ?? '|').join(''))

  it('DOCX: the grid has the PDF\'s column widths, each column widened to its longest word when the table has room', async () => {
    const { docxOf } = await import('../docx/helpers.js')
    for (const [markdown, layout] of [[crowded, await layoutOf(crowded)], [roomy, await layoutOf(roomy)]] as const) {
      const xml = (await docxOf(markdown)).parts['word/document.xml']!
      const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
      const widths = layoutWidths(layout)
      expect(grid).toHaveLength(widths.length)
      // Twips are whole: each column within a twip of the PDF's, the table as wide.
      for (const [c, width] of widths.entries()) expect(Math.abs(grid[c]! - width), `column ${c + 1}`).toBeLessThanOrEqual(1)
    }
  })

  it('DOCX: soft hyphens where the PDF may hyphenate, only in words too wide for their cell and never in an identifier', async () => {
    const { docxOf } = await import('../docx/helpers.js')
    const cells = docxCells((await docxOf(crowded)).parts['word/document.xml']!)
    const hyphenated = cells.flatMap((cell) => cell.split(/\s+/)).filter((word) => word.includes('|'))
    expect(hyphenated).toContain('Ис|сле|до|ва|тель|ская')
    expect(hyphenated).toContain('Im|ple|men|ta|tion')
    // Every soft hyphen sits where the language's patterns put one.
    for (const word of hyphenated) {
      const whole = word.replaceAll('|', '')
      const at = [...word.matchAll(/\|/g)].map((m, i) => m.index - i)
      expect(at, word).toEqual(hyphenatorFor(/\p{Script=Cyrillic}/u.test(whole) ? 'ru' : 'en')(whole))
    }
    expect(cells).toContain(identifier)
    // A short word, and the words of the wide column, are left alone.
    expect(cells.join(' ')).toContain('A longer text that wraps over several lines in the widest column.')
    // With room to widen the columns, nothing needs a hyphen.
    expect(docxCells((await docxOf(roomy)).parts['word/document.xml']!).join('')).not.toContain('|')
  })

  it('DOCX: Word may still widen a column to its longest word (autofit)', async () => {
    const { docxOf } = await import('../docx/helpers.js')
    const { parts } = await docxOf(crowded)
    expect(parts['word/document.xml']).toMatch(/<w:tblLayout w:type="autofit"\/>/)
  })

  it('HTML: table cells hyphenate by the page\'s language', async () => {
    const { htmlOf } = await import('../helpers.js')
    const { html } = await htmlOf(crowded)
    expect(html).toContain('<html lang="en"')
    expect(html).toMatch(/table\.table th, table\.table td \{[^}]*hyphens: auto/)
  })
})
