// A publication on the page model (test/fixtures/layout/publication: two parts, three
// resolutions with footnotes): each document starts a new page and its pages carry its own
// footer, page numbers run on; footnotes are numbered from 1 in each document and stand on
// the page of their reference; part titles have pages of their own; the table of contents
// and the outline give the pages where parts and documents start; documents are tagged Art.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LayoutDocument, Page, StructNode, TextItem } from '../../../src/layout/frame.js'
import { contentTexts, layoutSource, texts } from './support.js'

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'layout', 'publication')
const documents = ['d1', 'd2', 'd3'] as const

let doc: LayoutDocument
/** The page a named destination is on. */
const pageOf = (name: string): number => {
  const page = doc.pages.find((p) => p.items.some((i) => i.kind === 'destination' && i.name === name))
  if (!page) throw new Error(`no destination ${name}`)
  return page.number
}
/** The running foot of a page: untagged text below the text area. */
const foot = (page: Page): TextItem[] => texts(page).filter((t) => t.tag === undefined && t.y > page.body.y + page.body.height)
/** The text of the topmost line of a page's content. */
const firstLine = (page: Page): string => {
  const items = contentTexts(page)
  const top = Math.min(...items.map((t) => t.y))
  return items.filter((t) => Math.abs(t.y - top) < 0.5).sort((a, b) => a.x - b.x).map((t) => t.text).join('')
}
const ancestors = (node: StructNode): string[] => (node.parent < 0 ? [] : [doc.structure[node.parent]!.role, ...ancestors(doc.structure[node.parent]!)])

beforeAll(async () => {
  doc = await layoutSource(join(dir, 'report.md'), dir)
})

describe('a publication laid out', () => {
  it('lays out without problems, the first resolution over more than one page', () => {
    expect(doc.problems).toEqual([])
    expect(pageOf('d2') - pageOf('d1')).toBeGreaterThanOrEqual(2)
  })

  it('starts each document at the top of a new page with its cover, and each part title on a page of its own', () => {
    documents.forEach((id, i) => {
      const page = doc.pages[pageOf(id) - 1]!
      const start = page.items.find((item) => item.kind === 'destination' && item.name === id)
      expect(start).toMatchObject({ y: page.body.y })
      expect(firstLine(page), id).toBe(`RESOLUTION ${i + 1} (Geneva, 2026)`)
    })
    expect(firstLine(doc.pages[pageOf('part-1') - 1]!)).toBe('Resolutions')
    expect(pageOf('d1')).toBe(pageOf('part-1') + 1)
    expect(pageOf('d3')).toBe(pageOf('part-2') + 1)
    expect(pageOf('part-2')).toBe(pageOf('d2') + 1)
  })

  it("puts each document's own footer on its pages and the publication's on its own, numbering pages throughout", () => {
    const starts: Array<[number, string]> = [
      [2, 'WTDC-26 – Final Report'],
      [pageOf('d1'), 'WTDC-26 – Resolution 1'],
      [pageOf('d2'), 'WTDC-26 – Resolution 2'],
      [pageOf('part-2'), 'WTDC-26 – Final Report'],
      [pageOf('d3'), 'WTDC-26 – Resolution 3'],
    ]
    // The title page is bare (differentFirstPage); so is nothing else.
    expect(foot(doc.pages[0]!)).toEqual([])
    for (const page of doc.pages.slice(1)) {
      const footer = starts.filter(([from]) => from <= page.number).at(-1)![1]
      const items = foot(page).map((t) => t.text)
      expect(items, `page ${page.number}`).toContain(String(page.number))
      expect(items.filter((t) => t !== String(page.number)).join(''), `page ${page.number}`).toBe(footer)
    }
  })

  it('numbers footnotes from 1 in each document, each on the page of its reference and linked within its document', () => {
    for (const id of documents) {
      const pages = doc.pages.filter((p) => p.facts.footnotes.some((f) => f.id.startsWith(`${id}-`)))
      const notes = pages.flatMap((p) => p.facts.footnotes.filter((f) => !f.continued).map((f) => ({ ...f, page: p })))
      expect(notes.map((n) => n.number), id).toEqual(id === 'd3' ? [1] : [1, 2])
      for (const note of notes) {
        expect(note.page.facts.footnoteRefs, note.id).toContain(note.id)
        // The printed number stands in the footnote area; the mark links to the note's own destination.
        const area = note.page.footnoteArea!
        expect(contentTexts(note.page).filter((t) => t.y > area.y).map((t) => t.text), note.id).toContain(String(note.number))
        expect(note.page.items.some((i) => i.kind === 'destination' && i.name === `${id}-fn-${note.number}`), note.id).toBe(true)
        expect(note.page.items.some((i) => i.kind === 'link' && i.destination === `${id}-fn-${note.number}`), note.id).toBe(true)
      }
    }
    // The first resolution's second note is referenced on its second page, and printed there.
    expect(doc.pages[pageOf('d1')]!.facts.footnotes.map((f) => [f.id, f.number])).toEqual([['d1-late', 2]])
  })

  it('gives the table of contents the pages where the parts and documents start, as links', () => {
    // The title page comes first; the contents start on the next page.
    expect(texts(doc.pages[0]!).some((t) => t.tag !== undefined && doc.structure.some((s) => s.role === 'TOCI' && s.id === t.tag))).toBe(false)
    const toc = doc.pages[1]!
    const entries = new Set(doc.structure.filter((s) => s.role === 'TOCI').map((s) => s.id))
    const numbers = texts(toc).filter((t) => t.tag !== undefined && entries.has(t.tag) && /^\d+$/.test(t.text)).map((t) => Number(t.text))
    const targets = ['part-1', 'd1', 'd2', 'part-2', 'd3']
    expect(numbers).toEqual(targets.map(pageOf))
    const links = toc.items.flatMap((i) => (i.kind === 'link' && i.destination ? [i.destination] : []))
    expect([...new Set(links)]).toEqual(targets)
  })

  it('nests the documents under their parts in the outline, at their first pages', () => {
    expect(doc.outline.map((e) => [e.level, e.page, e.title])).toEqual([
      [1, pageOf('part-1'), 'Resolutions'],
      [2, pageOf('d1'), 'RESOLUTION 1 (Geneva, 2026) – Broadband in rural areas'],
      [2, pageOf('d2'), 'RESOLUTION 2 (Geneva, 2026) – Digital skills'],
      [1, pageOf('part-2'), 'Resolutions of the committees'],
      [2, pageOf('d3'), 'RESOLUTION 3 (Geneva, 2026) – Committee matters'],
    ])
  })

  it('tags each document as an article holding its cover title (one level below the part title), body and notes', () => {
    const articles = doc.structure.filter((s) => s.role === 'Art')
    expect(articles).toHaveLength(3)
    for (const article of articles) expect(article.parent).toBe(-1)
    expect(doc.structure.filter((s) => s.role === 'H2').map((s) => s.parent)).toEqual([-1, -1])
    const titles = doc.structure.filter((s) => s.role === 'H3')
    expect(titles).toHaveLength(3)
    for (const title of titles) expect(ancestors(title)).toContain('Art')
    const notes = doc.structure.filter((s) => s.role === 'Note')
    expect(notes).toHaveLength(5)
    for (const note of notes) expect(ancestors(note)).toEqual(['Art'])
  })
})
