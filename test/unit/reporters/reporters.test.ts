// The machine-readable reports: SARIF 2.1.0 that validates against the official OASIS
// schema (test/fixtures/sarif-schema-2.1.0.json, the errata 01 text), GitHub workflow
// commands with their escaping, and JSON with a summary.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { githubReport } from '../../../src/cli/reporters/github.js'
import { jsonReport } from '../../../src/cli/reporters/json.js'
import { sarifReport } from '../../../src/cli/reporters/sarif.js'
import { DOCS_URL, type Finding } from '../../../src/model/diagnostic.js'
import { itudoc } from '../../e2e/cli.js'
import { sarifValidator } from './sarif-schema.js'

const findings: Finding[] = [
  {
    ruleId: 'contribution/deadline-missed', severity: 'error', file: 'sources/sg1/contribution a/en.md', line: 7, column: 1, endLine: 7, endColumn: 5,
    message: 'Dated 2026-10-08, 11 days before the meeting starts (2026-10-19): less than 12 days before, so it will not be placed on the agenda.',
    hint: 'Contributions must arrive at least 12 calendar days before the meeting.', url: `${DOCS_URL}#contributiondeadline-missed`,
  },
  {
    ruleId: 'resolution/item-punctuation', severity: 'warning', file: 'sources/wtdc-25/res/ar.md', line: 12, column: 1,
    message: 'Item أ) of "إذ تضع في اعتبارها" should end with ";", not "،".', url: `${DOCS_URL}#resolutionitem-punctuation`,
  },
  { ruleId: 'resolution/item-punctuation', severity: 'warning', file: 'sources/wtdc-25/res/en.md', line: 3, column: 2, message: 'Second of the same rule.', url: `${DOCS_URL}#resolutionitem-punctuation` },
  { ruleId: 'custom/info', severity: 'info', file: 'doc.md', line: 1, column: 1, message: 'An informational finding\nover two lines, 100% sure: yes.', url: DOCS_URL },
]

describe('sarif report', () => {
  const validate = sarifValidator()
  const tool = { version: '0.1.0', informationUri: 'https://github.com/itudoc/itudoc' }

  it('validates against the SARIF 2.1.0 schema, with and without findings', () => {
    for (const set of [findings, []]) {
      const log = JSON.parse(sarifReport(set, tool))
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    }
  })

  it('the schema check is not vacuous: a log missing required parts fails', () => {
    const log = JSON.parse(sarifReport(findings, tool))
    delete log.runs[0].tool.driver.name
    log.runs[0].results[0].level = 'fatal'
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining([
      '/runs/0/tool/driver', '/runs/0/results/0/level', '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
    ]))
  })

  it('lists each rule once, points each result at its rule, and keeps paths relative', () => {
    const run = JSON.parse(sarifReport(findings, tool)).runs[0]
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['contribution/deadline-missed', 'custom/info', 'resolution/item-punctuation'])
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(run.tool.driver.rules[0]).toMatchObject({ helpUri: `${DOCS_URL}#contributiondeadline-missed`, defaultConfiguration: { level: 'error' }, shortDescription: { text: expect.any(String) } })
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'error', 'warning', 'warning'])
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'sources/sg1/contribution%20a/en.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 5 },
    })
  })

  it('is what `itudoc validate --report sarif` prints, and that validates too', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'broken', 'translation', 'structure-differs', 'not-ok-swap-calls')
    const result = itudoc(['validate', 'input', '--root', 'input', '--report', 'sarif'], dir)
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.runs[0].results).toEqual([expect.objectContaining({ ruleId: 'translation/structure-differs', level: 'error' })])
  })
})

describe('github report', () => {
  it('prints one workflow command per finding, escaping what would end the command', () => {
    expect(githubReport(findings).split('\n')).toEqual([
      '::notice file=doc.md,line=1,col=1,title=custom/info::An informational finding%0Aover two lines, 100%25 sure: yes.',
      '::error file=sources/sg1/contribution a/en.md,line=7,col=1,endLine=7,endColumn=5,title=contribution/deadline-missed::' +
        'Dated 2026-10-08, 11 days before the meeting starts (2026-10-19): less than 12 days before, so it will not be placed on the agenda.%0Ahint: Contributions must arrive at least 12 calendar days before the meeting.',
      '::warning file=sources/wtdc-25/res/ar.md,line=12,col=1,title=resolution/item-punctuation::Item أ) of "إذ تضع في اعتبارها" should end with ";", not "،".',
      '::warning file=sources/wtdc-25/res/en.md,line=3,col=2,title=resolution/item-punctuation::Second of the same rule.',
      '',
    ])
    expect(githubReport([{ ...findings[3]!, file: 'a:b,c.md' }])).toContain('file=a%3Ab%2Cc.md,')
  })
})

describe('json report', () => {
  it('sorts the findings and counts them by severity', () => {
    const report = JSON.parse(jsonReport(findings))
    expect(report.summary).toEqual({ errors: 1, warnings: 2, infos: 1 })
    expect(report.findings.map((f: Finding) => f.file)).toEqual(['doc.md', 'sources/sg1/contribution a/en.md', 'sources/wtdc-25/res/ar.md', 'sources/wtdc-25/res/en.md'])
  })
})
