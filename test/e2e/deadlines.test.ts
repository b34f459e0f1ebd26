// Submission deadlines at their boundaries, with --today standing for the submission date:
// ITU-D Resolution 1 §4 (45 days: translated; 12-44: published untranslated, a warning;
// under 12: not on the agenda, an error; 21 days for a WTDC), ITU-T A.1 (2 months; 12 days).
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { tree } from '../helpers.js'
import { itudocAsync } from './cli.js'

interface Case { name: string; meta: string; today: string; expected: string | undefined }

const d = 'sector: D\nstudy-group: 1\ndocument: SG1RGQ/9\nquestions: ["5/1"]\nmeeting: { venue: Geneva, start: 2026-10-19, end: 2026-10-23 }'
const t = 'sector: T\nstudy-group: 12\ndocument: SG12-C9\nquestions: ["12/12"]\nmeeting: { venue: Geneva, start: 2026-05-12, end: 2026-05-21 }'
const forAction = 'for: action\naction-required: The meeting is invited to take note.'

const cases: Case[] = [
  { name: 'ITU-D, 45 days before: translated', meta: `${d}\n${forAction}`, today: '2026-09-04', expected: undefined },
  { name: 'ITU-D, 44 days before: untranslated', meta: `${d}\n${forAction}`, today: '2026-09-05', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-D, 12 days before: untranslated', meta: `${d}\n${forAction}`, today: '2026-10-07', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-D, 11 days before: not on the agenda', meta: `${d}\n${forAction}`, today: '2026-10-08', expected: 'error contribution/deadline-missed' },
  { name: 'ITU-D for information, 12 days before: accepted, no translation expected', meta: `${d}\nfor: information`, today: '2026-10-07', expected: undefined },
  { name: 'ITU-D for information, 11 days before', meta: `${d}\nfor: information`, today: '2026-10-08', expected: 'error contribution/deadline-missed' },
  { name: 'WTDC, 21 days before', meta: `${d}\n${forAction}\nconference: true`, today: '2026-09-28', expected: undefined },
  { name: 'WTDC, 20 days before', meta: `${d}\n${forAction}\nconference: true`, today: '2026-09-29', expected: 'error contribution/deadline-missed' },
  { name: 'ITU-T, 2 months before: translated', meta: `${t}\nfor: action`, today: '2026-03-12', expected: undefined },
  { name: 'ITU-T, 2 months less a day: untranslated', meta: `${t}\nfor: action`, today: '2026-03-13', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-T, 12 days before', meta: `${t}\nfor: action`, today: '2026-04-30', expected: 'warning contribution/deadline-untranslated' },
  { name: 'ITU-T, 11 days before', meta: `${t}\nfor: action`, today: '2026-05-01', expected: 'error contribution/deadline-missed' },
]

const source = (meta: string) => `---
template: contribution
${meta}
date: 2026-01-05
original-language: en
source: Republic of Examplia
title: A contribution
contacts:
  - { name: A. Author, phone: "+41 22 000 0000", email: a.author@example.org }
---

:::abstract
A short abstract.
:::

# Proposal

Text.
`

describe.concurrent('contribution deadlines at their boundaries (--mode submission --today)', () => {
  for (const { name, meta, today, expected } of cases) {
    it(name, async () => {
      const dir = tree({ 'doc.md': source(meta) })
      const result = await itudocAsync(['validate', 'doc.md', '--mode', 'submission', '--today', today, '--report', 'json'], dir)
      const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
      expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(expected ? [expected] : [])
      expect(result.status).toBe(expected?.startsWith('error') ? 1 : 0)
      // Reported at the meeting, whose start is what the submission date is measured against.
      if (expected) expect(findings[0]).toMatchObject({ line: meta.split('\n').findIndex((l) => l.startsWith('meeting:')) + 3, column: 1 })
    })
  }

  it('in draft mode without --today, measures from the contribution\'s own date', async () => {
    const dir = tree({ 'doc.md': source(`${d}\n${forAction}`).replace('date: 2026-01-05', 'date: 2026-10-08') })
    const result = await itudocAsync(['validate', 'doc.md', '--report', 'json'], dir)
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'contribution/deadline-missed', line: 10, column: 1 })])
    expect(findings[0]!.message).toBe('Dated 2026-10-08, 11 days before the meeting starts (2026-10-19): less than 12 days before, so it will not be placed on the agenda.')
  })
})
