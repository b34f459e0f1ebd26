// The build's progress display, driven by events and a clock of the test's own: redrawn in
// place on a terminal, plain lines in a log, nothing when quiet, artifacts when verbose.
import { describe, expect, it } from 'vitest'
import type { ManifestEntry } from '../../../src/build/manifest.js'
import type { BuildEvent } from '../../../src/build/progress.js'
import { progressDisplay, progressStyle, type ProgressOptions } from '../../../src/cli/progress.js'

function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const fake = { text: '', isTTY, columns: 100, write(chunk: string) { fake.text += chunk; return true } }
  return fake as unknown as NodeJS.WriteStream & { text: string }
}

const entry = (path: string) => ({ path }) as ManifestEntry
const events: Array<[number, BuildEvent]> = [
  [0, { type: 'stage', stage: 'checking', total: 0, upToDate: 0 }],
  [2000, { type: 'stage', stage: 'building', total: 4, upToDate: 1 }],
  [3000, { type: 'variant', done: 1, total: 4, source: 'res/en.md', written: [entry('res/res-E.html'), entry('res/res-E.pdf')] }],
  [9000, { type: 'variant', done: 2, total: 4, source: 'res/fr.md', written: [] }],
  [9500, { type: 'stage', stage: 'finishing', total: 4, upToDate: 1 }],
]

function run(options: Omit<ProgressOptions, 'now'>): void {
  let time = 0
  const display = progressDisplay({ ...options, now: () => time })
  for (const [at, event] of events) {
    time = at
    display.listener(event)
  }
  display.stop()
}

describe('build progress', () => {
  it('on a terminal, redraws one line in place with the stage, counts, elapsed time and estimate, and clears it', () => {
    const err = stream(true)
    run({ stream: err, style: 'terminal' })
    const frames = err.text.split('\r').filter(Boolean)
    expect(frames).toEqual([
      'itudoc: checking what changed · 0:00 elapsed\u001b[K',
      'itudoc: building 0/4 · 0:02 elapsed\u001b[K',
      // One variant in one second since rendering began: three more take about three.
      'itudoc: building 1/4 · 0:03 elapsed · about 0:03 left · res/en.md\u001b[K',
      'itudoc: building 2/4 · 0:09 elapsed · about 0:07 left · res/fr.md\u001b[K',
      'itudoc: writing fonts and manifest · 0:10 elapsed · res/fr.md\u001b[K',
      '\u001b[K',
    ])
  })

  it('in a log, prints plain lines every few seconds, and with --verbose the artifacts', () => {
    const err = stream(false)
    const out = stream(false)
    run({ stream: err, style: 'log', every: 5000, artifacts: { stream: out, out: 'out' } })
    expect(err.text).toBe('itudoc: building 2/4, 0:09 elapsed, about 0:07 left\n')
    expect(out.text).toBe('wrote out/res/res-E.html\nwrote out/res/res-E.pdf\n')
  })

  it('prints nothing when quiet, and picks the style from the stream and the environment', () => {
    const err = stream(true)
    run({ stream: err, style: 'off' })
    expect(err.text).toBe('')
    expect(progressStyle(stream(true), {}, false)).toBe('terminal')
    expect(progressStyle(stream(true), { CI: 'true' }, false)).toBe('log')
    expect(progressStyle(stream(false), {}, false)).toBe('log')
    expect(progressStyle(stream(true), {}, true)).toBe('off')
  })
})
