// The DOCX package, read back as XML: ITU styles defined and used, real footnotes, repeated
// header rows, tracked changes, bookmarks and links, running heads, a TOC filled in before any
// field update, landscape sections, right-to-left Arabic and East Asian Chinese.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { all, docxOf, paragraphs, type Rendered } from './helpers.js'

const root = join(import.meta.dirname, '..', '..')
const source = (path: string) => readFileSync(join(root, 'sources', path), 'utf8')
const example = (folder: string, lang: string) => docxOf(source(`${folder}/${lang}.md`), { lang, shared: source(`${folder}/document.yaml`), path: `sources/${folder}/${lang}.md`, root: join(root, 'sources') })

/** The style ids a part's paragraphs use. */
const usedStyles = (xml: string) => new Set(all(xml, /<w:pStyle w:val="([^"]+)"/))
/** Style id → the name Word shows, from styles.xml. */
const styleNames = (styles: string) => new Map(all(styles, /(<w:style [^>]*w:styleId="[^"]+"[^>]*>\s*<w:name w:val="[^"]+")/).map((s) => [/w:styleId="([^"]+)"/.exec(s)![1]!, /w:name w:val="([^"]+)"/.exec(s)![1]!]))

describe('DOCX: a resolution (WTDC-25 example, English)', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await example('wtdc-25/res-digital-inclusion', 'en')
  })

  it('defines the ITU styles by name and uses them in the body', () => {
    const names = styleNames(doc.parts['word/styles.xml']!)
    for (const [id, name] of [['Normal', 'Normal'], ['ResNo', 'Res_No'], ['Restitle', 'Res_title'], ['Normalaftertitle', 'Normal_after_title'], ['Call', 'Call'], ['enumlev1', 'enumlev1'], ['enumlev2', 'enumlev2'], ['AnnexNo', 'Annex_No'], ['Annextitle', 'Annex_title'], ['TableNotitle', 'Table_NoTitle'], ['Tablehead', 'Table_head'], ['Tabletext', 'Table_text'], ['FooterQP', 'Footer_QP'], ['FootnoteText', 'footnote text'], ['Heading1', 'heading 1'], ['Headingb', 'Heading_b']]) {
      expect(names.get(id), id).toBe(name)
    }
    const used = usedStyles(doc.parts['word/document.xml']!)
    for (const id of ['ResNo', 'Restitle', 'Normalaftertitle', 'Call', 'enumlev2', 'AnnexNo', 'Annextitle', 'TableNotitle', 'Tablehead', 'Tabletext']) expect(used, id).toContain(id)
    expect(usedStyles(doc.parts['word/footnotes.xml']!)).toContain('FootnoteText')
    // docx's own coloured heading defaults do not survive.
    expect(doc.parts['word/styles.xml']).not.toContain('2E74B5')
  })

  it('types call lines and item labels before a tab, with italic preambular letters', () => {
    const body = paragraphs(doc.parts['word/document.xml']!)
    const calls = body.filter((p) => p.style === 'Call').map((p) => p.text)
    expect(calls).toEqual(['considering', 'recognizing', 'noting', 'resolves', 'instructs the Director of the Telecommunication Development Bureau', 'invites Member States'])
    const items = body.filter((p) => /^(?:[a-z]|[ivx]+|\d+)\)?\t/.test(p.text))
    expect(items.map((p) => p.text.split('\t')[0])).toEqual(['a)', 'b)', 'c)', 'a)', 'i)', 'ii)', 'b)', 'a)', 'b)', '1', '2', '1', '2', '3', '1', '2'])
    const first = items[0]!
    expect(first.style).toBe('Normal') // continuation lines go back to the margin
    expect(first.xml).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">a\)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/)
    expect(items[4]!.style).toBe('enumlev2')
    expect(items[9]!.xml).not.toContain('<w:i/>')
  })

  it('writes real footnotes, numbered in order of reference', () => {
    expect(all(doc.parts['word/document.xml']!, /<w:footnoteReference w:id="(\d+)"\/>/)).toEqual(['1', '2'])
    const notes = paragraphs(doc.parts['word/footnotes.xml']!).filter((p) => p.style === 'FootnoteText')
    expect(notes[0]!.text).toBe('\tIn particular, the output reports adopted by the ITU-D study groups during the 2022-2025 study period.')
    expect(doc.parts['word/footnotes.xml']).toMatch(/<w:footnote w:id="1">[\s\S]*<w:footnoteRef\/>/)
  })

  it('repeats header rows on every page and takes column widths from the source', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.parts['word/document.xml']!)![0]
    const rows = all(table, /(<w:tr>[\s\S]*?<\/w:tr>)/)
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false)
    // widths="3,2,1" over the 17 cm text width (each edge rounded to the twip)
    expect(all(table, /<w:gridCol w:w="(\d+)"\/>/)).toEqual(['4819', '3213', '1606'])
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/)
  })

  it('links cross-references to bookmarks and starts the annex on a new page', () => {
    const xml = doc.parts['word/document.xml']!
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="annex_plan"[^>]*>[\s\S]*?Annex<\/w:t>/)
    expect(xml).toMatch(/<w:bookmarkStart w:name="annex_plan" w:id="\d+"\/>/)
    const annex = paragraphs(xml).find((p) => p.style === 'AnnexNo')!
    expect(annex.text).toBe('ANNEX TO RESOLUTION 96 (Rev. Baku, 2025)')
    expect(annex.xml).toContain('<w:pageBreakBefore/>')
  })

  it('puts the publication footer on odd and even pages: text and page number at the outer edge', () => {
    expect(doc.parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/)
    const footers = Object.entries(doc.parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => paragraphs(xml)[0]!)
    // Odd pages: <tab>text<tab>{PAGE}; even pages: {PAGE}<tab>text.
    expect(footers.map((p) => [p.style, p.text])).toEqual(expect.arrayContaining([['FooterQP', '\tWTDC-25 – Resolution 96\t'], ['FooterQP', '\tWTDC-25 – Resolution 96']]))
    expect(footers).toHaveLength(2)
    for (const footer of footers) expect(footer.xml).toContain('PAGE')
  })

  it('sets A4 pages with 2 cm margins', () => {
    expect(doc.parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"')
  })
})

