// Word files from other writers (made by test/import/foreign.ts): they import into sources
// whose HTML has the right calls, lettering, numbering and cover fields.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveSources, type SourceEnv } from '../../src/build/sources.js'
import type { ResolvedDocument } from '../../src/resolve/index.js'
import { resolution, resolveText, tree } from '../helpers.js'
import { handTypedContribution, hasPandoc, hasSoffice, libreOfficeResave, pandocResolution, picture, typedContribution, withoutCustomProperties } from './foreign.js'
import { difference, docxBytes, htmlText, importFile, labelSequence, similarity, sourceEnv, type Imported } from './helpers.js'

const required = process.env.ITUDOC_FULL_TESTS === '1'
const sources = join(import.meta.dirname, '..', '..', 'sources')

let env: SourceEnv
beforeAll(async () => {
  env = await sourceEnv(sources)
})

/** Import a file and check it resolved without errors. */
async function imported(path: string): Promise<Imported & { doc: ResolvedDocument }> {
  const result = await importFile(path, join(path, '..'), env)
  expect('word' in result, JSON.stringify(result.findings)).toBe(true)
  const { word, findings } = result as Imported
  const errors = word.variant.files.flatMap((f) => f.messages).filter((m) => m.fatal)
  expect(errors.map((m) => `${m.line}: ${m.reason}`), word.imported.markdown).toEqual([])
  expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  return { ...(result as Imported), doc: word.variant.resolved! }
}

describe.skipIf(!hasPandoc && !required)('pandoc\'s DOCX of a resolution typed in Markdown', () => {
  it('imports as the resolution, with its calls, lettered and numbered items, footnote and annex', async () => {
    const { imported: source, doc } = await imported(pandocResolution(tree({})))
    expect(source.template).toBe('resolution')
    expect({ ...source.metadata, number: String(source.metadata.number) }).toMatchObject({
      number: '37', revised: true, place: 'Baku', year: 2025, title: 'Bridging the digital divide', convening: 'The World Telecommunication Development Conference (Baku, 2025),',
    })
    expect(labelSequence(doc.root)).toEqual([
      'call considering', 'a)', 'fn 1', 'b)', 'call recognizing', 'a)', 'i)', 'ii)', 'b)', 'call resolves', '1', '2', 'call invites', '1', 'ANNEX TO RESOLUTION 37 (Rev. Baku, 2025)',
    ])
    // The same text as the resolution written as an itudoc source.
    const written = await resolveText(resolution(`:::considering
1. that access to broadband remains uneven between and within countries;[^1]
2. that affordable devices are a condition of meaningful use,
:::

:::recognizing
1. that the barriers are interrelated, in particular:
   1. the cost of data relative to income;
   2. limited digital skills;
2. that national strategies work best with local partners,
:::

:::resolves
1. to make digital inclusion a priority of the Sector’s programmes;
2. to carry out the activities in the Annex to this resolution,
:::

:::invites[Member States]
1. to share their experience with the study groups.
:::

::::annex[Indicative activities]
The Bureau will report on these activities every year.
::::

[^1]: Measured by the share of households with a fixed or mobile broadband subscription.`), { root: sources })
    const expected = await htmlText(written.doc!)
    const actual = await htmlText(doc)
    expect(similarity(expected, actual), JSON.stringify(difference(expected, actual))).toBeGreaterThanOrEqual(0.99)
  })
})

describe('a contribution typed in Word (docx library): cover table, typed labels, no ITU styles', () => {
  it('imports its cover fields and gives its clauses, items, notes, captions and annex their structure', async () => {
    const { imported: source, doc } = await imported(await handTypedContribution(tree({}), picture()))
    const c = typedContribution
    expect(source.template).toBe('contribution')
    expect(source.metadata).toMatchObject({
      'study-group': 2, document: c.document, date: c.date, meeting: c.meeting, for: 'action', questions: c.questions, source: c.source, title: c.title,
      'original-language': 'en', 'action-required': 'The meeting is invited to consider the proposal in section 2.', contacts: [c.contact],
    })
    expect(labelSequence(doc.root)).toEqual(['§1', 'fn 1', '§2', '1)', '2)', 'a)', 'b)', '3)', '§2.1', 'Table 1', 'NOTE –', 'Figure 1', 'Annex', '1)', '2)'])
    const html = await htmlText(doc)
    expect(html).toContain('Experience with cell broadcast warnings in two remote valleys')
    // The revision marks, the comment and the link are kept.
    expect(source.markdown).toContain('{~~soon~>within a week~~}')
    expect(source.markdown).toContain('{>>C. Reviewer: Check the figure against the survey.<<}')
    expect(source.markdown).toContain('[ITU-D emergency telecommunications](https://www.itu.int/en/ITU-D/Emergency-Telecommunications)')
    expect(source.markdown).toContain('![Map of the two valleys](contribution-typed-figure-1.png)')
    // The header row typed in bold is the table's header.
    const table = doc.root.children.find((b) => b.type === 'table')
    expect(table && table.type === 'table' ? table.headerRows : 0).toBe(1)
  })
})

describe.skipIf(!hasSoffice && !required)('LibreOffice\'s re-save of itudoc DOCX files (without itudoc\'s stored metadata)', () => {
  for (const path of ['sg1/contribution-community-networks', 'wtdc-25/res-digital-inclusion', 'recommendations/t-e-example', 'sg12/ls-t-reply.md']) {
    it(path, async () => {
      const set = await resolveSources({ paths: [join(sources, path)], root: sources, langs: ['en'] })
      const doc = set.variants[0]!.resolved!
      const data = withoutCustomProperties(await docxBytes(doc, sources))
      const saved = libreOfficeResave(data, tree({}), path.replace(/\W+/g, '-'))
      const { imported: source, doc: back } = await imported(saved)
      expect(source.template).toBe(doc.template.id)
      const expected = await htmlText(doc)
      const actual = await htmlText(back)
      expect(similarity(expected, actual), JSON.stringify(difference(expected, actual))).toBeGreaterThanOrEqual(0.99)
      expect(labelSequence(back.root)).toEqual(labelSequence(doc.root))
      for (const [key, value] of Object.entries(source.metadata)) {
        if (key === 'template' || key === 'lang') continue
        const original = doc.metadata.meta[key]
        if (typeof value === 'string' && /^\d{4}-\d{2}-01$/.test(value) && typeof original === 'string') expect(value.slice(0, 7), key).toBe(original.slice(0, 7))
        else if (value && typeof value === 'object' && !Array.isArray(value)) expect(value, key).toEqual(Object.fromEntries(Object.keys(value).map((k) => [k, (original as Record<string, unknown>)[k]])))
        else expect(String(value), key).toBe(String(original))
      }
    }, 300_000)
  }
})
