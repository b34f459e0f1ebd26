// A heading before a landscape table (issue 8 item 10, the WSIS roadmaps): keep-with-next
// holds across the change of orientation. The heading opens the table's landscape pages in
// the PDF, and sits in the table's landscape section in DOCX, never alone at the foot of the
// portrait page before it.
import { describe, expect, it } from 'vitest'
import { docxOf } from '../../docx/helpers.js'
import { reportSource } from '../../helpers.js'
import { contentTexts, layoutMarkdown } from './support.js'

/** Enough text to fill most of a page, so a heading left behind would sit at its foot. */
const filler = Array.from({ length: 9 }, (_, i) => `Paragraph${i + 1} of the introduction, long enough to take three or four lines of the portrait page before the roadmap heading, which is the subject of this test.`).join('\n\n')
const source = reportSource(`# Introduction

${filler}

# Roadmap

## Action lines

:::table[Roadmap of action lines]{#roadmap landscape=true header=1}
- - Action line
  - Timing
- - C1
  - 2026–2030
:::

# After

Back on a portrait page.
`)

describe('a heading before a landscape table', () => {
  it('PDF: goes onto the landscape page with the table, the text before staying portrait', async () => {
    const doc = await layoutMarkdown(source)
    const body = doc.pages.filter((page) => !contentTexts(page).some((t) => t.text.includes('Contents')))
    const pageOf = (text: string) => body.find((page) => contentTexts(page).some((t) => t.text.trim() === text))!
    const roadmap = pageOf('Roadmap')
    expect(roadmap.width).toBeGreaterThan(roadmap.height)
    for (const text of ['Action lines', 'Roadmap of action lines', 'C1']) expect(pageOf(text), text).toBe(roadmap)
    // The heading is the first line of its page, at the landscape page's margin.
    const top = contentTexts(roadmap).sort((a, b) => a.y - b.y || a.x - b.x)[0]!
    expect(top.y).toBe(contentTexts(roadmap).find((t) => t.text.trim() === 'Roadmap')!.y)
    expect(top.x).toBeCloseTo(roadmap.body.x, 0)
    const before = pageOf('Back on a portrait page.')
    expect(before.width).toBeLessThan(before.height)
    const introduction = body.find((page) => contentTexts(page).some((t) => t.text.includes('Paragraph9')))!
    expect(introduction.width).toBeLessThan(introduction.height)
    expect(introduction.number).toBe(roadmap.number - 1)
  })

  it('DOCX: the headings keep with next and sit in the landscape section with the table', async () => {
    const { parts } = await docxOf(source)
    const xml = parts['word/document.xml']!
    const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => ({ at: m.index, xml: m[0] }))
    const headingOf = (style: string, text: string) => paragraphs.find((p) => p.xml.includes(`<w:pStyle w:val="${style}"/>`) && p.xml.includes(`>${text}<`))!
    const heading = headingOf('Heading1', 'Roadmap')
    const subheading = headingOf('Heading2', 'Action lines')
    const table = xml.indexOf('<w:tbl>', subheading.at)
    // The section before ends (portrait) before the heading; none ends between it and the table.
    const sectionBreaks = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => ({ at: m.index, xml: m[0] }))
    const closing = sectionBreaks.filter((s) => s.at < heading.at).pop()!
    expect(closing.xml).not.toMatch(/w:orient="landscape"/)
    expect(sectionBreaks.some((s) => s.at > heading.at && s.at < table)).toBe(false)
    expect(sectionBreaks.find((s) => s.at > table)!.xml).toMatch(/w:orient="landscape"/)
    // Keep-with-next comes with the heading styles.
    for (const id of ['Heading1', 'Heading2']) expect(parts['word/styles.xml']!.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0]).toContain('<w:keepNext/>')
  })
})
