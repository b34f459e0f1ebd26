// The broken-input corpus: test/fixtures/broken/<group>/<rule>/<case>/, one folder per case,
// each holding input/ (the sources), expected.txt (the exact report) and optionally args
// (the paths and flags to pass instead of "input"). A case named ok… must validate with no
// finding; any other case must give exactly one finding, of its folder's rule.
//
// Every case runs through `itudoc validate`; cases of the core rules (src/model/rules.ts)
// also run through `itudoc build`, which must print the same report, exit 1 and write
// nothing. Expected files are written when missing and rewritten with UPDATE=1.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textReport } from '../../src/cli/reporters/text.js'
import { DOCS_URL, type Finding } from '../../src/model/diagnostic.js'
import { coreRules } from '../../src/model/rules.js'
import { catalogue } from '../../src/validate/registry.js'
import { itudoc, itudocAsync } from './cli.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'broken')
const sorted = (dir: string) => readdirSync(dir).sort()

interface Case { rule: string; name: string; dir: string; isOk: boolean; args: string[] }
const cases: Case[] = sorted(root).flatMap((group) =>
  sorted(join(root, group)).flatMap((rule) => sorted(join(root, group, rule)).map((name) => {
    const dir = join(root, group, rule, name)
    const argsFile = join(dir, 'args')
    const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : ['input']
    return { rule: `${group}/${rule}`, name, dir, isOk: name.startsWith('ok'), args }
  })),
)
const isCore = new Set(coreRules.map((r) => r.id))

/** Rules that no source file can trigger through the CLI, and where they are tested instead. */
const withoutFixtures: Record<string, string> = {
  'locale/invalid': 'reported on itudoc\'s own locale files, never on sources (test/unit/validate/catalogue.test.ts)',
  'locale/pattern-slot': 'reported when a locale pattern names a slot a template does not fill; no source can cause it (test/unit/validate/catalogue.test.ts)',
  'pdf/missing-glyph': 'found while a PDF is laid out, so build reports it and validate does not (test/pdf/build.test.ts)',
  'pdf/unsupported-image': 'found while a PDF is laid out, so build reports it and validate does not (test/pdf/build.test.ts)',
  'source/too-large': 'needs files of 1 to 32 MB, made by the test itself (test/e2e/hostile.test.ts)',
}

function expectedOf(dir: string, actual: string): string {
  const file = join(dir, 'expected.txt')
  if (!existsSync(file) || process.env.UPDATE) writeFileSync(file, actual)
  return readFileSync(file, 'utf8')
}

describe('the broken-input corpus', () => {
  it('has at least 30 broken documents and an ok and a not-ok case for every rule of the catalogue', () => {
    expect(cases.filter((c) => !c.isOk).length).toBeGreaterThanOrEqual(30)
    const lacking = catalogue.filter((rule) => !(rule.id in withoutFixtures)).flatMap((rule) => {
      const mine = cases.filter((c) => c.rule === rule.id)
      return [...(mine.some((c) => c.isOk) ? [] : [`${rule.id}: no ok case`]), ...(mine.some((c) => !c.isOk) ? [] : [`${rule.id}: no not-ok case`])]
    })
    expect(lacking).toEqual([])
    const ids = new Set(catalogue.map((r) => r.id))
    expect(Object.keys(withoutFixtures).filter((id) => !ids.has(id))).toEqual([])
    expect([...new Set(cases.map((c) => c.rule))].filter((id) => !ids.has(id))).toEqual([])
  })
})

describe.concurrent('itudoc validate on the corpus', () => {
  for (const { rule, name, dir, isOk, args } of cases) {
    it(`${rule} (${name})`, async () => {
      const result = await itudocAsync(['validate', ...args, '--root', 'input', '--report', 'json'], dir)
      expect(result.stderr).toBe('')
      // A Word file also gets the one note naming the rules it skips; only its own case keeps it.
      const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => rule === 'import/source-only-rules' || f.ruleId !== 'import/source-only-rules')
      expect(textReport(findings)).toBe(expectedOf(dir, textReport(findings)))
      if (isOk) {
        expect(findings).toEqual([])
        expect(result.status).toBe(0)
        return
      }
      // Exactly one finding, of this rule, with its documentation link; exit 1 on an error only.
      expect(findings.map((f) => f.ruleId)).toEqual([rule])
      expect(findings[0]!.url).toBe(`${DOCS_URL}#${rule.replace('/', '')}`)
      expect(result.status).toBe(findings[0]!.severity === 'error' ? 1 : 0)
    })
  }
})

describe('itudoc build on the corpus of core rules', () => {
  for (const { rule, name, dir, args } of cases.filter((c) => isCore.has(c.rule) && !c.isOk)) {
    it(`${rule} (${name})`, () => {
      const out = join(dir, 'out')
      rmSync(out, { recursive: true, force: true })
      const result = itudoc(['build', ...args, '--root', 'input', '--out', 'out', '--quiet'], dir)
      // Build prints the same report as validate, on stderr.
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
      expect(result.stderr).toBe(expected)
      // A warning (source/bidi-control) does not stop the build; an error does. What the
      // build wrote is not left in the fixtures.
      if (!/ error /.test(expected)) {
        expect(result.status).toBe(0)
        expect(readdirSync(out)).toContain('manifest.json')
        return void rmSync(out, { recursive: true, force: true })
      }
      expect(result.status).toBe(1)
      // No output at all: no artifact, no manifest, no temporary file.
      expect(existsSync(out) ? readdirSync(out, { recursive: true }) : []).toEqual([])
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }
})
