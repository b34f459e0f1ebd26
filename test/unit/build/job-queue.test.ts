import { describe, expect, it } from 'vitest'
import { JobQueue } from '../../../src/build/job-queue.js'
import type { VariantRef } from '../../../src/build/variants.js'

/** `documents` documents in each language, listed as discovery lists them: by document, then language. */
function refs(langs: readonly string[], documents: number): VariantRef[] {
  const list: VariantRef[] = []
  for (let d = 0; d < documents; d++) {
    for (const lang of langs) list.push({ document: { id: `res-${d}` } as VariantRef['document'], lang, path: `res-${d}/${lang}.md` })
  }
  return list
}

/** Every index thread `thread` takes until the queue is empty. */
function drain(queue: JobQueue, thread: number): number[] {
  const taken: number[] = []
  for (let next = queue.take(thread); next !== undefined; next = queue.take(thread)) taken.push(next)
  return taken
}

describe('JobQueue', () => {
  const six = ['ar', 'en', 'es', 'fr', 'ru', 'zh']

  it('gives each thread the variants of its own languages first, in source order', () => {
    const list = refs(six, 10)
    const queue = new JobQueue(list, 2)
    const first = Array.from({ length: 30 }, () => queue.take(0)!)
    const second = Array.from({ length: 30 }, () => queue.take(1)!)
    const langsOf = (taken: number[]) => [...new Set(taken.map((i) => list[i]!.lang))].sort()
    expect(langsOf(first)).toHaveLength(3)
    expect(langsOf(second)).toHaveLength(3)
    expect([...langsOf(first), ...langsOf(second)].sort()).toEqual(six)
    expect(first).toEqual([...first].sort((a, b) => a - b))
    expect(queue.take(0)).toBeUndefined()
    expect(queue.take(1)).toBeUndefined()
  })

  it('lets a thread whose share is done take from the end of the largest share left', () => {
    const list = refs(['en', 'fr', 'zh'], 4)
    const queue = new JobQueue(list, 2)
    // Four variants each: en to thread 0, fr to thread 1, zh to the first of the two level shares (0).
    const own = Array.from({ length: 4 }, () => queue.take(1)!)
    expect(own.map((i) => list[i]!.lang)).toEqual(['fr', 'fr', 'fr', 'fr'])
    // Then the last variant of thread 0's share, which thread 0 would take last.
    expect(queue.take(1)).toBe(11)
    expect(list[11]!.lang).toBe('zh')
    const rest = drain(queue, 0)
    expect(rest.map((i) => list[i]!.lang)).toEqual(['en', 'zh', 'en', 'zh', 'en', 'zh', 'en'])
    expect([...own, 11, ...rest].sort((a, b) => a - b)).toEqual(list.map((_, i) => i))
  })

  it('shares one language between threads: one from the front, the other from the back', () => {
    const list = refs(['en'], 6)
    const queue = new JobQueue(list, 2)
    expect([queue.take(0), queue.take(1), queue.take(0), queue.take(1), queue.take(0), queue.take(1)]).toEqual([0, 5, 1, 4, 2, 3])
    expect(queue.take(0)).toBeUndefined()
  })

  it('takes every variant exactly once, whichever threads ask in whatever order', () => {
    const list = refs(six, 7).concat(refs(['en'], 5))
    for (const threads of [1, 2, 3, 8]) {
      const queue = new JobQueue(list, threads)
      const taken: number[] = []
      let step = 0
      for (;;) {
        // A fixed but uneven order of asking threads.
        const next = queue.take((step * 7 + (step >> 2)) % threads)
        step++
        if (next === undefined) break
        taken.push(next)
      }
      for (let t = 0; t < threads; t++) expect(queue.take(t)).toBeUndefined()
      expect(taken.sort((a, b) => a - b)).toEqual(list.map((_, i) => i))
    }
  })
})
