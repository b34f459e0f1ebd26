// itudoc validate end to end: the examples validate cleanly, usage errors exit 2, and the
// submission mode turns the warnings that block a submission into errors.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { contributionSource, tree } from '../helpers.js'
import { itudoc, itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')

/** For information, so no action is required; its one contact gives no phone number. */
const contribution = contributionSource({ for: 'information', 'action-required': null, contacts: '\n  - { name: A. Author, email: a.author@example.org }' })

describe('itudoc validate', () => {
  it('finds nothing to report in any example in sources/', () => {
    const result = itudoc(['validate'], repository)
    expect(result.stdout).toBe('✔ no problems\n')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  describe.concurrent('usage errors exit with 2', () => {
    for (const args of [['--report', 'xml'], ['--mode', 'final'], ['--today', '2026-13-01'], ['--today', 'tomorrow'], ['--lang', 'de'], ['--nope']]) {
      it(args.join(' '), async () => {
        const result = await itudocAsync(['validate', 'sources', ...args], repository)
        expect(result.status).toBe(2)
        expect(result.stderr).toMatch(/^itudoc validate: /)
        expect(result.stdout).toBe('')
      })
    }
  })

  it('reports a warning that blocks a submission as an error in submission mode only', async () => {
    const dir = tree({ 'doc.md': contribution })
    const run = async (mode: string) => {
      const result = await itudocAsync(['validate', 'doc.md', '--mode', mode, '--today', '2026-08-28', '--report', 'json'], dir)
      return { status: result.status, findings: (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`) }
    }
    expect(await run('draft')).toEqual({ status: 0, findings: ['13:1 warning contribution/contact-phone'] })
    expect(await run('submission')).toEqual({ status: 1, findings: ['13:1 error contribution/contact-phone'] })
  })

  it('prints GitHub annotations with --report github', () => {
    const dir = tree({ 'doc.md': contribution })
    const result = itudoc(['validate', 'doc.md', '--report', 'github'], dir)
    expect(result.stdout).toBe('::warning file=doc.md,line=13,col=1,endLine=13,endColumn=9,title=contribution/contact-phone::No contact gives a phone number.%0Ahint: Add "phone:" to at least one contact, in international form ("+41 22 730 5111"); the cover has a phone line for it.\n')
    expect(result.status).toBe(0)
  })
})
