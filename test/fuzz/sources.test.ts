// Fuzzing (issue 12, Build 6): random documents from a grammar of the source format and
// mutations of a real resolution, resolved, validated and built in-process. Whatever the
// source, the result is findings — never an exception or an internal error — every finding
// points inside its file, a failed build leaves --out byte-identical, and nothing is ever
// written outside --out. The CI run has a fixed seed and a bounded number of cases;
// `npm run fuzz` runs many more with a random seed (FUZZ_RUNS, FUZZ_SEED to replay).
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build/index.js'
import { validateSources } from '../../src/build/validate.js'
import type { Finding } from '../../src/model/diagnostic.js'
import { pngOf, tree, wtdcResolution } from '../helpers.js'

const longRun = process.env.FUZZ_RUNS !== undefined
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : longRun ? Date.now() : 20261205
const runs = (ci: number): number => (longRun ? Number(process.env.FUZZ_RUNS) : ci)
/** A test's time limit: the CI run's, or none for a long run (5,000 cases take many minutes). */
const limit = (ci: number): number => (longRun ? 0 : ci)

/** The hostile tests' resolution, with a table, a footnote, a link and a revision mark. */
const resolution = `${wtdcResolution.replace('2. that costs matter,', '2. that costs matter,[^1]').replace('1. to act.', '1. to act, in line with [the plan](https://www.itu.int);')}
| a | b |
|---|---|
| 1 | 2 |

[^1]: A note {++added++}.
`

// ---- a grammar of the source format: blocks built from the constructs the parser knows
const word = fc.constantFrom('access', 'Member States', 'ITU-T', 'Résolution', 'доступ', '接入', 'الوصول', 'x', '1', '')
const inline = fc.oneof(
  word,
  word.map((w) => `*${w}*`), word.map((w) => `**${w}**`), word.map((w) => `\`${w}\``),
  word.map((w) => `[${w}](#${w})`), word.map((w) => `[${w}](../${w}.md)`), word.map((w) => `![${w}](${w}.png)`),
  word.map((w) => `{++${w}++}`), word.map((w) => `{--${w}--}`), word.map((w) => `{~~${w}~>${w}~~}`), fc.constant('{++'),
  word.map((w) => `[^${w}]`), fc.constantFrom('\u202E', '\uFFFC', '\0', '\u{1F600}', '\uD800', '<script>', 'javascript:alert(1)', '&amp;', '\\', '\t'),
)
const line = fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(' '))
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    line,
    fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
    fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
    fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), word).map(([columns, rows, cell]) =>
      [`|${' h |'.repeat(columns)}`, `|${'---|'.repeat(columns)}`, ...Array.from({ length: rows }, () => `|${` ${cell} |`.repeat(columns)}`)].join('\n')),
    fc.tuple(fc.constantFrom('considering', 'resolves', 'invites', 'box[Box]', 'note', 'figure[F]', 'table[T]{widths="1,2"}', 'annex[A]', 'summary', 'keywords', 'nonsense'), tie('block'), fc.boolean())
      .map(([name, inner, closed]) => `:::${name}\n${inner}\n${closed ? ':::' : ''}`),
    fc.tuple(word, line).map(([label, text]) => `[^${label}]: ${text}`),
    fc.constantFrom('```\ncode\n```', '```', '---', '> quote', '    indented', '<div>raw</div>', '$$', ''),
  ),
})).block
const body = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'))
const frontMatter = fc.record({
  template: fc.constantFrom('resolution', 'recommendation', 'contribution', 'liaison', 'report', 'publication', 'nonsense', '*a', '"x"'),
  extra: fc.constantFrom('', 'number: 37\n', 'title: T\n', '__proto__: x\n', 'year: [1, 2]\n', 'a: &a [x]\nb: [*a, *a]\n', 'date: 2026-13-45\n', ': :\n'),
  closed: fc.boolean(),
}).map(({ template, extra, closed }) => `---\ntemplate: ${template}\n${extra}${closed ? '---\n' : ''}`)
const generated = fc.tuple(frontMatter, body).map(([front, text]) => `${front}\n${text}\n`)

