// Every independent finding in one run: one source breaks rules of four groups (metadata,
// structure, xref, figure) and `itudoc validate` reports all of them at once, skipping only
// what an error makes meaningless. On a terminal each finding shows its source line with a
// caret under the column; piped, the report stays plain lines with no control characters.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { hasScript, itudocAsync, itudocInTerminal } from './cli.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'all-findings')
const args = ['validate', 'input', '--root', 'input']

describe('itudoc validate reports every finding in one run', () => {
  it('reports errors of the metadata, structure, xref and figure groups of one source together', async () => {
    const result = await itudocAsync([...args, '--report', 'json'], dir)
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '6:1 metadata/field-type',
      '7:1 metadata/field-type',
      '20:37 xref/broken',
      '23:1 figure/missing-alt',
      '26:1 structure/figure-without-image',
      '30:1 markdown/unknown-directive',
      // A validation rule still runs on the rest of the body …
      '38:1 structure/empty-section',
    ])
    // … but none that reads the invalid `study-group` (metadata/unknown-study-group), and the
    // figure an error left out is not reported again as an empty "Scope".
    expect(new Set(findings.map((f) => f.ruleId.split('/')[0]))).toEqual(new Set(['metadata', 'xref', 'figure', 'structure', 'markdown']))
    expect(result.status).toBe(1)
  })

  it('says what is wrong with a metadata value in plain words, not the schema library\'s', async () => {
    const result = await itudocAsync(args, dir)
    expect(result.stdout).toContain('input/doc.md:7:1 error metadata/field-type Field "study-group" must be a number, not text: "two".\n')
    expect(result.stdout).toContain('Field "approval-date" is not a real calendar date.')
    expect(result.stdout).not.toMatch(/Invalid input|expected number, received/)
  })

  it('piped, prints one plain line per finding: no excerpt, no control character', async () => {
    const result = await itudocAsync(args, dir, { NO_COLOR: '' })
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
    expect(result.stdout).not.toContain(' | ')
  })

  it.skipIf(!hasScript)('on a terminal, shows the source line with a caret under the column', async () => {
    const result = await itudocInTerminal(args, dir)
    const screen = result.stdout.replace(/\r\n/g, '\n')
    expect(screen).toContain([
      'input/doc.md:20:37 error xref/broken Cross-reference to "#nowhere", which does not exist.',
      '  20 | This Recommendation is described in :ref{#nowhere}.',
      `     | ${' '.repeat(36)}${'^'.repeat(':ref{#nowhere}'.length)}`,
    ].join('\n'))
    expect(screen).toContain(['  30 | :::boxx', '     | ^'].join('\n'))
    expect(result.status).toBe(1)
  })
})
