// Focused tests of the Word features the importer maps, each on a small file written with the
// `docx` library (test/import/foreign.ts helpers): tracked changes with author and date,
// comments, hyperlinks, bookmarks and cross-references, merged cells, lists in cells, images
// with and without alt text, right-to-left Arabic and Chinese text.
import { join } from 'node:path'
import {
  Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, HeadingLevel, InsertedTextRun,
  InternalHyperlink, Packer, Paragraph, TextRun, type FileChild, type ICommentOptions,
} from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourceEnv } from '../../src/build/sources.js'
import { bold, cell, figure, picture, plain, row, table, typed, typedCover } from './foreign.js'
import { htmlText, importBytes, labelSequence, sourceEnv, type Imported } from './helpers.js'

const sources = join(import.meta.dirname, '..', '..', 'sources')
let env: SourceEnv
beforeAll(async () => {
  env = await sourceEnv(sources)
})

async function importBody(children: FileChild[], options: { template?: string; lang?: string; comments?: ICommentOptions[] } = {}): Promise<Imported> {
  const { comments, ...rest } = options
  // A contribution gets the cover table a delegate types, so the source it makes resolves.
  const body = options.template ? children : [...typedCover(), ...children]
  const data = await Packer.toBuffer(new Document({ creator: 'B. Delegate', ...(comments ? { comments: { children: comments } } : {}), sections: [{ children: body }] }))
  const result = importBytes(new Uint8Array(data), join(sources, 'feature-test.docx'), sources, env, { template: 'contribution', ...rest })
  if (!options.template) expect(result.word.variant.resolved, debug(result)).toBeDefined()
  return result
}

const debug = (r: Imported): string => `${r.imported.markdown}\n${r.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`).join("\n")}`
/** The first words of the paragraphs where the import reported a rule. */
const reportedAt = (result: Imported, rule: string): string[] => result.imported.findings.filter((f) => f.rule.id === rule).map((f) => result.imported.excerpt(f.at))

describe('tracked changes and comments → CriticMarkup', () => {
  it('keeps insertions and deletions with their author and date, and a substitution once', async () => {
    const { imported, word } = await importBody([
      new Paragraph({ children: [
        new TextRun('Coverage reached '),
        new InsertedTextRun({ id: 1, author: 'A. Author', date: '2026-03-01T10:00:00Z', text: 'ninety' }),
        new TextRun(' per cent '),
        new DeletedTextRun({ id: 2, author: 'C. Reviewer', date: '2026-03-02T11:00:00Z', text: 'in the valleys' }),
        new TextRun(' within '),
        new DeletedTextRun({ id: 3, author: 'A. Author', date: '2026-03-01T10:00:00Z', text: 'a month' }),
        new InsertedTextRun({ id: 4, author: 'A. Author', date: '2026-03-01T10:00:00Z', text: 'a week' }),
        new TextRun('.'),
      ] }),
    ])
    expect(imported.markdown).toContain('Coverage reached {++ninety++}{>>A. Author, 2026-03-01<<} per cent {--in the valleys--}{>>C. Reviewer, 2026-03-02<<} within {~~a month~>a week~~}{>>A. Author, 2026-03-01<<}.')
    // The resolved source keeps them as revisions: the HTML shows the final and deleted text and the stamps.
    const html = await htmlText(word.variant.resolved!)
    expect(html).toMatch(/Coverage reached\s*ninety\s*A\. Author, 2026-03-01\s*per cent\s*in the valleys\s*C\. Reviewer, 2026-03-02/)
  })

  it('anchors a comment with its author where Word shows it', async () => {
    const { imported } = await importBody([
      new Paragraph({ children: [new CommentRangeStart(0), new TextRun('The survey covered both valleys.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
    ], { comments: [{ id: 0, author: 'C. Reviewer', date: new Date('2026-03-02T11:00:00Z'), children: [new Paragraph('Which survey?')] }] })
    expect(imported.markdown).toContain('The survey covered both valleys.{>>C. Reviewer: Which survey?<<}')
  })
})

describe('links, bookmarks and cross-references', () => {
  it('writes external links as Markdown links and internal links to a bookmarked heading as :ref', async () => {
    const { imported, word } = await importBody([
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1\t'), new Bookmark({ id: 'scope', children: [new TextRun('Scope')] })] }),
      new Paragraph({ children: [
        new TextRun('See '),
        new InternalHyperlink({ anchor: 'scope', children: [new TextRun('clause 1')] }),
        new TextRun(' and the '),
        new ExternalHyperlink({ link: 'https://www.itu.int/itu-d/', children: [new TextRun('ITU-D site')] }),
        new TextRun('.'),
      ] }),
    ])
    expect(imported.markdown).toMatch(/^# Scope \{#([\w-]+)\}$/m)
    const id = /^# Scope \{#([\w-]+)\}$/m.exec(imported.markdown)![1]
    expect(imported.markdown).toContain(`See :ref{#${id}} and the [ITU-D site](https://www.itu.int/itu-d/).`)
    // The reference is resolved again: the HTML names the clause by its number.
    const html = await htmlText(word.variant.resolved!)
    expect(html).toMatch(/1 Scope See § 1 and the ITU-D site\s*\./)
  })
})