// ---- mutations of the resolution: cut, repeat, insert, delete and replace characters
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, length]) => (s: string) => s.slice(0, at % (s.length + 1)) + s.slice(at % (s.length + 1) + length)),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([at, text]) => (s: string) => s.slice(0, at % (s.length + 1)) + text + s.slice(at % (s.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.integer({ min: 2, max: 50 })).map(([at, length, times]) => (s: string) => {
    const start = at % (s.length + 1)
    return s.slice(0, start) + s.slice(start, start + length).repeat(times) + s.slice(start)
  }),
  fc.tuple(fc.nat(), fc.constantFrom(':', '|', '-', '*', '[', ']', '{', '}', '#', '\n', ' ', '`', '!', '^', '~', '>')).map(([at, char]) => (s: string) => {
    const i = at % Math.max(1, s.length)
    return s.slice(0, i) + char + s.slice(i + 1)
  }),
)
const mutated = fc.array(mutation, { minLength: 1, maxLength: 6 }).map((changes) => changes.reduce((text, change) => change(text), resolution))
const source = fc.oneof(generated, mutated)

/** A finding points inside its file: a line of the file, a column of that line (UTF-16 units, as unist counts) or just after it. */
function misplaced(findings: readonly Finding[]): string[] {
  return findings.flatMap((finding) => {
    let text: string
    try {
      text = readFileSync(resolve(finding.file), 'utf8')
    } catch {
      return [] // a folder or a file that is not there: reported at 1:1 by design
    }
    const lines = text.split('\n')
    const at = lines[finding.line - 1]
    if (finding.line === 1 && finding.column === 1) return []
    return at !== undefined && finding.column >= 1 && finding.column <= at.length + 2 ? [] : [`${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} outside the file (${lines.length} lines)`]
  })
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')]))
}

const clock = new Date(Date.UTC(2026, 0, 1))
let built = ''

beforeAll(async () => {
  built = tree({ 'sources/doc.md': resolution, 'sources/pic.png': pngOf(40, 20) })
  const first = await build({ paths: [join(built, 'sources')], root: join(built, 'sources'), out: join(built, 'out'), formats: ['html', 'docx'], clock, jobs: 1 })
  expect(first.findings.filter((f) => f.severity === 'error')).toEqual([])
  expect(first.internalErrors).toEqual([])
}, 120_000)

describe('fuzzing the sources', () => {
  it('validate: any source gives findings inside the file, never an exception', async () => {
    const dir = tree({ 'sources/pic.png': pngOf(4, 4) })
    await fc.assert(fc.asyncProperty(source, async (text) => {
      writeFileSync(join(dir, 'sources/doc.md'), text)
      const { findings } = await validateSources({ paths: [join(dir, 'sources')], root: join(dir, 'sources'), mode: 'draft', today: '2026-01-01', pageCount: async () => 1 })
      expect(misplaced(findings)).toEqual([])
    }), { seed, numRuns: runs(200), endOnFailure: true })
  }, limit(120_000))

  it('build (HTML and DOCX): an error changes nothing in --out, success writes only inside it, never an internal error', async () => {
    await fc.assert(fc.asyncProperty(source, async (text) => {
      const dir = mkdtempSync(join(tmpdir(), 'itudoc-fuzz-'))
      try {
        cpSync(built, dir, { recursive: true })
        const before = snapshot(join(dir, 'out'))
        writeFileSync(join(dir, 'sources/doc.md'), text)
        const result = await build({ paths: [join(dir, 'sources')], root: join(dir, 'sources'), out: join(dir, 'out'), formats: ['html', 'docx'], clock, jobs: 1 })
        expect(result.internalErrors.map((e) => e.message)).toEqual([])
        if (result.findings.some((f) => f.severity === 'error')) expect(snapshot(join(dir, 'out'))).toEqual(before)
        expect(readdirSync(dir).sort()).toEqual(['out', 'sources'])
        expect(readdirSync(join(dir, 'sources')).sort()).toEqual(['doc.md', 'pic.png'])
        expect(Object.keys(snapshot(join(dir, 'out'))).filter((path) => path.endsWith('.tmp'))).toEqual([])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }), { seed, numRuns: runs(60), endOnFailure: true })
  }, limit(180_000))

  it('build (PDF): the layout engine takes any source without an internal error, and a PDF written is whole', async () => {
    const dir = tree({ 'sources/pic.png': pngOf(4, 4) })
    await fc.assert(fc.asyncProperty(source, async (text) => {
      writeFileSync(join(dir, 'sources/doc.md'), text)
      const result = await build({ paths: [join(dir, 'sources')], root: join(dir, 'sources'), out: join(dir, 'out'), formats: ['pdf'], clock, jobs: 1 })
      expect(result.internalErrors.map((e) => e.message)).toEqual([])
      for (const artifact of result.artifacts) {
        const pdf = readFileSync(join(dir, 'out', artifact.path))
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
      }
    }), { seed, numRuns: runs(30), endOnFailure: true })
  }, limit(240_000))
})
