// A published Recommendation in DOCX: the cover page, the front matter in a section numbered
// i, ii … (lowerRoman from 1), the body in a section numbered 1, 2 … (decimal from 1), and
// abbreviations on real tab stops.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { all, docxOfSource, paragraphs, type Rendered } from './helpers.js'

const root = join(import.meta.dirname, '..', '..', 'sources')

describe('published ITU-T Recommendation (t-e-example)', () => {
  let doc: Rendered
  beforeAll(async () => {
    doc = await docxOfSource(join(root, 'recommendations/t-e-example'), root, 'en')
  })

  it('numbers the front matter i, ii … and the body from 1, each in a section of its own', () => {
    const xml = doc.parts['word/document.xml']!
    const numbering = all(xml, /(<w:pgNumType[^>]*\/>)/)
    const roman = numbering.findIndex((n) => /w:fmt="lowerRoman"/.test(n) && /w:start="1"/.test(n))
    const decimal = numbering.findIndex((n) => /w:fmt="decimal"/.test(n) && /w:start="1"/.test(n))
    expect(roman).toBeGreaterThanOrEqual(0)
    expect(decimal).toBeGreaterThan(roman)
  })

  it('prints the title block without a date line and the Foreword in the front matter', () => {
    const texts = paragraphs(doc.parts['word/document.xml']!).map((p) => p.text)
    const foreword = texts.indexOf('FOREWORD')
    expect(foreword).toBeGreaterThan(0)
    const title = texts.findIndex((t) => t.startsWith('Recommendation ITU-T'))
    expect(texts[title + 2]).not.toMatch(/^\(\d\d\/\d{4}\)$/)
  })

  it('sets abbreviations on a tab stop at 2.1 cm or further', () => {
    const api = paragraphs(doc.parts['word/document.xml']!).find((p) => p.text.startsWith('API\t'))
    expect(api?.text).toBe('API\tApplication Programming Interface')
    const stops = all(api!.xml, /<w:tab w:val="left" w:pos="(\d+)"/).map(Number)
    expect(stops.length).toBeGreaterThan(0)
    expect(stops[0]).toBeGreaterThanOrEqual(1191)
  })
})
