// Tables on the page model: a row longer than a page is cut between the lines of its cells,
// its parts on consecutive pages each under a repeated header, nothing lost or doubled,
// every line inside the text area.
import { describe, expect, it } from 'vitest'
import { contentTexts, layoutMarkdown } from './support.js'

const paragraphs = Array.from({ length: 70 }, (_, i) => `Paragraph ${i + 1} of the long cell, which goes on for a while so that it wraps in its column.`)
const markdown = [
  '---', 'template: report', 'title: Tables', 'author: Layout tests', 'date: 2026-01-15', '---', '',
  '# Long rows', '',
  ':::table[A row longer than a page]{#t widths="1,4" header=1}',
  '- - No.', '  - Text',
  '- - 1', '  - Short first row.',
  '- - 2', ...paragraphs.flatMap((p, i) => (i === 0 ? [`  - ${p}`] : ['', `    ${p}`])),
  '- - 3', '  - Short last row.',
  ':::', '',
].join('\n')

describe('table rows longer than a page', () => {
  it('are cut across pages under a repeated header, without losing or doubling a line', async () => {
    const doc = await layoutMarkdown(markdown)
    expect(doc.problems).toEqual([])
    const pages = doc.pages.filter((p) => p.facts.tables.length)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const withLongRow = pages.filter((p) => p.facts.tables[0]!.rows.includes(2))
    expect(withLongRow.length).toBeGreaterThanOrEqual(2)
    withLongRow.slice(1).forEach((page) => expect(page.facts.tables[0]!.repeatedHeader).toBe(true))
    const text = doc.pages.flatMap((p) => contentTexts(p).map((t) => t.text)).join(' ')
    for (const [i] of paragraphs.entries()) expect(text.split(`Paragraph ${i + 1} of`).length - 1, `paragraph ${i + 1}`).toBe(1)
    for (const page of doc.pages) {
      for (const t of contentTexts(page)) {
        expect(t.x + t.width).toBeLessThanOrEqual(page.body.x + page.body.width + 0.01)
        expect(t.y).toBeLessThanOrEqual(page.body.y + page.body.height + 0.01)
      }
    }
  })
})