describe('tables', () => {
  it('splits merged cells, keeps their text in the first cell, and warns at the table', async () => {
    const { imported, word } = await importBody([
      plain('Table 1 – Sites'),
      table([
        row(cell([plain('Site')]), cell([plain('Households')]), cell([plain('Year')])),
        row(cell([plain('North and south valleys')], 2), cell([plain('2026')])),
        row(cell([plain('East')]), cell([plain('120')]), cell([plain('2027')])),
      ]),
    ])
    expect(reportedAt({ imported, word } as Imported, 'import/merged-cells')).toEqual(['Site'])
    expect(imported.markdown).toContain('| North and south valleys |   | 2026 |')
    const labels = labelSequence(word.variant.resolved!.root)
    expect(labels.slice(labels.indexOf('Table 1'))).toEqual(['Table 1'])
  })

  it('keeps a list typed in a cell as a list in that cell', async () => {
    const { imported, word } = await importBody([
      plain('Table 1 – Steps'),
      table([
        row(cell([plain('Step')]), cell([plain('Actions')])),
        row(cell([plain('Survey')]), cell([plain('Two tasks:'), typed('a)', 'count households;'), typed('b)', 'test the warning.')])),
      ]),
    ])
    // A cell with more than one paragraph makes a list-table; the typed labels became a list.
    expect(imported.markdown).toContain('  - Two tasks:\n\n    1. count households;\n    2. test the warning.')
    const resolved = word.variant.resolved!
    const labels = labelSequence(resolved.root)
    expect(labels.slice(labels.indexOf('Table 1'))).toEqual(['Table 1', '1)', '2)'])
    expect(await htmlText(resolved)).toMatch(/Two tasks:\s*1\)\s*count households;\s*2\)\s*test the warning\./)
  })
})

describe('a published Recommendation\'s back page', () => {
  const recommendation = (...end: FileChild[]): FileChild[] => [
    bold('Recommendation ITU-T X.999'),
    bold('Early warning by cell broadcast'),
    typed('1', new TextRun({ text: 'Scope', bold: true })),
    plain('This Recommendation covers warnings to mobile handsets.'),
    ...end,
  ]
  // The letters of ITU-T's series, as the back page of every published Recommendation lists them.
  const letters = [...'ADEFGHIJKLMNOPQRSTUVXYZ']
  const seriesList = (title: string, name: (letter: string) => string, which = letters) => table([
    row(cell([bold(title)], 2)),
    ...which.map((letter) => row(cell([plain(name(letter))]), cell([plain(`The subjects of series ${letter}`)]))),
  ])
  const backPage = (imported: Imported['imported']): string[] => imported.findings.filter((f) => f.rule.id === 'import/back-matter').map((f) => imported.excerpt(f.at))

  it('leaves out the list of the series, in any language, with what follows it, and says so at the list', async () => {
    const lists: Array<[string, (letter: string) => string]> = [
      ['SERIES OF ITU-T RECOMMENDATIONS', (letter) => `Series ${letter}`],
      ['SÉRIES DES RECOMMANDATIONS UIT-T', (letter) => `Série ${letter}`],
      ['СЕРИИ РЕКОМЕНДАЦИЙ МСЭ-Т', (letter) => `Серия ${letter}`],
      ['ITU-T 系列建议书', (letter) => `${letter}系列`],
    ]
    for (const [title, name] of lists) {
      const { imported } = await importBody(recommendation(plain(''), seriesList(title, name), plain('Printed in Switzerland')), { template: 'recommendation' })
      expect(backPage(imported), title).toEqual([title])
      expect(imported.markdown).toContain('This Recommendation covers warnings to mobile handsets.')
      expect(imported.markdown).not.toContain(name('Z'))
      expect(imported.markdown).not.toContain('subjects of series')
      expect(imported.markdown).not.toContain('Printed in Switzerland')
    }
  })

  it('keeps a table of the Recommendation\'s own at its end, lettered or not', async () => {
    const own: Array<[string, FileChild[]]> = [
      ['two classes', [table([row(cell([plain('Class A')]), cell([plain('Warnings within a minute')])), row(cell([plain('Class B')]), cell([plain('Warnings within five minutes')]))])]],
      // Lettered in order, but not the series: A to L, or rows that name different things.
      ['profiles A to L', [seriesList('Profiles', (letter) => `Profile ${letter}`, [...'ABCDEFGHIJKL'])]],
      ['a class among the series', [seriesList('Kinds', (letter) => `${letter === 'Q' ? 'Class' : 'Series'} ${letter}`)]],
      // The series list with a clause after it: not the printer's line.
      ['a clause after the list', [seriesList('SERIES OF ITU-T RECOMMENDATIONS', (letter) => `Series ${letter}`), typed('2', new TextRun({ text: 'References', bold: true }))]],
    ]
    for (const [what, end] of own) {
      const { imported } = await importBody(recommendation(...end), { template: 'recommendation' })
      expect(backPage(imported), what).toEqual([])
      expect(imported.markdown, what).toMatch(/\| (Class|Profile|Series) [A-Z] \|/)
    }
  })
})

