// Smaller layout points checked beside real ITU pages (issue 8 item 17; reference/look):
// each decided once in the templates or the resolved tree, and checked in PDF, DOCX and HTML.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docxOf, docxOfSource } from '../docx/helpers.js'
import { htmlOf, resolveText, wtdcResolution } from '../helpers.js'
import { layoutSource, texts } from '../unit/layout/support.js'

const sources = join(import.meta.dirname, '..', '..', 'sources')
const a4Height = 841.89

/** The lines of a page's running heads and feet (untagged), with where they stand. */
const furniture = (page: { items: unknown[] }) => texts(page as never).filter((t) => t.tag === undefined)

describe('opinion footer', () => {
  it('names the forum and the Opinion, as a published resolution names the assembly and the resolution ("WTSA-16 – Resolution 1")', async () => {
    const layout = await layoutSource(join(sources, 'wtpf-26', 'opinion-resilience'), sources)
    const foot = furniture(layout.pages[0]!).map((t) => t.text).join(' ')
    expect(foot).toContain('WTPF-26 – Draft Opinion 3')
    const { parts } = await docxOfSource(join(sources, 'wtpf-26', 'opinion-resilience'), sources, 'en')
    const footers = Object.entries(parts).filter(([name]) => /word\/footer\d*\.xml/.test(name)).map(([, xml]) => xml).join('')
    expect(footers).toContain('WTPF-26 – Draft Opinion 3')
  })

  it('drops "Draft" once the Opinion is adopted, in the locale\'s words', async () => {
    const { doc } = await resolveText(`---
template: opinion
forum: WTPF-26
number: 2
draft: false
title: Un titre
convening: Le septième Forum mondial des politiques de télécommunication/TIC (Nassau, 2026),
---

:::invites[les États Membres]
1. à agir.
:::
`, { lang: 'fr' })
    const footer = doc!.root.page.footer.map((n) => ('value' in n ? n.value : '')).join('')
    expect(footer).toBe('WTPF-26 – Avis 2')
  })
})

describe('liaison statement cover (ITU-T)', () => {
  it('keeps "Working Party:" on one line, at 7.1 cm as the template sets "Meeting:"', async () => {
    const layout = await layoutSource(join(sources, 'sg12', 'ls-t-reply.md'), sources)
    const lines = texts(layout.pages[0]!)
    expect(lines.map((t) => t.text.trim())).toContain('Working Party:')
    const meeting = lines.find((t) => t.text.trim() === 'Meeting:')!
    // 2 cm margin + 7.1 cm, in points, plus the cell padding.
    expect((meeting.x - 56.7) / 28.35).toBeCloseTo(7.1 + 3 / 28.35, 1)
  })
})

describe('report page numbers', () => {
  it('stand in the footer, as in ITU reports, with the document number at the head of the page', async () => {
    const layout = await layoutSource(join(sources, 'reports', 'sg-report.md'), sources)
    const page = layout.pages[1]!
    const heads = furniture(page)
    const number = heads.find((t) => t.text.trim() === '2')!
    expect(number.y).toBeGreaterThan(a4Height / 2)
    expect(heads.some((t) => /Page/.test(t.text))).toBe(false)
    expect(heads.find((t) => t.text.includes('WTPF-26/2-E'))!.y).toBeLessThan(a4Height / 2)
    const { parts } = await docxOfSource(join(sources, 'reports', 'sg-report.md'), sources)
    const part = (kind: string) => Object.entries(parts).filter(([name]) => new RegExp(`word/${kind}\\d*\\.xml`).test(name)).map(([, xml]) => xml).join('')
    expect(part('footer')).toMatch(/PAGE/)
    expect(part('header')).not.toMatch(/PAGE/)
  })
})

describe('letters of call items', () => {
  it('are italic in preambular calls and upright elsewhere: numbers, sub-items (RES1 p. 4–5), in HTML and DOCX alike', async () => {
    const { html } = await htmlOf(wtdcResolution)
    expect(html).toMatch(/<span class="label italic">a\)<\/span>/)
    expect(html).not.toMatch(/<span class="label italic">1<\/span>/)
    expect(html).toMatch(/li > \.label\.italic \{ font-style: italic; \}/)
    const xml = (await docxOf(wtdcResolution.replace(/:::figure[\s\S]*?:::\n/, ''))).parts['word/document.xml']!
    expect(xml).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">a\)<\/w:t>/)
    expect(xml).toMatch(/<w:r><w:t xml:space="preserve">1<\/w:t>/)
  })
})

