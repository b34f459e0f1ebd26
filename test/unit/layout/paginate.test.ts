// Pagination on synthetic slices: keep-with-next chains move together, forced breaks,
// space dropped at the top of a page, footnotes on the page of their reference (the last
// one continuing), table headers repeated, rows taller than a page cut.
import { describe, expect, it } from 'vitest'
import { emptySlice, type FootnoteText, type Slice } from '../../../src/layout/flow/slice.js'
import { paginate, type PageDraft } from '../../../src/layout/pages/paginate.js'

const page = 100
const slice = (height: number, extra: Partial<Slice> = {}): Slice => ({ ...emptySlice('portrait'), height, ...extra })
const lines = (count: number, height = 10): Slice[] => Array.from({ length: count }, () => slice(height))
const run = (slices: Slice[], footnotes = new Map<string, FootnoteText>()): PageDraft[] =>
  paginate({ slices, footnotes, bodyHeight: () => page, separator: 10 })
const heights = (pages: PageDraft[]): number[][] => pages.map((p) => p.slices.map((s) => s.slice.height))

describe('paginate', () => {
  it('fills pages and drops the space before a slice at the top of a page', () => {
    const pages = run(lines(25).map((s) => ({ ...s, before: 2 })))
    // 10 + 7 × (2 + 10) = 94: eight lines a page, the first without its space.
    expect(pages.map((p) => p.slices.length)).toEqual([8, 8, 8, 1])
    expect(pages[1]!.slices[0]!.y).toBe(0)
  })

  it('moves a keep-with-next chain to the next page as a whole', () => {
    const heading = slice(20, { keepWithNext: true })
    const pages = run([...lines(8), heading, slice(10)])
    expect(heights(pages)).toEqual([[10, 10, 10, 10, 10, 10, 10, 10], [20, 10]])
  })

  it('starts a new page at a forced break', () => {
    const pages = run([slice(10), slice(0, { pageBreakBefore: true }), slice(10)])
    expect(pages).toHaveLength(2)
  })

  it('puts a footnote on the page of its reference, continuing a long one on the next page', () => {
    const note = lines(8, 10)
    const pages = run([...lines(3), slice(10, { footnotes: ['a'] }), ...lines(3)], new Map([['a', { number: 1, slices: note }]]))
    expect(pages[0]!.slices.some((s) => s.slice.footnotes.includes('a'))).toBe(true)
    expect(pages[0]!.footnotes[0]).toMatchObject({ id: 'a', number: 1, continued: false, complete: false })
    expect(pages[1]!.footnotes[0]).toMatchObject({ id: 'a', number: 1, continued: true, complete: true })
    const placed = pages.flatMap((p) => p.footnotes.flatMap((f) => f.slices))
    expect(placed).toEqual(note)
  })

  it('moves a reference whose footnote cannot start on the page', () => {
    const pages = run([...lines(9), slice(10, { footnotes: ['a'] })], new Map([['a', { number: 1, slices: lines(2) }]]))
    expect(pages[0]!.footnotes).toEqual([])
    expect(pages[1]!.footnotes.map((f) => f.number)).toEqual([1])
  })

  it('tells footnotes apart by id, not by the number they print', () => {
    // Two documents of a publication, each with its footnote 1.
    const notes = new Map([['d1-1', { number: 1, slices: lines(1) }], ['d2-1', { number: 1, slices: lines(2) }]])
    const pages = run([slice(10, { footnotes: ['d1-1'] }), slice(10, { footnotes: ['d2-1'] })], notes)
    expect(pages[0]!.footnotes.map((f) => [f.id, f.number, f.slices.length])).toEqual([['d1-1', 1, 1], ['d2-1', 1, 2]])
  })

  it('repeats table header rows at the top of each continuation page', () => {
    const header: Slice[] = []
    const info = (row: number, isHeader: boolean) => ({ table: 0, row, isHeader, header })
    header.push(slice(15, { keepWithNext: true, table: info(0, true) }))
    const rows = Array.from({ length: 12 }, (_, r) => slice(20, { table: info(r + 1, false) }))
    const pages = run([header[0]!, ...rows])
    expect(pages.length).toBe(3)
    for (const [i, p] of pages.entries()) {
      expect(p.slices[0]!.slice).toBe(header[0])
      expect(p.slices[0]!.repeated).toBe(i > 0)
    }
  })

  it('cuts a slice taller than a page where the page ends', () => {
    const cut = (height: number, limit: number): [Slice, Slice] | undefined =>
      limit >= height ? undefined : [slice(limit), tall(height - limit)]
    const tall = (height: number): Slice => slice(height, { split: (limit) => cut(height, limit) })
    const pages = run([slice(30), tall(250)])
    expect(heights(pages)).toEqual([[30, 70], [100], [80]])
  })
})
