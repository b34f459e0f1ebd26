// Arabic list labels (issue 8 item 7): a label of digits or Latin letters ("1)", "i)") prints
// its bracket after it, left to right, in PDF, DOCX and HTML (left to the bidi algorithm, the
// bracket takes the right-to-left paragraph's direction and shows mirrored before it: "(1").
// An Arabic letter's label ("أ)") stays right-to-left text, its bracket mirrored after the
// letter in reading order, and reads back "أ)" from the PDF's text layer.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { faceInputs } from '../../src/build/fonts.js'
import type { LayoutDocument, TextItem } from '../../src/layout/frame.js'
import { layoutDocument } from '../../src/layout/index.js'
import type { ItuRoot } from '../../src/model/nodes.js'
import { docxOf, paragraphs } from '../docx/helpers.js'
import { htmlOf, resolveText } from '../helpers.js'
import { extractText, paintDocument } from './support.js'

const shared = 'template: recommendation\nsector: T\nnumber: E.108.1\napproval-date: 2026-06-12\nedition: "1.0"\nstudy-group: 2\n'
const source = `---
title: متطلبات خدمة الإخطار
---

# المتطلبات

تحدد هذه التوصية ما يلي:

1) المتطلبات العامة للخدمة؛
2) المتطلبات الخاصة بالشبكات:
   1. شبكات النفاذ؛
   2. الشبكات الأساسية.
`

async function rootOf(): Promise<ItuRoot> {
  const { doc, findings } = await resolveText(source, { lang: 'ar', shared })
  if (!doc) throw new Error(findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n'))
  return doc.root
}

const texts = (layout: LayoutDocument): TextItem[] => layout.pages.flatMap((page) => page.items.filter((item): item is TextItem => item.kind === 'text'))

describe('Arabic list labels in the PDF', () => {
  let root: ItuRoot
  let layout: LayoutDocument

  beforeAll(async () => {
    root = await rootOf()
    layout = layoutDocument({ root, faces: faceInputs(), asset: () => undefined })
  })

  it('draws "1)" left to right, the bracket after the digit and not mirrored, at the right margin', () => {
    const label = texts(layout).find((t) => t.text === '1)')!
    expect(label).toBeDefined()
    expect(label.mirrored).toBeUndefined()
    const line = texts(layout).filter((t) => Math.abs(t.y - label.y) < 0.5)
    // The label starts the right-to-left line: nothing of its line stands to its right.
    expect(Math.max(...line.map((t) => t.x + t.width))).toBeCloseTo(label.x + label.width, 1)
  })

  it('draws an Arabic letter\'s label "أ)" as right-to-left text, its bracket mirrored', () => {
    const label = texts(layout).find((t) => t.text.includes('أ') && t.width < 20)!
    expect(label.mirrored).toBe(true)
  })

  it('keeps the labels\' logical text: "1)" in the tags, "أ)" in order from pdftotext', async () => {
    const labels = layout.structure.filter((node) => node.role === 'Lbl').map((node) => node.actualText)
    expect(labels).toEqual(expect.arrayContaining(['1)', '2)', 'أ)', 'ب)']))
    const file = await paintDocument(root, mkdtempSync(join(tmpdir(), 'itudoc-ar-labels-')), 'labels')
    const text = extractText(file).replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    expect(text).toMatch(/أ\)\s+شبكات النفاذ/)
    // poppler's own bidi puts a bracket beside digits on either side of them (docs/pdf.md).
    expect(text).toMatch(/^(?:1\)|\)1)$/m)
  })
})

describe('Arabic list labels in DOCX and HTML', () => {
  it('DOCX: "1)" is embedded left to right (LRE … PDF) in a run not marked right to left; "أ)" is a right-to-left run', async () => {
    const { parts } = await docxOf(source, { lang: 'ar', shared })
    const items = paragraphs(parts['word/document.xml']!).filter((p) => /المتطلبات العامة|شبكات النفاذ/.test(p.text))
    expect(items).toHaveLength(2)
    expect(items[0]!.text.startsWith('\u202a1)\u202c\t'), items[0]!.text).toBe(true)
    expect(/<w:r>(?:(?!<\/w:r>)[\s\S])*?\u202a[\s\S]*?<\/w:r>/.exec(items[0]!.xml)![0]).not.toMatch(/<w:rtl\/>/)
    expect(items[1]!.text.startsWith('أ)\t'), items[1]!.text).toBe(true)
    expect(/<w:r>(?:(?!<\/w:r>)[\s\S])*?أ\)[\s\S]*?<\/w:r>/.exec(items[1]!.xml)![0]).toMatch(/<w:rtl\/>/)
  })

  it('HTML: "1)" is set left to right (dir="ltr"), "أ)" in the page\'s direction', async () => {
    const { html } = await htmlOf(source, { lang: 'ar', shared })
    expect(html).toContain('<span class="label" dir="ltr">1)</span>')
    expect(html).toContain('<span class="label">أ)</span>')
  })
})
