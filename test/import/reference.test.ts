// ITU's own published Recommendations (../shared/reference/word/, read where they are: they
// are ITU's publications and are not copied into the repository) import as `recommendation`
// sources whose clause numbers, item labels and NOTE labels became structure, build in all
// three formats, and print the Word file's own text: ≥ 95 % word similarity with the
// Word paragraphs of the Recommendation, and the same clause and item labels in the same order.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build/index.js'
import { importedFiles, importWordFile } from '../../src/build/import.js'
import { resolveSources, type SourceEnv } from '../../src/build/sources.js'
import { openPackage } from '../../src/import/package.js'
import { readDocument } from '../../src/import/read.js'
import { paragraphText, type WordBlock, type WordParagraph } from '../../src/import/word.js'
import { textOf, tree } from '../helpers.js'
import { difference, labelSequence, similarity, sourceEnv } from './helpers.js'

/** Where the reference files are: ITUDOC_REFERENCE_WORD, or shared/reference/word beside the checkout. */
function referenceFolder(): string | undefined {
  const repo = join(import.meta.dirname, '..', '..')
  const candidates = [process.env.ITUDOC_REFERENCE_WORD, join(repo, '..', 'shared', 'reference', 'word'), join(repo, '..', '..', 'shared', 'reference', 'word'), '/work/shared/reference/word']
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(dir))
}

const folder = referenceFolder()
const required = process.env.ITUDOC_FULL_TESTS === '1'
const files = folder ? readdirSync(folder).filter((name) => name.endsWith('.docx')).sort() : []

/** Body paragraphs in reading order, table cells included. */
function paragraphsOf(blocks: readonly WordBlock[], out: WordParagraph[] = []): WordParagraph[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') out.push(block)
    else for (const row of block.rows) for (const cell of row.cells) paragraphsOf(cell.blocks, out)
  }
  return out
}

/** An item label compared by what it counts: "a)" and "(a)" are "a", every bullet is "–". */
const itemKey = (label: string): string => (/^[–•·▪◦o\uf0b7-]$/.test(label) ? '–' : label.replace(/[().]/g, ''))

const styleOf = (p: WordParagraph): string => p.style.name.toLowerCase().replace(/[\s_]/g, '')

/**
 * The Recommendation's own text in the Word file, read without the importer's classifier:
 * every paragraph from the Summary on, except the publisher's boilerplate (from FOREWORD to
 * the end of the table of contents, and the list of the series on the back page), table of
 * contents entries and "Page" column titles.
 */
function wordText(paragraphs: readonly WordParagraph[]): { text: string; clauses: string[]; items: string[] } {
  const start = paragraphs.findIndex((p) => /^summary$/i.test(paragraphText(p).trim()))
  const foreword = paragraphs.findIndex((p) => /^foreword$/i.test(paragraphText(p).trim()))
  const lastToc = paragraphs.map((p) => /^toc\d$/.test(styleOf(p))).lastIndexOf(true)
  const seriesList = paragraphs.findIndex((p) => paragraphText(p).trim() === 'SERIES OF ITU-T RECOMMENDATIONS')
  const end = seriesList < 0 ? paragraphs.length : seriesList
  const kept = paragraphs.filter((p, i) => i >= Math.max(0, start) && i < end && !(foreword >= 0 && i >= foreword && i <= lastToc) && !/^toc\d$/.test(styleOf(p)))
  const clauses: string[] = []
  const items: string[] = []
  for (const p of kept) {
    const text = paragraphText(p)
    // Typed ("6.1<tab>") or Word's automatic number ("1.<tab>").
    const clause = /^((?:[A-Z]|[IVX]+|\d+)(?:\.\d+)+|\d+)\.?(?:\t| (?=\S))/.exec(text)
    if (/^heading\d$/.test(styleOf(p)) && clause) clauses.push(clause[1]!)
    // Items: a label before a tab, typed or Word's list numbering, in any paragraph with text.
    const item = /^(\(?[a-z]{1,2}[).]|\(?[ivx]+[).]|\d{1,2}[).]|[–•·▪◦o\uf0b7-])\t\s*\S/.exec(text)
    if (item && !/^heading\d$/.test(styleOf(p))) items.push(itemKey(item[1]!))
  }
  return { text: kept.map((p) => paragraphText(p).replace(/\t/g, ' ')).join('\n'), clauses, items }
}

/**
 * Clause numbers with each annex's own prefix replaced by its place: itudoc letters ITU-T
 * annexes A, B … whatever the Word file typed (J.383 calls its only annex "Annex I"), so an
 * annex clause is compared by its number inside its annex.
 */
