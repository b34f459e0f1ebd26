// Submission deadlines at their boundaries, with --today standing for the submission date:
// ITU-D Resolution 1 §4 (45 days: translated; 12-44: published untranslated, a warning;
// under 12: not on the agenda, an error; 21 days for a WTDC), ITU-T A.1 (2 months; 12 days).
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { contributionSource, tree } from '../helpers.js'
import { itudocAsync } from './cli.js'

interface Case { name: string; fields: Record<string, string | null>; today: string; expected: string | undefined }

const t = { sector: 'T', 'study-group': '12', document: 'SG12-C9', questions: '["12/12"]', meeting: '{ venue: Geneva, start: 2026-05-12, end: 2026-05-21 }' }
const forInformation = { for: 'information', 'action-required': null }

const cases: Case[] = [
  { name: 'ITU-D, 45 days before: translated', fields: {}, today: '2026-09-04', expected: undefined },
  { name: 'ITU-D, 44 days before: untranslated', fields: {}, today: '2026-09-05', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-D, 12 days before: untranslated', fields: {}, today: '2026-10-07', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-D, 11 days before: not on the agenda', fields: {}, today: '2026-10-08', expected: 'error contribution/deadline-missed' },
  { name: 'ITU-D for information, 12 days before: accepted, no translation expected', fields: forInformation, today: '2026-10-07', expected: undefined },
  { name: 'ITU-D for information, 11 days before', fields: forInformation, today: '2026-10-08', expected: 'error contribution/deadline-missed' },
  { name: 'WTDC, 21 days before', fields: { conference: 'true' }, today: '2026-09-28', expected: undefined },
  { name: 'WTDC, 20 days before', fields: { conference: 'true' }, today: '2026-09-29', expected: 'error contribution/deadline-missed' },
  { name: 'ITU-T, 2 months before: translated', fields: t, today: '2026-03-12', expected: undefined },
  { name: 'ITU-T, 2 months less a day: untranslated', fields: t, today: '2026-03-13', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-T, 12 days before', fields: t, today: '2026-04-30', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-T, 11 days before', fields: t, today: '2026-05-01', expected: 'error contribution/deadline-missed' },
]

const lineOf = (text: string, key: string): number => text.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1

describe.concurrent('contribution deadlines at their boundaries (--mode submission --today)', () => {
  for (const { name, fields, today, expected } of cases) {
    it(name, async () => {
      const source = contributionSource({ ...fields, date: '2026-01-05' })
      const dir = tree({ 'doc.md': source })
      const result = await itudocAsync(['validate', 'doc.md', '--mode', 'submission', '--today', today, '--report', 'json'], dir)
      const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
      expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(expected ? [expected] : [])
      expect(result.status).toBe(expected?.startsWith('error') ? 1 : 0)
      // Reported at the meeting, whose start is what the submission date is measured against.
      if (expected) expect(findings[0]).toMatchObject({ line: lineOf(source, 'meeting'), column: 1 })
    })
  }

  it('in draft mode without --today, measures from the contribution\'s own date', async () => {
    const source = contributionSource({ date: '2026-10-08' })
    const dir = tree({ 'doc.md': source })
    const result = await itudocAsync(['validate', 'doc.md', '--report', 'json'], dir)
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'contribution/deadline-missed', line: lineOf(source, 'date'), column: 1 })])
    expect(findings[0]!.message).toBe('Dated 2026-10-08, 11 days before the meeting starts (2026-10-19): less than 12 days before, so it will not be placed on the agenda.')
  })
})
