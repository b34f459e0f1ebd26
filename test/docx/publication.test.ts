// A publication in DOCX (test/fixtures/docx/publication: a final report compiling two
// resolutions with footnotes under a part title): the title page, the contents and the part
// title on pages of their own with the publication's footer, each resolution in sections of
// its own with its footer, footnotes numbered from 1 in each and keyed by id in the package,
// the TOC linked to bookmarks with page numbers. Then the same file converted by LibreOffice.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { contributionSource, resolution, tree } from '../helpers.js'
import { all, docxOfSource, paragraphs, type Rendered } from './helpers.js'
import { convertToPdf, hasLibreOffice, pdfPages } from './libreoffice.js'

const fixture = join(import.meta.dirname, '..', 'fixtures', 'docx', 'publication')
const finalReport = () => docxOfSource(join(fixture, 'final-report.md'), fixture)

interface Section {
  /** The w:sectPr element. */
  properties: string
  /** The body XML of the section. */
  body: string
  /** Text of the section's default header and footer, if it has them. */
  header?: string
  footer?: string
  /** Text of its even-page header, if it has one. */
  evenHeader?: string
}

/** The sections of the body in order, with the text of their running heads. */
function sectionsOf(doc: Rendered): Section[] {
  const xml = doc.parts['word/document.xml']!
  const targets = new Map(all(doc.parts['word/_rels/document.xml.rels']!, /(<Relationship [^>]*\/>)/).map((rel) => [/Id="([^"]+)"/.exec(rel)![1]!, /Target="([^"]+)"/.exec(rel)![1]!]))
  const head = (sectPr: string, kind: 'header' | 'footer', type: 'default' | 'even') => {
    const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)?.[1]
    return id === undefined ? undefined : paragraphs(doc.parts[`word/${targets.get(id)}`]!).map((p) => p.text.trim()).join('\n')
  }
  // A section's properties sit in its last paragraph (the last section's, after the body).
  let start = 0
  return [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>(<\/w:pPr>[\s\S]*?<\/w:p>)?/g)].map((match) => {
    const body = xml.slice(start, match.index + match[0].length)
    start = match.index + match[0].length
    const properties = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(match[0])![0]
    return { properties, body, header: head(properties, 'header', 'default'), footer: head(properties, 'footer', 'default'), evenHeader: head(properties, 'header', 'even') }
  })
}

/** Styled paragraphs of some XML, as "Style: text". */
const styled = (xml: string) => paragraphs(xml).filter((p) => p.style).map((p) => `${p.style}: ${p.text}`)

describe('DOCX: a publication of two resolutions', () => {
  let doc: Rendered
  let sections: Section[]
  beforeAll(async () => {
    doc = await finalReport()
    sections = sectionsOf(doc)
  })

  it('sets the title page, the contents and the part title apart, then each resolution in sections of its own with its footer', () => {
    expect(sections.map((s) => s.footer)).toEqual([
      'TDC-26 – Final Report', 'TDC-26 – Final Report', 'TDC-26 – Final Report',
      'TDC-26 – Resolution 7', 'TDC-26 – Resolution 9', 'TDC-26 – Resolution 9', 'TDC-26 – Resolution 9',
    ])
    // Only the title page has a blank first page; every later section starts on a new page.
    expect(sections.map((s) => s.properties.includes('<w:titlePg/>'))).toEqual([true, false, false, false, false, false, false])
    expect(sections.slice(1).every((s) => s.properties.includes('<w:type w:val="nextPage"/>'))).toBe(true)
    expect(styled(sections[0]!.body)).not.toContain('TOCHeading: Table of Contents')
    expect(styled(sections[1]!.body)).toEqual(expect.arrayContaining(['TOCHeading: Table of Contents', 'Normal: This report contains the texts adopted by the Conference.']))
    expect(styled(sections[2]!.body)).toEqual(['Parttitle: Resolutions'])
    expect(styled(sections[3]!.body).slice(0, 2)).toEqual(['ResNo: RESOLUTION 7 (Geneva, 2026)', 'Restitle: Community networks'])
    expect(styled(sections[4]!.body)[0]).toBe('ResNo: RESOLUTION 9 (Geneva, 2026)')
    // The second resolution's landscape table has a section of its own, still with its footer.
    expect(sections[5]!.properties).toContain('w:orient="landscape"')
    expect(styled(sections[6]!.body)).toContain('Normal: 1\tto train trainers.')
  })

  it('restarts footnote numbers where each resolution starts, not at its landscape pages', () => {
    expect(sections.map((s) => s.properties.includes('<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>'))).toEqual([false, false, false, true, true, false, false])
    // Word numbers the notes itself: automatic marks, no custom ones.
    expect(doc.parts['word/document.xml']).not.toContain('customMarkFollows')
    for (const [, note] of doc.parts['word/footnotes.xml']!.matchAll(/<w:footnote w:id="[1-9]\d*">([\s\S]*?)<\/w:footnote>/g)) expect(note).toContain('<w:footnoteRef/>')
  })

  it('keys footnotes by id: unique in the package, each reference pointing at its own note', () => {
    const references = all(doc.parts['word/document.xml']!, /<w:footnoteReference w:id="(\d+)"\/>/)
    expect(new Set(references).size).toBe(4)
    const notes = new Map([...doc.parts['word/footnotes.xml']!.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map(([, id, note]) => [id!, paragraphs(note!)[0]!.text.trim()]))
    expect(references.map((id) => notes.get(id))).toEqual(['Seventh resolution, first note.', 'Seventh resolution, second note.', 'Ninth resolution, first note.', 'Ninth resolution, second note.'])
    expect(all(sections[3]!.body, /<w:footnoteReference w:id="(\d+)"\/>/).map((id) => notes.get(id))).toEqual(['Seventh resolution, first note.', 'Seventh resolution, second note.'])
  })

  it('lists the part and both resolutions in the TOC, linked to where each starts, with its page', () => {
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(doc.parts['word/document.xml']!)![0]
    expect(toc).toContain('\\t &quot;Annex_No,1,Appendix_No,1,Part_title,1&quot;')
    const entries = paragraphs(toc).filter((p) => /^TOC\d$/.test(p.style ?? ''))
    expect(entries.map((p) => [p.style, p.text.replace(/\t\d+$/, '')])).toEqual([
      ['TOC1', 'Resolutions'], ['TOC2', 'RESOLUTION 7 (Geneva, 2026) – Community networks'], ['TOC2', 'RESOLUTION 9 (Geneva, 2026) – Digital skills'],
    ])
    const anchors = entries.map((p) => /w:anchor="([^"]+)"/.exec(p.xml)![1]!)
    expect(anchors).toEqual(['part_1', 'd1', 'd2'])
    // Each bookmark opens its page: the part title, and each resolution's number line.
    anchors.forEach((anchor, i) => {
      const first = paragraphs(sections[i + 2]!.body).find((p) => p.style)!
      expect(first.xml, anchor).toContain(`<w:bookmarkStart w:name="${anchor}"`)
    })
    // Title page 1, contents 2, part title 3, the resolutions from 4 (LibreOffice agrees, below).
    expect(entries.map((p) => Number(/PAGEREF \w+<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</.exec(p.xml)?.[1]))).toEqual([3, 4, 5])
  })
})