describe('DOCX: a contribution (ITU-D cover)', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await example('sg1/contribution-community-networks', 'en')
  })

  it('renders the cover as Word tables with ITU cover styles and the FOR ACTION mark', () => {
    const body = paragraphs(doc.parts['word/document.xml']!)
    const styled = (style: string) => body.filter((p) => p.style === style).map((p) => p.text)
    expect(styled('Docnumber')).toEqual(['SG1RGQ/123-E'])
    expect(styled('TSBHeaderRight14')).toEqual(['28 August 2026', 'Original: English'])
    expect(styled('Checkbox')).toEqual(['X', ''])
    expect(styled('Coverlabel')).toEqual(expect.arrayContaining(['FOR ACTION', 'FOR INFORMATION', 'QUESTION:', 'SOURCE:', 'TITLE:', 'Contact:']))
    expect(styled('TSBHeaderQuestion')).toEqual(['5/1'])
    expect(styled('TSBHeaderSource')).toEqual(['Ministry of Communications, Republic of Examplia'])
    expect(styled('TSBHeaderTitle')).toEqual(['Community networks in mountain regions'])
    expect(styled('Covertext')).toEqual(expect.arrayContaining(['Geneva, 19–23 October 2026', 'No']))
    expect(all(doc.parts['word/document.xml']!, /(<w:tbl>)/).length).toBeGreaterThanOrEqual(4)
  })

  it('has no running head on the first page, then "- n -" and the document number', () => {
    expect(doc.parts['word/document.xml']).toContain('<w:titlePg/>')
    const headers = Object.entries(doc.parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => paragraphs(xml))
    const running = headers.find((p) => p.length === 2)!
    expect(running.map((p) => p.style)).toEqual(['Header', 'Header'])
    expect(running[0]!.xml).toMatch(/- <\/w:t>[\s\S]*PAGE[\s\S]* -<\/w:t>/)
    expect(running[1]!.text).toBe('SG1RGQ/123-E')
    expect(headers.some((p) => p.length === 1 && p[0]!.text === '')).toBe(true)
  })

  it('keeps the body ragged right and ends with the short centred rule', () => {
    expect(doc.parts['word/styles.xml']).toMatch(/w:styleId="Normal"[\s\S]*?<w:jc w:val="start"\/>/)
    const body = paragraphs(doc.parts['word/document.xml']!)
    expect(body.at(-1)!.style).toBe('Centered')
    expect(body.at(-1)!.text).toMatch(/^_{20,}$/)
  })
})

describe('DOCX: a liaison statement (ITU-D)', () => {
  it('sets each field value in the style ITU gives it (LSForAction, LSApproval, LSDeadline …)', async () => {
    const doc = await example('sg1/ls-power-supply', 'en')
    const body = paragraphs(doc.parts['word/document.xml']!)
    const styled = (style: string) => body.filter((p) => p.style === style).map((p) => p.text)
    expect(styled('Coverbanner')).toEqual(['LIAISON STATEMENT'])
    expect(styled('LSForAction')).toEqual(['ITU-D Study Group 2'])
    expect(styled('LSForInfo')).toEqual(['ITU-T Study Group 5'])
    expect(styled('LSApproval')).toEqual(['Rapporteur group meeting'])
    expect(styled('LSDeadline')).toEqual(['15 March 2027'])
    expect(styled('TSBHeaderTitle')[0]).toMatch(/^Request for information/)
  })
})