/** The bold "Abstract:" label on a document's first page and the text beside it on the same line. */
async function abstractRow(path: string) {
  const lines = texts((await layoutSource(path, sources)).pages[0]!)
  const label = lines.find((t) => t.text.trim() === 'Abstract:')!
  expect(label.face).toMatch(/-700/)
  const text = lines.find((t) => Math.abs(t.y - label.y) < 0.1 && t.x > label.x + 20)!
  expect(text).toBeDefined()
  return { lines, label, text }
}

describe('abstract of a contribution or liaison statement', () => {
  const path = join(sources, 'sg12', 'contribution-t-qos.md')

  it('is a labelled row as on the cover (CT): "Abstract:" at the margin, its text from 2.5 cm on the same line', async () => {
    const { lines, label, text } = await abstractRow(path)
    expect(text.text.startsWith('This contribution proposes')).toBe(true)
    expect((text.x - label.x) / 28.35).toBeCloseTo(2.5, 1)
    expect(lines.some((t) => t.text.trim() === 'Abstract')).toBe(false)
  })

  it('is the same row in DOCX (hanging indent, bold label, tab) and in HTML (a labelled section)', async () => {
    const xml = (await docxOfSource(path, sources)).parts['word/document.xml']!
    expect(xml).toMatch(/<w:ind w:left="1418" w:hanging="1418"\/>[\s\S]{0,200}<w:b\/>[\s\S]{0,80}Abstract:<\/w:t><\/w:r><w:r><w:tab\/>/)
    const { html } = await htmlOf(readFileSync(path, 'utf8'))
    expect(html).toMatch(/<section class="section section-abstract labelled"><h2 class="headingb">Abstract:<\/h2>/)
  })
})

describe('abstract of an ITU-D contribution', () => {
  const path = join(sources, 'sg1', 'contribution-community-networks')

  it('is a labelled row as in the Annex 2 template of ITU-D Resolution 1: its text in the value column at 4.5 cm', async () => {
    const { label, text } = await abstractRow(path)
    expect((text.x - label.x) / 28.35).toBeCloseTo(4.5, 1)
    const xml = (await docxOfSource(path, sources, 'en')).parts['word/document.xml']!
    expect(xml).toMatch(/<w:ind w:left="2552" w:hanging="2552"\/>[\s\S]{0,200}<w:b\/>[\s\S]{0,80}Abstract:<\/w:t><\/w:r><w:r><w:tab\/>/)
  })
})

describe('header block of meeting documents', () => {
  // Each left-hand line shares a row with a right-hand one, so the columns stand level (CT):
  // the Union beside the number, the Sector beside the study group, the study period beside "Original".
  const level = async (path: string, pairs: Array<[string, string]>) => {
    const lines = texts((await layoutSource(path, sources)).pages[0]!)
    const top = (text: string) => {
      const line = lines.find((t) => t.text.trim() === text)
      expect(line, text).toBeDefined()
      return line!.y - line!.size * 0.8
    }
    for (const [left, right] of pairs) expect(Math.abs(top(left) - top(right)), `${left} | ${right}`).toBeLessThan(3)
  }

  it('ITU-T contribution: SG12-C… | STUDY GROUP 12 | Original beside the Union, Sector and study period lines', async () => {
    await level(join(sources, 'sg12', 'contribution-t-qos.md'), [
      ['INTERNATIONAL TELECOMMUNICATION UNION', 'SG12-C45'],
      ['TELECOMMUNICATION', 'STUDY GROUP 12'],
      ['STUDY PERIOD 2025-2028', 'Original: English'],
    ])
  })

  it('ITU-D contribution and ITU-T liaison statement: the same pairing', async () => {
    await level(join(sources, 'sg1', 'contribution-community-networks'), [['TELECOMMUNICATION', '28 August 2026'], ['STUDY GROUP 1', 'Original: English']])
    await level(join(sources, 'sg12', 'ls-t-reply.md'), [['TELECOMMUNICATION', 'STUDY GROUP 12']])
  })

  it('is the same rows in DOCX and HTML: one left and one right line a row', async () => {
    const xml = (await docxOfSource(join(sources, 'sg12', 'contribution-t-qos.md'), sources)).parts['word/document.xml']!
    const header = xml.slice(0, xml.indexOf('</w:tbl>'))
    const rows = header.split('<w:tr>').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[1]).toMatch(/TSBHeaderSector[\s\S]*STUDY GROUP 12/)
    expect(rows[2]).toMatch(/STUDY PERIOD[\s\S]*Original/)
    const { html } = await htmlOf(readFileSync(join(sources, 'sg12', 'contribution-t-qos.md'), 'utf8'))
    expect(html).toMatch(/<td class="headerSector"><span class="line">TELECOMMUNICATION STANDARDIZATION SECTOR<\/span><\/td><td class="headerRight"><span class="line">STUDY GROUP 12<\/span>/)
  })
})