describe('DOCX: a publication of documents with other running heads and alignment', () => {
  let sections: Section[]
  beforeAll(async () => {
    const root = tree({
      'report.md': `---
template: publication
title: Compilation
footer: Compilation
parts:
  - title: Contributions
    documents: [contribution.md]
  - title: Resolutions
    documents: [resolution.md]
---

Texts.
`,
      'contribution.md': contributionSource(),
      'resolution.md': resolution(':::resolves\n1. to act.\n:::'),
    })
    const doc = await docxOfSource(join(root, 'report.md'), root)
    sections = sectionsOf(doc)
  })

  it('sets a ragged-right document ragged in a justified publication', () => {
    const text = (section: Section) => paragraphs(section.body).filter((p) => p.style === 'Normal' && p.text)
    const contribution = sections.findIndex((s) => s.body.includes('SG1RGQ/9'))
    expect(text(sections[contribution]!).every((p) => p.xml.includes('<w:jc w:val="start"/>'))).toBe(true)
    expect(text(sections.at(-1)!).some((p) => p.xml.includes('<w:jc '))).toBe(false)
  })

  it("keeps each document's running heads to its own pages", () => {
    const contribution = sections.findIndex((s) => s.body.includes('SG1RGQ/9'))
    // The contribution: "- n -" and its number above, on odd and even pages (the file mirrors the other footers), none on its first page.
    expect(sections[contribution]!.properties).toContain('<w:titlePg/>')
    for (const head of [sections[contribution]!.header, sections[contribution]!.evenHeader]) expect(head).toMatch(/^- {2}-\nSG1RGQ\/9/)
    // The part title and the resolution after it do not inherit that head: theirs is blank.
    for (const section of sections.slice(contribution + 1)) expect([section.header, section.evenHeader]).toEqual(['', ''])
    expect(sections.at(-1)!.footer).toBe('WTDC – Resolution 37')
  })
})

describe.skipIf(!hasLibreOffice && process.env.ITUDOC_FULL_TESTS !== '1')('DOCX publication → PDF (LibreOffice)', () => {
  let pages: string[]
  beforeAll(async () => {
    if (!hasLibreOffice) throw new Error('LibreOffice and poppler-utils are not installed; full tests require them')
    const dir = tree({ 'final-report.docx': (await finalReport()).data })
    pages = pdfPages(convertToPdf([join(dir, 'final-report.docx')])[0]!, 'layout')
  }, 300_000)

  /** The 1-based numbers of the pages holding a text. */
  const pagesWith = (text: string) => pages.flatMap((page, i) => (page.includes(text) ? [i + 1] : []))

  it('prints the part title and each resolution on the pages the TOC gives, each page with its own footer', () => {
    expect(pages).toHaveLength(7)
    expect(pages[1]).toMatch(/Resolutions\.+3\s[\s\S]*Community networks\.+4\s[\s\S]*Digital skills\.+5\s/)
    expect(pagesWith('TDC-26 – Final Report')).toEqual([2, 3])
    expect(pages[2]).toMatch(/^\s*Resolutions\s/)
    expect(pagesWith('RESOLUTION 7 (Geneva, 2026)')).toEqual([2, 4])
    expect(pagesWith('TDC-26 – Resolution 7')).toEqual([4])
    expect(pagesWith('RESOLUTION 9 (Geneva, 2026)')).toEqual([2, 5])
    expect(pagesWith('TDC-26 – Resolution 9')).toEqual([5, 6, 7])
    expect(pagesWith('Ninth resolution, second note.')).toEqual([7])
  })

  it('keeps the notes with their resolutions (LibreOffice 7.4 numbers them on across sections)', () => {
    // LibreOffice has no per-section footnote numbering and ignores w:numRestart in a section;
    // Word restarts. So only where the notes sit is checked here, and their marks in the XML above.
    expect(pagesWith('Seventh resolution, first note.')).toEqual([4])
    expect(pagesWith('Ninth resolution, first note.')).toEqual([5])
  })
})
