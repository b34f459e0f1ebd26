// The stress document (50 sections, 40 footnotes, a 120-row table, a box, nested lists, an
// annex) checked on the layout engine's own page model: every line inside the text area,
// every footnote on the page of its reference or continued from it, table headers repeated
// on every continuation page, nothing lost.
import { beforeAll, describe, expect, it } from 'vitest'
import type { LayoutDocument, Page } from '../../../src/layout/frame.js'
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
      // A Tinos descender reaches 0.22 em below the baseline.
      for (const t of body) expect(t.y + t.size * 0.2).toBeLessThanOrEqual(area.y + tolerance)
    }
  })

  it('puts every footnote on the page of its reference, continued only onto the following pages', () => {
    const refPage = new Map<string, number>()
    for (const page of doc.pages) for (const id of page.facts.footnoteRefs) if (!refPage.has(id)) refPage.set(id, page.number)
    expect(refPage.size).toBe(40)
    const numbers = new Set(doc.pages.flatMap((p) => p.facts.footnotes.map((f) => f.number)))
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    for (const [id, page] of refPage) {
      const parts = doc.pages.flatMap((p) => p.facts.footnotes.filter((f) => f.id === id).map((f) => ({ page: p.number, ...f })))
      expect(parts[0], `footnote ${id}`).toMatchObject({ page, continued: false })
      parts.forEach((part, i) => {
        expect(part.page, `footnote ${id}`).toBe(page + i)
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

  it('leaves no paragraph with a single line at the foot or the head of a page, and no heading at a foot', () => {
    // The body lines of a page, top to bottom, as (paragraph tag, baseline); footnotes excluded.
    const lines = (page: Page): Array<{ tag: number; y: number }> => {
      const limit = page.footnoteArea?.y ?? Infinity
      const seen = new Map<string, { tag: number; y: number }>()
      for (const t of contentTexts(page)) if (t.y < limit && !seen.has(`${t.tag}@${t.y.toFixed(1)}`)) seen.set(`${t.tag}@${t.y.toFixed(1)}`, { tag: t.tag!, y: t.y })
      return [...seen.values()].sort((a, b) => a.y - b.y)
    }
    const parentP = (tag: number): number => {
      // Text inside a link or a label belongs to the link's or label's paragraph.
      let node = doc.structure[tag]!
      while (node.role === 'Link' || node.role === 'Lbl') node = doc.structure[node.parent]!
      return node.id
    }
    for (let i = 0; i + 1 < doc.pages.length; i++) {
      const here = lines(doc.pages[i]!).map((l) => parentP(l.tag))
      const there = lines(doc.pages[i + 1]!).map((l) => parentP(l.tag))
      if (!here.length || !there.length) continue
      const last = here[here.length - 1]!
      const where = `pages ${i + 1}–${i + 2}`
      expect(doc.structure[last]!.role, where).not.toMatch(/^H\d$/)
      if (there[0] === last) {
        expect(here.filter((t) => t === last).length, `${where}: orphan`).toBeGreaterThanOrEqual(2)
        expect(there.filter((t) => t === last).length, `${where}: widow`).toBeGreaterThanOrEqual(2)
      }
    }
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
