// Adopted texts validate as they were published (issue 8 item 12): no example in sources/ and
// no text of the adopted-text corpus (test/fixtures/adopted: an ITU-T Recommendation from
// before Keywords were mandatory, a WTDC resolution whose operative calls are all free-form)
// has an error in draft mode; submission mode still holds a new text to the newer rule.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const adopted = join('test', 'fixtures', 'adopted')

async function findings(args: string[]): Promise<{ status: number; findings: string[] }> {
  const result = await itudocAsync(['validate', ...args, '--report', 'json'], repository)
  expect(result.stderr).toBe('')
  return { status: result.status, findings: (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`) }
}

describe.concurrent('adopted texts in validate', () => {
  it('no example in sources/ has an error in draft mode', async () => {
    const result = await findings(['sources'])
    expect(result.findings.filter((f) => f.includes(' error '))).toEqual([])
    expect(result.status).toBe(0)
  })

  it('the adopted-text corpus has no error in draft mode: a missing Keywords section is a warning', async () => {
    const result = await findings([adopted, '--root', adopted])
    expect(result).toEqual({ status: 0, findings: [`${adopted}/rec-before-keywords/en.md:5 warning structure/new-text-section-missing`] })
  })

  it('free-form calls such as "resolves to instruct the Director …" are operative in every variant', async () => {
    const result = await findings([join(adopted, 'wtdc-free-form-calls'), '--root', adopted, '--mode', 'submission', '--today', '2026-01-01'])
    expect(result).toEqual({ status: 0, findings: [] })
  })

  it('submission mode holds a new ITU-T Recommendation to the Keywords rule', async () => {
    const result = await findings([join(adopted, 'rec-before-keywords'), '--root', adopted, '--mode', 'submission'])
    expect(result).toEqual({ status: 1, findings: [`${adopted}/rec-before-keywords/en.md:5 error structure/new-text-section-missing`] })
  })
})
