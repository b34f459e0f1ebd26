// Arabic typography as ITU sets it (issue 8 item 7, look/e119-ar-*): body text at the 15 pt
// complex-script size with headings larger (18 pt), the NOTE label bold, an English
// reference entry inside Arabic text set left to right; the same in DOCX and HTML.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { faceInputs } from '../../src/build/fonts.js'
import type { LayoutDocument, TextItem } from '../../src/layout/frame.js'
import { layoutDocument } from '../../src/layout/index.js'
import type { ItuRoot } from '../../src/model/nodes.js'
import { docxOf, paragraphs } from '../docx/helpers.js'
import { htmlOf, resolveText } from '../helpers.js'
import { extractText } from './support.js'

const shared = 'template: recommendation\nsector: T\nnumber: E.108.1\napproval-date: 2026-06-12\nedition: "1.0"\nstudy-group: 2\n'
const source = `---
title: خدمة الإخطار بانقطاع الشبكات
---

:::summary
تصف هذه التوصية خدمة الإخطار.
:::

:::keywords
الاتصالات في حالات الطوارئ.
:::

# مجال التطبيق

تحدد هذه التوصية ما يلي:

:::note
تستخدم الكلمة "ضحايا" في هذه التوصية لتدل على الأشخاص المتضررين.
:::

# المراجع

تتضمن التوصيات التالية أحكاماً لهذه التوصية.

[ITU-T E.164]	Recommendation ITU-T E.164 (2010), *The international public telecommunication numbering plan*.

[ITU-T Y.2001]	التوصية ITU-T Y.2001 (2004)، نظرة عامة على شبكات الجيل التالي.
`

async function rootOf(markdown: string): Promise<ItuRoot> {
  const { doc, findings } = await resolveText(markdown, { lang: 'ar', shared })
  if (!doc) throw new Error(findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n'))
  return doc.root
}

const texts = (layout: LayoutDocument): TextItem[] => layout.pages.flatMap((page) => page.items.filter((item): item is TextItem => item.kind === 'text'))
/** The text items whose characters (shaped runs are stored in visual order) hold `word` or its reverse. */
const itemsOf = (layout: LayoutDocument, word: string): TextItem[] =>
  texts(layout).filter((item) => item.text.includes(word) || item.text.includes([...word].reverse().join('')))

describe('Arabic typography in the PDF', () => {
  let layout: LayoutDocument

  beforeAll(async () => {
    layout = layoutDocument({ root: await rootOf(source), faces: faceInputs(), asset: () => undefined })
  })

  it('sets headings larger than the body (18 pt over 15 pt, in Naskh\'s proportion)', () => {
    // The last: the contents list the heading first, in the body's size.
    const heading = itemsOf(layout, 'التطبيق').at(-1)!
    const body = itemsOf(layout, 'تحدد').at(-1)!
    expect(body.size).toBeCloseTo(13.2, 1)
    expect(heading.size / body.size).toBeCloseTo(18 / 15, 2)
  })

  it('sets the NOTE label bold and its text regular', () => {
    // The last: the Foreword's own NOTE heading comes first.
    const label = itemsOf(layout, 'ملاحظة').at(-1)!
    expect(label.face).toMatch(/-700/)
    expect(itemsOf(layout, 'المتضررين')[0]!.face).not.toMatch(/-700/)
  })

  it('sets an English reference entry left to right: its tag at the left margin', () => {
    const left = Math.min(...texts(layout).map((item) => item.x))
    const english = itemsOf(layout, '[ITU-T E.164]')[0]!
    expect(english.x).toBeCloseTo(left, 0)
    // The Arabic entry stays right to left: its tag is at the right end of the line.
    const arabicEntry = texts(layout).filter((item) => item.text.includes('Y.2001'))
    expect(Math.max(...arabicEntry.map((item) => item.x + item.width))).toBeGreaterThan(500)
  })

  it('reads back in order with pdftotext -layout: the English entry begins with its tag', async () => {
    const { renderPdf } = await import('../../src/render/pdf/index.js')
    const faces = faceInputs()
    const file = join(mkdtempSync(join(tmpdir(), 'itudoc-ar-typo-')), 'ar.pdf')
    writeFileSync(file, await renderPdf(layout, { faces, image: () => undefined, clock: new Date(0), generator: 'test' }))
    const line = extractText(file, true).split('\n').find((l) => l.includes('E.164'))!
    // The tag stands in its column, then the text; poppler may set the tag's closing bracket,
    // beside its digits, on the wrong side of them (docs/pdf.md): the words are compared.
    const plain = line.replace(/[\u202a-\u202e]/g, '').trim()
    expect(plain.replace(/[[\]]/g, '')).toMatch(/^ITU-T E\.164\s+Recommendation ITU-T E\.164 \(2010\), The international public/)
    expect(plain.slice(0, plain.indexOf('Recommendation')).match(/[[\]]/g)?.sort()).toEqual(['[', ']'])
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoNaskhArabic-Bold/)
  })
})

describe('Arabic typography in HTML and DOCX', () => {
  it('HTML: the NOTE label is bold', async () => {
    const { html } = await htmlOf(source, { lang: 'ar', shared })
    expect(html).toMatch(/<span class="note-label"><strong>ملاحظة -<\/strong><\/span>/)
  })

  it('DOCX: headings set Arabic at 18 pt over the 15 pt body, and the NOTE label is bold', async () => {
    const { parts } = await docxOf(source, { lang: 'ar', shared })
    const styles = parts['word/styles.xml']!
    const style = (id: string): string => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0]
    expect(style('Heading1')).toContain('<w:szCs w:val="36"/>')
    expect(style('Normal')).toContain('<w:szCs w:val="30"/>')
    const note = paragraphs(parts['word/document.xml']!).findLast((p) => p.text.includes('ملاحظة'))!
    const labelRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*?ملاحظة[\s\S]*?<\/w:r>/.exec(note.xml)![0]
    expect(labelRun).toMatch(/<w:bCs\/>|<w:b\/>/)
    const textRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*?المتضررين[\s\S]*?<\/w:r>/.exec(note.xml)![0]
    expect(textRun).not.toMatch(/<w:b\/>/)
  })
})
