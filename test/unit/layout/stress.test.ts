// The stress document (50 sections, 40 footnotes, a 120-row table, a box, nested lists, an
// annex) checked on the layout engine's own page model: every line inside the text area,
// every footnote on the page of its reference or continued from it, table headers repeated
// on every continuation page, nothing lost.
import { beforeAll, describe, expect, it } from 'vitest'
import type { LayoutDocument } from '../../../src/layout/frame.js'
import { stressMarkdown } from '../../../bench/stress-document.js'
import { contentTexts, layoutMarkdown } from './support.js'

const tolerance = 0.01
let doc: LayoutDocument

beforeAll(async () => {
  doc = await layoutMarkdown(stressMarkdown())
})

describe('stress document', () => {
  it('lays out into a plausible number of pages without problems', () => {
    expect(doc.problems).toEqual([])
    expect(doc.pages.length).toBeGreaterThan(30)
    expect(doc.pages.length).toBeLessThan(80)
  })

  it('keeps every line of text inside the text area', () => {
    for (const page of doc.pages) {
      const { body } = page
      for (const item of contentTexts(page)) {
        const where = `page ${page.number}: "${item.text}"`
        expect(item.x, where).toBeGreaterThanOrEqual(body.x - tolerance)
        expect(item.x + item.width, where).toBeLessThanOrEqual(body.x + body.width + tolerance)
        expect(item.y - item.size * 0.8, where).toBeGreaterThanOrEqual(body.y - tolerance)
        expect(item.y, where).toBeLessThanOrEqual(body.y + body.height + tolerance)
      }
    }
  })

  it('keeps body text above the footnotes', () => {
    for (const page of doc.pages.filter((p) => p.footnoteArea)) {
      const area = page.footnoteArea!
      const body = contentTexts(page).filter((t) => t.y < area.y)
      const notes = contentTexts(page).filter((t) => t.y >= area.y)
      expect(notes.length, `page ${page.number}`).toBeGreaterThan(0)
      for (const t of body) expect(t.y + t.size * 0.25).toBeLessThanOrEqual(area.y + tolerance)
    }
  })

  it('puts every footnote on the page of its reference, continued only onto the following pages', () => {
    const refPage = new Map<number, number>()
    for (const page of doc.pages) for (const n of page.facts.footnoteRefs) if (!refPage.has(n)) refPage.set(n, page.number)
    expect([...refPage.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    for (const [number, page] of refPage) {
      const parts = doc.pages.flatMap((p) => p.facts.footnotes.filter((f) => f.number === number).map((f) => ({ page: p.number, ...f })))
      expect(parts[0], `footnote ${number}`).toMatchObject({ page, continued: false })
      parts.forEach((part, i) => {
        expect(part.page, `footnote ${number}`).toBe(page + i)
        expect(part.continued).toBe(i > 0)
        expect(part.complete).toBe(i === parts.length - 1)
      })
    }
  })

  it('continues at least one long footnote onto the next page', () => {
    expect(doc.pages.some((p) => p.facts.footnotes.some((f) => f.continued))).toBe(true)
  })

  it('repeats the table header on every continuation page and places every row once', () => {
    const pages = doc.pages.filter((p) => p.facts.tables.length)
    expect(pages.length).toBeGreaterThan(3)
    const rows = pages.flatMap((p) => p.facts.tables[0]!.rows)
    expect(rows).toEqual(Array.from({ length: 121 }, (_, i) => i))
    pages.forEach((page, i) => expect(page.facts.tables[0]!.repeatedHeader, `page ${page.number}`).toBe(i > 0))
  })

  it('starts the annex on a new page and lists it in the outline', () => {
    const annex = doc.outline.find((e) => e.title.includes('Supplementary material'))!
    expect(annex.level).toBe(1)
    const page = doc.pages[annex.page - 1]!
    const first = contentTexts(page).sort((a, b) => a.y - b.y)[0]!
    expect(first.text).toMatch(/ANNEX/)
    expect(doc.outline.filter((e) => e.level === 1 && e.title.startsWith('Section'))).toHaveLength(0)
    expect(doc.outline.filter((e) => /^\d+ Section \d+$/.test(e.title))).toHaveLength(50)
  })
})