describe('DOCX: tracked changes and comments (ITU-T contribution)', () => {
  it('writes CriticMarkup as w:ins / w:del stamped with the build clock, and comments as Word comments', async () => {
    const doc = await docxOf(source('sg12/contribution-t-qos.md'), { path: 'sources/sg12/contribution-t-qos.md', root: join(root, 'sources') })
    const xml = doc.parts['word/document.xml']!
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="itudoc [^"]+" w:date="2026-01-01T00:00:00Z"><w:r>/)
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="itudoc [^"]+" w:date="2026-01-01T00:00:00Z"><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText/)
    const ids = all(xml, /<w:(?:ins|del) w:id="(\d+)"/)
    expect(new Set(ids).size).toBe(ids.length)
    if (/\{>>/.test(source('sg12/contribution-t-qos.md'))) {
      expect(doc.parts['word/comments.xml']).toMatch(/<w:comment w:id="\d+" w:author="itudoc/)
      expect(xml).toMatch(/<w:commentReference w:id="\d+"\/>/)
    }
  })
})

describe('DOCX: a report with a table of contents', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await docxOf(source('reports/sg-report.md'), { path: 'sources/reports/sg-report.md', root: join(root, 'sources') })
  })

  it('fills in the TOC entries and their page numbers before any field update', () => {
    const xml = doc.parts['word/document.xml']!
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)![0]
    expect(toc).toContain('TOC \\h \\o')
    const entries = paragraphs(toc).filter((p) => /^TOC\d$/.test(p.style ?? ''))
    expect(entries.map((p) => p.text.replace(/\t\d+$/, ''))).toEqual([
      '1\tIntroduction', '2\tWhy resilience matters', '3\tCauses of disruption', '3.1\tNatural hazards', '3.2\tPower supply',
      '3.3\tDamage to cables and facilities', '4\tPolicy and regulatory approaches', '5\tConclusions', 'ANNEX – Comments received during the consultation',
    ])
    // Every entry ends with a PAGEREF whose result is already there, and nothing asks Word to update fields.
    const pages = entries.map((p) => /PAGEREF (\w+)<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/.exec(p.xml)?.[2])
    expect(pages.every((page) => page !== undefined && Number(page) >= 1)).toBe(true)
    expect(pages.map(Number)).toEqual([...pages.map(Number)].sort((a, b) => a - b))
    expect(toc).not.toContain('w:dirty')
    expect(doc.parts['word/settings.xml']).not.toContain('updateFields')
    expect(doc.pages).toBeGreaterThanOrEqual(Number(pages.at(-1)))
  })

  it('frames boxes, sets source lines and numbers paragraphs with a tab', () => {
    const body = paragraphs(doc.parts['word/document.xml']!)
    expect(body.find((p) => p.style === 'Boxtitle')!.text).toBe('Case study: Keeping a mobile network running after a tropical cyclone')
    expect(body.filter((p) => p.style === 'Source').map((p) => p.text)).toEqual([
      'Source: Illustrative example prepared by the ITU secretariat for this report',
      'Source: ITU secretariat, based on the replies to the consultation on this report',
    ])
    expect(body.some((p) => p.text.startsWith('1.1\tThe seventh World'))).toBe(true)
  })
})

describe('DOCX: a Recommendation (ITU-T)', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await example('recommendations/t-e-example', 'en')
  })

  it('numbers clauses as "n<tab>title" in heading styles, with run-in unnumbered headings', () => {
    const body = paragraphs(doc.parts['word/document.xml']!)
    expect(body.filter((p) => p.style === 'Heading1').slice(0, 5).map((p) => p.text)).toEqual(['1\tScope', '2\tReferences', '3\tDefinitions', '4\tAbbreviations and acronyms', '5\tConventions'])
    expect(body.filter((p) => p.style === 'Heading2')[0]!.text).toBe('3.1\tTerms defined elsewhere')
    expect(body.filter((p) => p.style === 'Headingb').map((p) => p.text)).toEqual(expect.arrayContaining(['Summary', 'Keywords']))
    expect(body.find((p) => p.style === 'RecNo')!.text).toBe('Recommendation ITU-T E.108.1')
  })

  it('embeds figures with their caption below, and sets notes and abbreviations in their styles', () => {
    const body = paragraphs(doc.parts['word/document.xml']!)
    const figure = body.findIndex((p) => p.style === 'Figure')
    expect(body[figure]!.xml).toContain('<pic:pic')
    expect(body[figure + 1]!.style).toBe('FigureNotitle')
    expect(body[figure + 1]!.text).toMatch(/^Figure 1 – /)
    expect(doc.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true)
    expect(body.filter((p) => p.style === 'Note').map((p) => p.text)[0]).toMatch(/^NOTE – /)
    expect(body.filter((p) => p.style === 'Abbreviation').map((p) => p.text.split('\t')[0])).toEqual(['API', 'ONF', 'QoS', 'SMS', 'URL'])
    expect(body.find((p) => p.style === 'AppendixNo')!.text).toBe('Appendix I')
  })
})

