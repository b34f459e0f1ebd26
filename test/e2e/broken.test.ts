// The broken-input corpus: one folder per rule (test/fixtures/broken/<group>/<rule>/<case>/),
// each with an input that breaks that rule. `itudoc build` must print exactly the lines in
// expected.txt (file:line:column, severity, rule id, message, hint), exit 1 and write
// nothing. Expected files are written when missing and rewritten with UPDATE=1.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { itudoc } from './cli.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'broken')
const sorted = (dir: string) => readdirSync(dir).sort()

const cases = sorted(root).flatMap((group) =>
  sorted(join(root, group)).flatMap((rule) => sorted(join(root, group, rule)).map((name) => ({ rule: `${group}/${rule}`, name, dir: join(root, group, rule, name) }))),
)

describe('broken inputs', () => {
  it('covers at least 15 kinds of bad input', () => {
    expect(new Set(cases.map((c) => c.rule)).size).toBeGreaterThanOrEqual(15)
  })

  for (const { rule, name, dir } of cases) {
    it(`${rule} (${name})`, () => {
      const out = join(dir, 'out')
      rmSync(out, { recursive: true, force: true })
      const argsFile = join(dir, 'args')
      const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : ['input']
      const result = itudoc(['build', ...args, '--root', 'input', '--out', 'out', '--quiet'], dir)
      const expectedFile = join(dir, 'expected.txt')
      if (!existsSync(expectedFile) || process.env.UPDATE) writeFileSync(expectedFile, result.stderr)
      expect(result.stderr).toBe(readFileSync(expectedFile, 'utf8'))
      expect(result.status).toBe(1)
      // Exactly one finding, of this rule.
      const findings = result.stderr.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning|info) /.test(line))
      expect(findings).toHaveLength(1)
      expect(findings[0]).toContain(` ${rule} `)
      // No output at all: no artifact, no manifest, no temporary file.
      expect(existsSync(out) ? readdirSync(out, { recursive: true }) : []).toEqual([])
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }
})
