// Language parity of every numbered construct (issue 8 item 11), on the corpus of
// test/fixtures/parity (an ITU-T Recommendation in English, French and Arabic): a variant that
// drops a definition, a list item outside any call, a clause, a note or a table is reported at
// its place in the variant, and `itudoc translations` calls it "differs", never "current".
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { itudoc, itudocAsync } from './cli.js'

const corpus = join(import.meta.dirname, '..', 'fixtures', 'parity')

/** A copy of the corpus with `file` changed; the changed text is returned for line numbers. */
function variantWith(file: string, change: (text: string) => string): { dir: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'itudoc-parity-'))
  cpSync(corpus, dir, { recursive: true })
  const path = join(dir, 'rec', file)
  const before = readFileSync(path, 'utf8')
  const text = change(before)
  expect(text).not.toBe(before)
  writeFileSync(path, text)
  return { dir, text }
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

async function differences(dir: string): Promise<string[]> {
  const result = await itudocAsync(['validate', 'rec', '--report', 'json'], dir)
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)
}

describe.concurrent('language parity of every numbered construct', () => {
  it('the corpus has the same structure in its three languages', async () => {
    expect(await differences(corpus)).toEqual([])
  })

  it('reports a definition dropped from the French variant at the end of its clause', async () => {
    const { dir, text } = variantWith('fr.md', (t) => t.replace(/^\*\*destinataire\*\*.*\n\n/m, ''))
    const line = lineOf(text, '**expéditeur**')
    expect(await differences(dir)).toEqual([
      `rec/fr.md:${line}:56 translation/structure-differs The fr variant differs from the en original: definition 3.2.3 of the original is missing from the heading "Termes définis dans la présente Recommandation".`,
    ])
  })

  it('reports item 4) dropped from the Arabic list of clause 7.1 at the item after the gap', async () => {
    const { dir, text } = variantWith('ar.md', (t) => t.replace(/^4\) وقت الانتهاء.*\n/m, ''))
    expect(await differences(dir)).toEqual([
      `rec/ar.md:${lineOf(text, '5) جهة')}:1 translation/structure-differs The ar variant differs from the en original: the list has 4 items where the original has 5 (item 4) of the original is missing before this one).`,
    ])
  })

  it('reports a list item dropped and renumbered at its list', async () => {
    const { dir, text } = variantWith('fr.md', (t) => t.replace(/^2\) la zone.*\n/m, '').replace(/^(\d)\) /gm, (_, n: string) => `${Number(n) > 2 ? Number(n) - 1 : n}) `))
    expect(await differences(dir)).toEqual([
      `rec/fr.md:${lineOf(text, '1) le service')}:1 translation/structure-differs The fr variant differs from the en original: the list has 4 items where the original has 5.`,
    ])
  })

  it('reports a dropped note, table and clause', async () => {
    const note = variantWith('fr.md', (t) => t.replace(/:::note\n.*\n:::\n/, ''))
    const table = variantWith('ar.md', (t) => t.replace(/\| الحقل[\s\S]*$/, 'لا توجد.\n'))
    const clause = variantWith('fr.md', (t) => t.replace(/# Principes\n[\s\S]*?(?=# Contenu)/, ''))
    const [n, t, c] = await Promise.all([differences(note.dir), differences(table.dir), differences(clause.dir)])
    expect(n).toEqual([expect.stringMatching(/^rec\/fr\.md:\d+:\d+ translation\/structure-differs .*a note of the original is missing from the heading "Principes"\.$/)])
    expect(t).toEqual([expect.stringMatching(/^rec\/ar\.md:\d+:\d+ translation\/structure-differs .*a table of the original is missing from the heading "الحقول الاختيارية"\.$/)])
    // Clauses are numbered by position, so clause 6 of the variant is the original's 7: the
    // first difference is inside it, where the original's clause 6 has its note.
    expect(c).toEqual([`rec/fr.md:${lineOf(clause.text, '## Champs obligatoires')}:1 translation/structure-differs The fr variant differs from the en original: here is the heading "Champs obligatoires" where the original has a note.`])
  })

  it('translations calls a structurally changed variant "differs", even when marked, and --mark refuses it', () => {
    const { dir } = variantWith('fr.md', (t) => t.replace(/^\*\*destinataire\*\*.*\n\n/m, ''))
    // Marked before the definition was dropped from the French: the mark is still the original's.
    const marked = itudoc(['translations', 'rec', '--mark', '--lang', 'ar'], dir)
    expect(marked.stdout).toContain('rec/ar.md: marked as translated from rec/en.md')
    const frPath = join(dir, 'rec', 'fr.md')
    const mark = /^translated-from: .*$/m.exec(readFileSync(join(dir, 'rec', 'ar.md'), 'utf8'))![0]
    writeFileSync(frPath, readFileSync(frPath, 'utf8').replace(/^---\n/, `---\n${mark}\n`))
    const status = itudoc(['translations', 'rec'], dir)
    expect(status.stdout).toMatch(/^rec\/ar\.md {2}current$/m)
    expect(status.stdout).toMatch(/^rec\/fr\.md {2}differs \(structure differs from rec\/en\.md at \d+:56: definition 3\.2\.3 of the original is missing/m)
    const refused = itudoc(['translations', 'rec', '--mark'], dir)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/^rec\/fr\.md:\d+:56: definition 3\.2\.3 .*: not marked: its structure differs from rec\/en\.md$/m)
  })
})
