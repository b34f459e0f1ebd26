// Language variants: the six-language example has the same structure in every language; a
// variant that drops an item, swaps two calls or loses a footnote is reported at that place
// in the variant; `itudoc translations --mark` records the original's text, and editing the
// original afterwards makes the translations stale.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { setFrontMatterKey } from '../../src/build/translations.js'
import { itudoc } from './cli.js'

const example = join(import.meta.dirname, '..', '..', 'sources', 'wtdc-25', 'res-digital-inclusion')
const langs = ['ar', 'en', 'es', 'fr', 'ru', 'zh']

/** A copy of the example in a fresh folder: <dir>/res/{document.yaml, en.md, …}. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'itudoc-translations-'))
  cpSync(example, join(dir, 'res'), { recursive: true })
  return dir
}

function edit(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, 'res', file)
  const text = change(readFileSync(path, 'utf8'))
  writeFileSync(path, text)
  return text
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

function validate(dir: string): { status: number; findings: Finding[] } {
  const result = itudoc(['validate', 'res', '--report', 'json'], dir)
  return { status: result.status, findings: (JSON.parse(result.stdout) as { findings: Finding[] }).findings }
}

describe('language variants', () => {
  it('the six-language resolution passes the parity check', () => {
    const result = itudoc(['validate', example, '--report', 'json'], join(example, '..', '..', '..'))
    expect(JSON.parse(result.stdout).findings).toEqual([])
    expect(result.status).toBe(0)
  })

  it('reports a dropped item, two swapped calls and a removed footnote at their place in the variant', () => {
    const dir = copy()
    // fr: the second of the three items of "instructs" is gone.
    const fr = edit(dir, 'fr.md', (text) => text.replace(/^2\. de recueillir.*\n/m, '').replace(/^3\. de faire rapport/m, '2. de faire rapport'))
    // es: "recognizing" now comes before "considering".
    const es = edit(dir, 'es.md', (text) => {
      const considering = /:::considering\n[\s\S]*?\n:::\n/.exec(text)![0]
      const recognizing = /:::recognizing\n[\s\S]*?\n:::\n/.exec(text)![0]
      return text.replace(considering, '\u0000').replace(recognizing, considering).replace('\u0000', recognizing)
    })
    // ru: the second footnote is gone, reference and text.
    const ru = edit(dir, 'ru.md', (text) => text.replace(/\[\^2\](?=;)/, '').replace(/\n\[\^2\]:.*\n/, '\n'))
    const { status, findings } = validate(dir)
    expect(status).toBe(1)
    expect(findings.map((f) => [f.file, f.line, f.ruleId, f.message])).toEqual([
      ['res/es.md', lineOf(es, ':::recognizing'), 'translation/structure-differs',
        'The es variant differs from the en original: here is the call "reconociendo" where the original has the call "considering".'],
      ['res/fr.md', lineOf(fr, ':::instructs'), 'translation/structure-differs',
        'The fr variant differs from the en original: the call "charge le Directeur du Bureau de développement des télécommunications" has 2 items where the original has 3.'],
      ['res/ru.md', lineOf(ru, '2. собирать'), 'translation/structure-differs',
        'The ru variant differs from the en original: footnote 2 of the original is missing from item 2.'],
    ])
  })

  it('with --lang, still compares the variant with its original but reports on that language only', () => {
    const dir = copy()
    edit(dir, 'fr.md', (text) => text.replace(/^2\. de recueillir.*\n/m, '').replace(/^3\. de faire rapport/m, '2. de faire rapport'))
    edit(dir, 'es.md', (text) => text.replace('[^1];', ';').replace(/\n\[\^1\]:.*\n/, '\n'))
    const findings = (lang: string) => (JSON.parse(itudoc(['validate', 'res', '--lang', lang, '--report', 'json'], dir).stdout) as { findings: Finding[] }).findings.map((f) => `${f.file} ${f.ruleId}`)
    expect(findings('fr')).toEqual(['res/fr.md translation/structure-differs'])
    expect(findings('es,en')).toEqual(['res/es.md translation/structure-differs'])
    expect(findings('en')).toEqual([])
  })

  it('does not compare the variants\' structure when an error left part of the original out', () => {
    const dir = copy()
    edit(dir, 'en.md', (text) => text.replace(':::noting', ':::notin'))
    const { findings } = validate(dir)
    // The dropped call is not reported again as a difference in every translation; that the
    // original's text changed since they were marked is a finding of its own, in the same run.
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['res/ar.md translation/stale', 'res/en.md markdown/unknown-directive', 'res/es.md translation/stale', 'res/fr.md translation/stale', 'res/ru.md translation/stale', 'res/zh.md translation/stale'])
  })

  it('marks translations current, then reports them stale when the original changes', () => {
    const dir = copy()
    // Start from variants that were never marked (the example's own marks removed).
    for (const lang of langs.filter((l) => l !== 'en')) edit(dir, `${lang}.md`, (text) => text.replace(/^translated-from: .*\n/m, ''))
    const before = itudoc(['translations', 'res'], dir).stdout
    expect(before).toContain('res/fr.md  missing')
    expect(before).toMatch(/res\/en\.md +original/)

    const marked = itudoc(['translations', 'res', '--mark'], dir)
    expect(marked.status).toBe(0)
    expect(marked.stdout).toContain('itudoc: 5 translations marked')
    const mark = /^translated-from: (en:[0-9a-f]{16})$/m.exec(readFileSync(join(dir, 'res', 'fr.md'), 'utf8'))?.[1]
    expect(mark).toBeDefined()
    for (const lang of langs.filter((l) => l !== 'en')) expect(readFileSync(join(dir, 'res', `${lang}.md`), 'utf8')).toContain(`translated-from: ${mark}`)
    expect(itudoc(['translations', 'res'], dir).stdout.match(/ current$/gm)).toHaveLength(5)
    expect(validate(dir).findings).toEqual([])
    // Marking again changes nothing.
    expect(itudoc(['translations', 'res', '--mark'], dir).stdout).toContain('itudoc: 0 translations marked')

    edit(dir, 'en.md', (text) => text.replace('a precondition', 'an essential precondition'))
    const after = itudoc(['translations', 'res'], dir).stdout
    expect(after.match(/ stale \(res\/en\.md changed since the mark\)$/gm)).toHaveLength(5)
    const { status, findings } = validate(dir)
    expect(status).toBe(0)
    expect(findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`)).toEqual(
      ['ar', 'es', 'fr', 'ru', 'zh'].map((lang) => `res/${lang}.md:${lineOf(readFileSync(join(dir, 'res', `${lang}.md`), 'utf8'), 'translated-from:')} warning translation/stale`))

    // --lang marks only the languages named.
    expect(itudoc(['translations', 'res', '--mark', '--lang', 'fr'], dir).stdout).toContain('itudoc: 1 translation marked')
    expect(validate(dir).findings.map((f) => f.file)).toEqual(['res/ar.md', 'res/es.md', 'res/ru.md', 'res/zh.md'])
  })
})

describe('setFrontMatterKey', () => {
  it('replaces the key, adds it before the closing line, or adds a front matter block', () => {
    expect(setFrontMatterKey('---\ntitle: T\ntranslated-from: en:1\n---\n\nText.\n', 'translated-from', 'en:2')).toBe('---\ntitle: T\ntranslated-from: en:2\n---\n\nText.\n')
    expect(setFrontMatterKey('---\ntitle: T\n---\n\nText.\n', 'translated-from', 'en:2')).toBe('---\ntitle: T\ntranslated-from: en:2\n---\n\nText.\n')
    expect(setFrontMatterKey('---\n---\nText.\n', 'translated-from', 'en:2')).toBe('---\ntranslated-from: en:2\n---\nText.\n')
    expect(setFrontMatterKey('Text.\n', 'translated-from', 'en:2')).toBe('---\ntranslated-from: en:2\n---\n\nText.\n')
  })
})