describe('images', () => {
  it('extracts an image with its alt text, and warns when the alt text is missing', async () => {
    const { imported } = await importBody([figure(picture(), 'Map of the valleys'), plain('Figure 1 – The valleys'), figure(picture()), plain('Figure 2 – Unlabelled')])
    expect(imported.markdown).toContain(':::figure[The valleys]\n![Map of the valleys](feature-test-figure-1.png)\n:::')
    // The same picture twice is one part of the package, so one file.
    expect([...imported.images.keys()]).toEqual(['feature-test-figure-1.png'])
    expect(Buffer.from(imported.images.get('feature-test-figure-1.png')!).equals(Buffer.from(picture()))).toBe(true)
    // Without alt text the caption stands in, and the import says so at the picture's paragraph.
    expect(imported.markdown).toContain(':::figure[Unlabelled]\n![Unlabelled](feature-test-figure-1.png)\n:::')
    expect(imported.findings.filter((f) => f.rule.id === 'import/alt-missing').length).toBe(1)
    const at = imported.findings.find((f) => f.rule.id === 'import/alt-missing')!.at
    expect(imported.excerpt(at + 1)).toBe('Figure 2 – Unlabelled')
  })
})

describe('right-to-left and East Asian text', () => {
  it('imports an Arabic document: language, call, typed Arabic item letters, text in logical order', async () => {
    const rtl = (text: string, italics = false): Paragraph => new Paragraph({ bidirectional: true, children: [new TextRun({ text, rightToLeft: true, italics })] })
    const { imported } = await importBody([
      rtl('إذ يضع في اعتباره', true),
      rtl('أ)\tأن النفاذ إلى النطاق العريض ما زال متفاوتاً؛'),
      rtl('ب)\tأن الأجهزة الميسورة التكلفة شرط للاستعمال المجدي،'),
      rtl('يقرر', true),
      rtl('1\tأن يواصل الدراسة.'),
    ], { template: 'resolution' })
    expect(imported.lang).toBe('ar')
    // The typed Arabic letters became a list that the template letters again (أ), ب) in Arabic).
    expect(imported.markdown).toContain(':::considering\n1. أن النفاذ إلى النطاق العريض ما زال متفاوتاً؛\n2. أن الأجهزة الميسورة التكلفة شرط للاستعمال المجدي،\n:::')
    expect(imported.markdown).toContain(':::resolves\n1. أن يواصل الدراسة.\n:::')
  })

  it('imports a Chinese document: language, call and text', async () => {
    const { imported } = await importBody([
      new Paragraph({ children: [new TextRun({ text: '考虑到', italics: true })] }),
      new Paragraph({ children: [new TextRun('a)\t宽带接入在各国之间和各国内部仍不平衡；')] }),
      new Paragraph({ children: [new TextRun('b)\t可负担的设备是有意义使用的条件，')] }),
    ], { template: 'resolution' })
    expect(imported.lang).toBe('zh')
    expect(imported.markdown).toContain(':::considering\n1. 宽带接入在各国之间和各国内部仍不平衡；\n2. 可负担的设备是有意义使用的条件，\n:::')
  })
})
