// How many threads a build takes when --jobs does not say: one until the work (variants
// times their formats' cost) is worth a second thread's start-up, then every core, up to 8.
import { describe, expect, it } from 'vitest'
import { defaultThreads } from '../../../src/build/pool.js'

describe('defaultThreads', () => {
  it('takes every core for the bench corpus in three formats, one thread for a few documents', () => {
    expect(defaultThreads(60, ['html', 'docx', 'pdf'], 2)).toBe(2)
    expect(defaultThreads(15, ['html', 'docx', 'pdf'], 2)).toBe(1)
    expect(defaultThreads(1, ['pdf'], 8)).toBe(1)
  })

  it('weighs a variant by its formats: PDF costs most, HTML least', () => {
    expect(defaultThreads(60, ['pdf'], 2)).toBe(2)
    expect(defaultThreads(40, ['pdf'], 2)).toBe(1)
    expect(defaultThreads(240, ['html'], 2)).toBe(1)
    expect(defaultThreads(240, ['docx'], 2)).toBe(2)
  })

  it('takes at most 8 threads', () => {
    expect(defaultThreads(360, ['html', 'docx', 'pdf'], 64)).toBe(8)
    expect(defaultThreads(360, ['html', 'docx', 'pdf'], 1)).toBe(1)
  })
})
