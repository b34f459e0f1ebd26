// Case folding never follows the process locale (issue 12): under LANG=tr_TR a
// toLocaleLowerCase() without a locale folds "DEFINITIONS" to "definıtıons" and the required
// section "Definitions" is no longer found. Node reads the default locale from LANG, but not
// every Node build applies it to case mapping, so the in-process test folds as Turkish does
// wherever no locale is named; the lint rule (eslint.config.js) forbids such calls outright.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { validateSources } from '../../../src/build/validate.js'
import { itudoc } from '../../e2e/cli.js'
import { tree } from '../../helpers.js'

const ok = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'broken', 'structure', 'section-missing', 'ok', 'input', 'doc.md'), 'utf8')
/** The section headings in capitals, as authors type them: "# DEFINITIONS". */
const fixture = join(tree({ 'input/doc.md': ok.replace(/^# (Scope|Definitions|References)$/gm, (_, title: string) => `# ${title.toUpperCase()}`) }), 'input')
const original = { lower: String.prototype.toLocaleLowerCase, upper: String.prototype.toLocaleUpperCase }

afterEach(() => {
  String.prototype.toLocaleLowerCase = original.lower
  String.prototype.toLocaleUpperCase = original.upper
})

describe('a Turkish process locale', () => {
  it('finds the "Definitions" section when every unnamed locale folds as Turkish', async () => {
    String.prototype.toLocaleLowerCase = function (this: string, locales?: Intl.LocalesArgument) { return original.lower.call(this, locales ?? 'tr') }
    String.prototype.toLocaleUpperCase = function (this: string, locales?: Intl.LocalesArgument) { return original.upper.call(this, locales ?? 'tr') }
    // eslint-disable-next-line no-restricted-syntax -- the folding under test
    expect('DEFINITIONS'.toLocaleLowerCase()).toBe('defınıtıons')
    const { findings } = await validateSources({ paths: [fixture], root: fixture, mode: 'draft', today: '2026-01-01', pageCount: async () => 1 })
    expect(readFileSync(join(fixture, 'doc.md'), 'utf8')).toContain('\n# DEFINITIONS\n')
    expect(findings).toEqual([])
  })

  it('validates the same under LANG=tr_TR.UTF-8 and TZ=Asia/Tokyo', () => {
    const run = (env: Record<string, string>) => itudoc(['validate', fixture, '--root', fixture], process.cwd(), env)
    const turkish = run({ LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'Asia/Tokyo' })
    expect(turkish.stdout).toContain('no problems')
    expect(turkish.status).toBe(0)
    expect(turkish.stdout).toBe(run({ LANG: 'C', TZ: 'UTC' }).stdout)
  })
})
