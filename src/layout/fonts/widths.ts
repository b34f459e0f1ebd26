// The widths a face has measured, found by a stretch of a longer text without slicing it.
// Layout asks for a width some 5,000 times per variant of the bench corpus (each word when
// its break opportunities are measured and again when its line is placed), nearly always one
// already known: a Map keyed by strings needed a slice per ask and hashed it afresh, and its
// lookup alone was 11 % of a warm layout's CPU profile. Here the caller hashes the stretch
// while it scans it (FNV-1a, one multiply per code unit), and a hit compares code units in place.

/** The hash of an empty stretch; `hashStep` adds one code unit. */
export const hashSeed = 0x811c9dc5

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/** The hash of `[from, to)` of `text`, as `hashStep` builds it. */
export function hashOf(text: string, from: number, to: number): number {
  let hash = hashSeed
  for (let i = from; i < to; i++) hash = hashStep(hash, text.charCodeAt(i))
  return hash
}

/**
 * Slots a lookup looks at before it gives up. FNV is not keyed, so a hostile source can
 * make any number of words share a hash; without a bound each would probe past all the
 * others, quadratic in their number. A text that finds no slot within the bound is simply
 * not kept: a miss costs measuring it again, never a wrong width.
 */
export const maxProbes = 64

/** Texts and their widths in an open-addressing table (linear probing, at most half full). */
export class WidthTable {
  private keys: Array<string | undefined> = new Array<string | undefined>(1024)
  private hashes = new Int32Array(1024)
  private widths = new Float64Array(1024)
  private count = 0

  /** The width of `[from, to)` of `text` whose hash is `hash`, or NaN when it was never added. */
  find(text: string, from: number, to: number, hash: number): number {
    const mask = this.keys.length - 1
    let slot = spread(hash) & mask
    for (let probe = 0; probe < maxProbes; probe++, slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === undefined) return NaN
      if (this.hashes[slot] === (hash | 0) && sameText(key, text, from, to)) return this.widths[slot]!
    }
    return NaN
  }

  /** Add a text not in the table, with its hash (`hashOf` the whole text); kept if a slot is near. */
  add(text: string, hash: number, width: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow()
    if (this.place(text, hash, width)) this.count++
  }

  private place(text: string, hash: number, width: number): boolean {
    const mask = this.keys.length - 1
    let slot = spread(hash) & mask
    for (let probe = 0; probe < maxProbes; probe++, slot = (slot + 1) & mask) {
      if (this.keys[slot] !== undefined) continue
      this.keys[slot] = text
      this.hashes[slot] = hash
      this.widths[slot] = width
      return true
    }
    return false
  }

  private grow(): void {
    const { keys, hashes, widths } = this
    this.keys = new Array<string | undefined>(keys.length * 2)
    this.hashes = new Int32Array(keys.length * 2)
    this.widths = new Float64Array(keys.length * 2)
    this.count = 0
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]
      if (key !== undefined && this.place(key, hashes[slot]!, widths[slot]!)) this.count++
    }
  }
}

/** FNV's low bits alone make a poor table index: fold the high bits in. */
function spread(hash: number): number {
  return hash ^ (hash >>> 16)
}

function sameText(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false
  return true
}