describe('DOCX: tables, lists in cells, landscape pages', () => {
  const markdown = `---
template: report
title: Tables
author: Test
date: 2026-01-01
---

# Wide table

Text before.

:::table[Wide]{header=1 #wide landscape=true widths="1,2"}
- - Head A
  - Head B
- - First paragraph.

    Second paragraph.
  - - one
    - two

:::

Text after.
`

  it('puts a landscape table in its own section, keeps the running heads there, and holds paragraphs and lists in cells', async () => {
    const doc = await docxOf(markdown)
    const xml = doc.parts['word/document.xml']!
    const sections = all(xml, /(<w:sectPr>[\s\S]*?<\/w:sectPr>)/)
    expect(sections).toHaveLength(3)
    expect(sections[1]).toContain('w:orient="landscape"')
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906"')
    // The running heads (the report numbers its pages in the footer) go on in every section.
    for (const section of sections) expect(section).toContain('<w:footerReference w:type="default"')
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0]
    expect(all(table, /<w:gridCol w:w="(\d+)"\/>/).map(Number).reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134)
    const cells = paragraphs(table)
    expect(cells.filter((p) => p.style === 'Tabletext').map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.'])
    expect(cells.filter((p) => p.style === 'Tablelist').map((p) => p.text)).toEqual(['–\tone', '–\ttwo'])
  })
})

describe('DOCX: Arabic (right to left)', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await example('wtdc-25/res-digital-inclusion', 'ar')
  })

  it('marks sections, paragraphs and tables right to left and Arabic runs w:rtl', () => {
    const xml = doc.parts['word/document.xml']!
    for (const section of all(xml, /(<w:sectPr>[\s\S]*?<\/w:sectPr>)/)) expect(section).toMatch(/<w:bidi\/><w:docGrid/)
    const body = paragraphs(xml)
    expect(body.every((p) => p.xml.includes('<w:bidi/>'))).toBe(true)
    expect(xml).toContain('<w:bidiVisual/>')
    expect(xml).toMatch(/<w:r><w:rPr>(?:<w:[^>]+>)*<w:rtl\/><\/w:rPr><w:t xml:space="preserve">القرار/)
    // Latin inside Arabic text stays a left-to-right run, in the Latin font.
    expect(xml).toMatch(/<w:r><w:t xml:space="preserve">ITU-D\)?\s*<\/w:t><\/w:r>/)
  })

  it('sets complex-script fonts and sizes as ITU does (Traditional Arabic, bCs/iCs/szCs)', () => {
    const styles = doc.parts['word/styles.xml']!
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Traditional Arabic"/)
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="ar-EG"/)
    expect(styles).toMatch(/w:styleId="Call"[\s\S]*?<w:i\/><w:iCs\/>/)
    expect(styles).toMatch(/w:styleId="Restitle"[\s\S]*?<w:b\/><w:bCs\/>[\s\S]*?<w:szCs w:val="35"\/>/)
  })
})

describe('DOCX: Chinese', () => {
  it('sets the East Asian font and language, and prints the Chinese labels', async () => {
    const doc = await example('wtdc-25/res-digital-inclusion', 'zh')
    expect(doc.parts['word/styles.xml']).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/)
    expect(doc.parts['word/styles.xml']).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/)
    const body = paragraphs(doc.parts['word/document.xml']!)
    expect(body.find((p) => p.style === 'ResNo')!.text).toMatch(/^第\s?96\s?号决议/)
    expect(body.filter((p) => p.style === 'Call').map((p) => p.text)[0]).toBe('考虑到')
  })
})

describe('DOCX: fonts', () => {
  it('names the fonts without embedding them, unless asked to embed', async () => {
    const named = await example('wtdc-25/res-digital-inclusion', 'ar')
    expect(named.files.some((f) => f.startsWith('word/fonts/'))).toBe(false)
    const embedded = await docxOf(source('wtdc-25/res-digital-inclusion/ar.md'), { lang: 'ar', shared: source('wtdc-25/res-digital-inclusion/document.yaml'), embedFonts: true })
    expect(embedded.files.filter((f) => f.startsWith('word/fonts/')).length).toBeGreaterThanOrEqual(4)
    expect(embedded.parts['word/fontTable.xml']).toMatch(/<w:font w:name="Noto Naskh Arabic">[\s\S]*<w:embedRegular/)
    expect(embedded.parts['word/styles.xml']).toMatch(/w:ascii="Tinos" w:cs="Noto Naskh Arabic"/)
  })
})
