// Which variant each worker thread takes next. A thread keeps to a share of the languages:
// whatever it warms for a language — the faces of its script parsed, words shaped and
// measured, hyphenation patterns loaded — serves the rest of that language, where threads
// taking variants in source order each warmed every language of the build. A thread whose
// share is done takes from the end of the largest share left, so no thread idles while work
// remains. Which thread builds a variant never changes its outputs (pool.ts).
import type { VariantRef } from './variants.js'

/** One thread's variants (indices into the build's list, in source order), taken from both ends. */
interface Share { items: number[]; head: number; tail: number }

export class JobQueue {
  private readonly shares: Share[]

  /** `threads` shares of `refs`' languages, balanced by their number of variants. */
  constructor(refs: readonly VariantRef[], threads: number) {
    const byLang = new Map<string, number[]>()
    refs.forEach((ref, index) => {
      const key = ref.lang ?? ''
      const list = byLang.get(key)
      if (list) list.push(index)
      else byLang.set(key, [index])
    })
    // Largest language first, each to the share with the fewest variants so far.
    const langs = [...byLang.keys()].sort((a, b) => byLang.get(b)!.length - byLang.get(a)!.length || (a < b ? -1 : 1))
    const owned: number[][] = Array.from({ length: threads }, () => [])
    for (const lang of langs) {
      let smallest = 0
      for (let t = 1; t < threads; t++) if (owned[t]!.length < owned[smallest]!.length) smallest = t
      owned[smallest]!.push(...byLang.get(lang)!)
    }
    this.shares = owned.map((items) => ({ items: items.sort((a, b) => a - b), head: 0, tail: items.length }))
  }

  /** The next variant for thread `thread`, or undefined when every variant is taken. */
  take(thread: number): number | undefined {
    const own = this.shares[thread]!
    if (own.head < own.tail) return own.items[own.head++]
    let largest: Share | undefined
    for (const share of this.shares) if (share.tail - share.head > (largest ? largest.tail - largest.head : 0)) largest = share
    return largest ? largest.items[--largest.tail] : undefined
  }
}
