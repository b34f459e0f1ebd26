// Build progress end to end: on a pseudo-terminal the line is redrawn in place (\r and
// ESC[K); piped, the progress lines are plain text with no control character; --quiet
// prints nothing; --verbose lists every artifact written.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasScript, itudocAsync, itudocInTerminal } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const out = () => mkdtempSync(join(tmpdir(), 'itudoc-progress-'))
const buildArgs = (dir: string) => ['build', 'sources/wtdc-25', '--format', 'html', '--out', dir]
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

describe('build progress', () => {
  it.skipIf(!hasScript)('on a terminal, redraws the progress line in place and clears it before the summary', async () => {
    const result = await itudocInTerminal(buildArgs(out()), repository, { CI: '' })
    expect(result.status).toBe(0)
    const screen = result.stdout
    // Each redraw returns to the start of the line and clears what a longer line left.
    /* eslint-disable no-control-regex -- the terminal's control sequences are the point */
    expect(screen).toMatch(/\ritudoc: building 0\/\d+ · \d+:\d\d elapsed\u001b\[K/)
    expect(screen).toMatch(/\ritudoc: building [1-9]\d*\/\d+ · \d+:\d\d elapsed( · about \d+:\d\d left)? · wtdc-25\/[^\r]+\u001b\[K/)
    expect(screen).toMatch(/\r\u001b\[Kitudoc: \d+ written, 0 up to date/)
    /* eslint-enable no-control-regex */
  })

  it('piped, prints plain progress lines with no control character, and the artifacts with --verbose', async () => {
    const dir = out()
    const result = await itudocAsync([...buildArgs(dir), '--verbose'], repository, { ITUDOC_PROGRESS_SECONDS: '0.001' })
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^itudoc: building \d+\/\d+, \d+:\d\d elapsed/m)
    expect(result.stderr).not.toMatch(controls)
    expect(result.stdout).not.toMatch(controls)
    expect(result.stdout).toContain(`wrote ${dir}/wtdc-25/final-report/final-report-E.html\n`)
    const written = Number(/itudoc: (\d+) written/.exec(result.stdout)?.[1])
    expect(result.stdout.match(/^wrote /gm)).toHaveLength(written)
  })

  it('prints nothing with --quiet (not even on a terminal)', async () => {
    const piped = await itudocAsync([...buildArgs(out()), '--quiet'], repository, { ITUDOC_PROGRESS_SECONDS: '0.001' })
    expect({ status: piped.status, stdout: piped.stdout, stderr: piped.stderr }).toEqual({ status: 0, stdout: '', stderr: '' })
    if (hasScript) expect((await itudocInTerminal([...buildArgs(out()), '--quiet'], repository, { CI: '' })).stdout).toBe('')
  })
})
