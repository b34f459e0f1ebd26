// Which variant each worker thread takes next. A thread works through one language at a time,
// in source order: whatever it warms for a language — the faces of its script parsed, words
// shaped and measured, hyphenation patterns loaded — serves the rest of that language, where
// threads taking variants in source order each warmed every language of the build. A thread
// done with its language starts the next one nobody has started, the largest first, so the
// threads even out whatever a language costs (an Arabic variant a third more than an English
// one), which shares fixed in advance could not. Once every language is started, a thread
// takes from the end of the language with most variants left, and so keeps to that language,
// warm after its first variant. Among languages of as many variants, those whose documents
// need the most font families (Arabic and Chinese, with Latin for digits and names) are started
// first: a thread's first language warms the code for every script its pages mix, where a
// thread that began with Latin alone had its optimized code thrown away when the first Arabic
// or Chinese document reached paths it had never run (a six-language build on two threads:
// 93 deoptimizations instead of 135, 690 optimizing compilations instead of 735); and the
// language two threads share at the end is one whose faces both threads have parsed already.
// Which thread builds a variant never changes its outputs (pool.ts).
import type { VariantRef } from './variants.js'

/** One language's variants (indices into the build's list, in source order), taken from both ends. */
interface Lane { items: number[]; head: number; tail: number }

export class JobQueue {
  /** Languages nobody has started, the largest first, then those of the most font families. */
  private readonly waiting: Lane[]
  private readonly started: Lane[] = []
  /** The language each thread started last. */
  private readonly current: Array<Lane | undefined>

  /** `families`: how many font families a language's pages need (fonts.ts familiesFor). */
  constructor(refs: readonly VariantRef[], threads: number, families: (lang: string) => number) {
    const byLang = new Map<string, number[]>()
    refs.forEach((ref, index) => {
      const key = ref.lang ?? ''
      const list = byLang.get(key)
      if (list) list.push(index)
      else byLang.set(key, [index])
    })
    this.waiting = [...byLang]
      .sort(([a, x], [b, y]) => y.length - x.length || families(b || 'en') - families(a || 'en') || (a < b ? -1 : 1))
      .map(([, items]) => ({ items, head: 0, tail: items.length }))
    this.current = new Array<Lane | undefined>(threads)
  }

  /** The next variant for thread `thread`, or undefined when every variant is taken. */
  take(thread: number): number | undefined {
    const own = this.current[thread]
    if (own && own.head < own.tail) return own.items[own.head++]
    const next = this.waiting.shift()
    if (next) {
      this.current[thread] = next
      this.started.push(next)
      return next.items[next.head++]
    }
    let largest: Lane | undefined
    for (const lane of this.started) if (lane.tail - lane.head > (largest ? largest.tail - largest.head : 0)) largest = lane
    return largest ? largest.items[--largest.tail] : undefined
  }
}
