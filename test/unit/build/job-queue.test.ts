import { describe, expect, it } from 'vitest'
import { familiesFor } from '../../../src/build/fonts.js'
import { JobQueue as Queue } from '../../../src/build/job-queue.js'
import type { VariantRef } from '../../../src/build/variants.js'

/** `documents` documents in each language, listed as discovery lists them: by document, then language. */
function refs(langs: readonly string[], documents: number): VariantRef[] {
  const list: VariantRef[] = []
  for (let d = 0; d < documents; d++) {
    for (const lang of langs) list.push({ document: { id: `res-${d}` } as VariantRef['document'], lang, path: `res-${d}/${lang}.md` })
  }
  return list
}

/** The queue as the pool makes it. */
class JobQueue extends Queue {
  constructor(refs: readonly VariantRef[], threads: number) {
    super(refs, threads, (lang) => familiesFor(lang).length)
  }
}

/** Every index thread `thread` takes until the queue is empty. */
function drain(queue: JobQueue, thread: number): number[] {
  const taken: number[] = []
  for (let next = queue.take(thread); next !== undefined; next = queue.take(thread)) taken.push(next)
  return taken
}

describe('JobQueue', () => {
  const six = ['ar', 'en', 'es', 'fr', 'ru', 'zh']

  it('gives a thread one language at a time, in source order, the largest not yet started first', () => {
    const list = refs(six, 10).concat(refs(['fr'], 2))
    const queue = new JobQueue(list, 2)
    const langs = (taken: number[]) => taken.map((i) => list[i]!.lang)
    // French has the most variants; the rest, level, go Arabic and Chinese first (their pages
    // need two font families), then in order of their names.
    const first = Array.from({ length: 12 }, () => queue.take(0)!)
    expect(langs(first)).toEqual(Array(12).fill('fr'))
    expect(first).toEqual([...first].sort((a, b) => a - b))
    const second = Array.from({ length: 10 }, () => queue.take(1)!)
    expect(langs(second)).toEqual(Array(10).fill('ar'))
    expect(second).toEqual([...second].sort((a, b) => a - b))
    // Thread 0 is done with French first (the faster thread): it starts the next language.
    expect(langs([queue.take(0)!, queue.take(1)!, queue.take(0)!])).toEqual(['zh', 'en', 'zh'])
    expect(langs([...drain(queue, 0), ...drain(queue, 1)]).filter((lang, i, all) => all.indexOf(lang) === i)).toEqual(['zh', 'es', 'ru', 'en'])
  })

  it('starts the languages whose pages need more font families first, among languages of as many variants', () => {
    const list = refs(['en', 'es', 'ru', 'zh', 'ar', 'fr'], 3)
    const queue = new JobQueue(list, 2)
    const order = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1].map((thread) => list[queue.take(thread)!]!.lang)
    expect(order.filter((lang, i) => order.indexOf(lang) === i)).toEqual(['ar', 'zh', 'en', 'es', 'fr', 'ru'])
    // Variant counts still come first: a larger English share goes before Arabic.
    const more = refs(['ar', 'zh'], 2).concat(refs(['en'], 3))
    expect(more[new JobQueue(more, 1).take(0)!]!.lang).toBe('en')
  })

  it('once every language is started, takes from the end of the one with most left, and keeps to it', () => {
    const list = refs(['en', 'fr', 'ru'], 4)
    const queue = new JobQueue(list, 2)
    // en to thread 0, fr to thread 1; thread 1 is quicker and starts ru too.
    expect(queue.take(0)).toBe(0)
    const quick = [...Array.from({ length: 4 }, () => queue.take(1)!), ...Array.from({ length: 4 }, () => queue.take(1)!)]
    expect(quick.map((i) => list[i]!.lang)).toEqual(['fr', 'fr', 'fr', 'fr', 'ru', 'ru', 'ru', 'ru'])
    // Nothing left to start: the last English variant, which thread 0 would take last, then the one before.
    expect(queue.take(1)).toBe(9)
    expect(queue.take(1)).toBe(6)
    expect(drain(queue, 0)).toEqual([3])
    expect(queue.take(1)).toBeUndefined()
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
