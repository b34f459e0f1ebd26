// The rule catalogue and its documentation agree: every rule has a section in docs/rules.md
// under its id (the anchor its findings link to), with its severity, and a row in the table.
// Also the two rules no source can trigger (locale/*), shown on itudoc's own locale files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { loadLocales } from '../../../src/build/locales.js'
import { createAssetHost } from '../../../src/build/sources.js'
import { loadTemplates } from '../../../src/build/templates.js'
import { DOCS_URL, report, toFinding } from '../../../src/model/diagnostic.js'
import type { Template } from '../../../src/model/template.js'
import { resolveVariant } from '../../../src/resolve/index.js'
import { catalogue } from '../../../src/validate/registry.js'
import { tree } from '../../helpers.js'

const docs = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8')

/** The anchor GitHub gives a heading: lower case, punctuation other than "-" dropped, spaces as "-". */
const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')

function section(id: string): string {
  const start = docs.indexOf(`\n### ${id}\n`)
  const end = docs.slice(start + 1).search(/\n##+ /)
  return docs.slice(start, end < 0 ? undefined : start + 1 + end)
}

describe('the rule catalogue', () => {
  it('has unique ids of the form group/what-is-wrong', () => {
    const ids = catalogue.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/)
  })

  it('documents every rule, and only those, in docs/rules.md', () => {
    const headings = [...docs.matchAll(/^### (\S+)$/gm)].map((m) => m[1])
    expect([...headings].sort()).toEqual(catalogue.map((r) => r.id).sort())
  })

  it('links each finding to its rule\'s section, and the section gives the severity, an example and a fix', () => {
    const file = new VFile({ path: 'doc.md', value: '' })
    // Any field a message asks for reads as text, so every rule's message can be built.
    const data = new Proxy({}, { get: () => 'x' }) as never
    for (const rule of catalogue) {
      const finding = toFinding(report(file, rule, undefined, data), 'doc.md')
      expect(finding.url).toBe(`${DOCS_URL}#${anchorOf(rule.id)}`)
      const text = section(rule.id)
      const severity = rule.blocksSubmission ? `**Severity:** ${rule.severity}; blocks a submission.` : `**Severity:** ${rule.severity}.`
      expect(text, rule.id).toContain(severity)
      expect(text, rule.id).toMatch(/\nBreaks it/)
      expect(text, rule.id).toMatch(/\nFix: /)
      expect(docs, rule.id).toContain(`| [${rule.id}](#${anchorOf(rule.id)}) | ${rule.severity} | ${rule.title} |`)
    }
  })
})

describe('rules about itudoc\'s own locale files', () => {
  it('locale/invalid: a locale file without a label is reported at its key', () => {
    const en = readFileSync(join(import.meta.dirname, '..', '..', '..', 'locales', 'en.yaml'), 'utf8')
    const dir = tree({ 'en.yaml': en.replace(/^ {2}considering: .*\n/m, '') })
    const { locales, files } = loadLocales(dir)
    expect(locales.size).toBe(0)
    const findings = files.flatMap((f) => f.messages.map((m) => toFinding(m, 'en.yaml')))
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'locale/invalid', severity: 'error', message: 'Locale key "calls.considering": Invalid input: expected string, received undefined' })])
  })

  it('locale/pattern-slot: a pattern naming a slot the template does not fill', async () => {
    const { locales } = loadLocales()
    const en = locales.get('en')!
    const broken = new Map([['en', { ...en, patterns: { ...en.patterns, resolutionNumber: 'RESOLUTION {number} ({colour})' } }]])
    const templates = new Map<string, Template>([...(await loadTemplates())].map(([id, t]) => [id, t.template]))
    const file = new VFile({
      path: 'doc.md',
      value: '---\ntemplate: resolution\nbody: WTDC\nnumber: 5\nplace: Geneva\nyear: 2026\ntitle: T\nconvening: C,\n---\n\n:::resolves\n1. to act.\n:::\n',
    })
    expect(resolveVariant({ markdown: file }, { templates, locales: broken, assets: createAssetHost('.') })).toBeUndefined()
    expect(file.messages.map((m) => toFinding(m, 'doc.md'))).toEqual([
      expect.objectContaining({ ruleId: 'locale/pattern-slot', message: 'Pattern "resolutionNumber" uses "{colour}", which has no value here.' }),
    ])
  })
})