function annexOrdinals(clauses: readonly string[]): string[] {
  const prefixes: string[] = []
  return clauses.map((clause) => {
    const [head, ...rest] = clause.split('.')
    if (/^\d+$/.test(head!)) return clause
    if (!prefixes.includes(head!)) prefixes.push(head!)
    return [`annex ${prefixes.indexOf(head!) + 1}`, ...rest].join('.')
  })
}

/** Where two label sequences part, with a few labels around. */
function firstDifference(actual: readonly string[], expected: readonly string[]): string {
  const at = actual.findIndex((label, i) => label !== expected[i])
  const i = at < 0 ? Math.min(actual.length, expected.length) : at
  return `first difference at ${i}: imported ${JSON.stringify(actual.slice(Math.max(0, i - 3), i + 4))}, Word ${JSON.stringify(expected.slice(Math.max(0, i - 3), i + 4))}`
}

describe.skipIf(!folder && !required)('ITU\'s published Recommendations (.docx) imported', () => {
  let env: SourceEnv
  beforeAll(async () => {
    env = await sourceEnv('.')
  })

  it('are there to read', () => {
    expect(folder, 'set ITUDOC_REFERENCE_WORD to the folder of ITU\'s reference .docx files').toBeDefined()
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  for (const name of files) {
    it(name, async () => {
      const file = join(folder!, name)
      const started = performance.now()
      const { imported, findings } = await importWordFile({ file }, env)
      const seconds = (performance.now() - started) / 1000
      expect(findings.filter((f) => f.severity === 'error')).toEqual([])
      expect(imported!.template).toBe('recommendation')
      // The back page's list of the series, where the file has one, is reported and left out.
      const seriesListAt = readDocument(openPackage(readFileSync(file))).body.find((block) => block.kind === 'table' && paragraphsOf([block]).some((p) => paragraphText(p).trim() === 'SERIES OF ITU-T RECOMMENDATIONS'))
      expect(findings.filter((f) => f.ruleId === 'import/back-matter').map((f) => f.line)).toEqual(seriesListAt ? [seriesListAt.index] : [])
      expect(imported!.markdown).not.toMatch(/SERIES OF ITU-T RECOMMENDATIONS|Series Z/)
      // Labels are structure, not typed text: no paragraph of the source starts with one.
      const typed = imported!.markdown.split('\n').filter((line) => /^(\d+(\.\d+)+|[a-z]\)|NOTE \d* ?–)\s/.test(line))
      expect(typed).toEqual([])

      // Written as a document folder and built in every format.
      const root = tree({})
      for (const [path, content] of importedFiles(imported!, { file, out: join(root, 'rec') })) {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, content)
      }
      const result = await build({ paths: [join(root, 'rec')], root, out: join(root, 'out'), formats: ['html', 'docx', 'pdf'], clock: new Date(Date.UTC(2026, 0, 1)), jobs: 1 })
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
      expect(result.artifacts.map((a) => a.format).sort()).toEqual(['docx', 'html', 'pdf'])

      // The text and the labels.
      const html = readFileSync(join(root, 'out', result.artifacts.find((a) => a.format === 'html')!.path), 'utf8')
      // The Word text starts at the Summary and leaves out the Foreword and the contents, which
      // itudoc prints itself from locale data: the HTML is compared from the Summary on,
      // without its Foreword (the cover lines of notices) and its contents.
      const body = html.slice(Math.max(0, html.indexOf('<section class="section section-summary"')))
      const printed = textOf(body.replace(/<header class="cover">(?:(?!<\/header>)[\s\S])*?cover-line notice[\s\S]*?<\/header>/g, '').replace(/<nav class="toc"[\s\S]*?<\/nav>/g, ''))
      const word = wordText(paragraphsOf(readDocument(openPackage(readFileSync(file))).body))
      const score = similarity(word.text, printed)
      const set = await resolveSources({ paths: [join(root, 'rec')], root })
      const labels = labelSequence(set.variants[0]!.resolved!.root)
      const clauses = annexOrdinals(labels.filter((l) => l.startsWith('§')).map((l) => l.slice(1)))
      const items = labels.filter((l) => /^(\(?[a-z]{1,2}[).]?|\(?[ivx]+[).]?|\d{1,2}[).]?|–)$/.test(l)).map(itemKey)
      console.log(name, `import ${seconds.toFixed(2)} s`, `similarity ${score.toFixed(4)}`, JSON.stringify(difference(word.text, printed, 20)))
      const wordClauses = annexOrdinals(word.clauses)
      expect(clauses, firstDifference(clauses, wordClauses)).toEqual(wordClauses)
      expect(items, firstDifference(items, word.items)).toEqual(word.items)
      expect(score).toBeGreaterThanOrEqual(0.95)
    }, 300_000)
  }
})
