// Findings on a Word file carry the paragraph (¶N, and line N) and its first words; every
// report format shows both: text as "file.docx:¶N" with an "at:" line, JSON as fields,
// SARIF as the region's line plus a logical location and properties, GitHub in the message.
import { describe, expect, it } from 'vitest'
import { githubReport } from '../../../src/cli/reporters/github.js'
import { jsonReport } from '../../../src/cli/reporters/json.js'
import { sarifReport } from '../../../src/cli/reporters/sarif.js'
import { textReport } from '../../../src/cli/reporters/text.js'
import { DOCS_URL, type Finding } from '../../../src/model/diagnostic.js'
import { sarifValidator } from './sarif-schema.js'

const findings: Finding[] = [
  {
    ruleId: 'contribution/action-required', severity: 'error', file: 'out/doc-E.docx', line: 16, column: 1, paragraph: 16, excerpt: 'X',
    message: 'The contribution is for action but does not say what the meeting is invited to do.', url: `${DOCS_URL}#contributionaction-required`,
  },
  {
    ruleId: 'import/alt-missing', severity: 'warning', file: 'out/doc-E.docx', line: 40, column: 1, paragraph: 40, excerpt: 'Figure 2 – Sites connected in 2024 and …',
    message: 'The image has no alternative text; its caption is used instead.', url: `${DOCS_URL}#importalt-missing`,
  },
  {
    ruleId: 'contribution/page-limit', severity: 'error', file: 'out/doc-E.docx', line: 1, column: 1, paragraph: 0,
    message: 'The contribution lays out to 8 pages; at most 5 are allowed.', url: `${DOCS_URL}#contributionpage-limit`,
  },
]

describe('findings at Word paragraphs in every report', () => {
  it('text: file.docx:¶N and the first words; the whole document without ¶', () => {
    expect(textReport(findings)).toBe(`out/doc-E.docx error contribution/page-limit The contribution lays out to 8 pages; at most 5 are allowed.
out/doc-E.docx:¶16 error contribution/action-required The contribution is for action but does not say what the meeting is invited to do.
  at: "X"
out/doc-E.docx:¶40 warning import/alt-missing The image has no alternative text; its caption is used instead.
  at: "Figure 2 – Sites connected in 2024 and …"
✖ 2 errors, 1 warning
`)
  })

  it('json: paragraph and excerpt fields', () => {
    const report = JSON.parse(jsonReport(findings)) as { findings: Finding[] }
    expect(report.findings.map((f) => [f.paragraph, f.excerpt ?? null, f.line])).toEqual([[0, null, 1], [16, 'X', 16], [40, 'Figure 2 – Sites connected in 2024 and …', 40]])
  })

  it('sarif: valid, the line is the paragraph, named as a logical location with its words', () => {
    const log = JSON.parse(sarifReport(findings, { version: '0.1.0', informationUri: 'https://github.com/itudoc/itudoc' }))
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const result = log.runs[0].results[1]
    expect(result.locations[0].physicalLocation.region.startLine).toBe(16)
    expect(result.locations[0].logicalLocations).toEqual([{ name: '¶16', kind: 'element' }])
    expect(result.properties).toEqual({ paragraph: 16, excerpt: 'X' })
    expect(result.message.text).toContain('(¶16: "X")')
    expect(log.runs[0].results[0].locations[0].logicalLocations).toEqual([{ name: 'document', kind: 'element' }])
  })

  it('github: the paragraph and its words in the annotation', () => {
    expect(githubReport(findings).split('\n')[1]).toBe('::error file=out/doc-E.docx,line=16,col=1,title=contribution/action-required::The contribution is for action but does not say what the meeting is invited to do. (¶16: "X")')
  })
})
