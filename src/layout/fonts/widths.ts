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

/** Texts and their widths in an open-addressing table (linear probing, at most half full). */
export class WidthTable {
  private keys: Array<string | undefined> = new Array<string | undefined>(1024)
  private hashes = new Int32Array(1024)
  private widths = new Float64Array(1024)
  private count = 0

  /** The width of `[from, to)` of `text` whose hash is `hash`, or NaN when it was never added. */
  find(text: string, from: number, to: number, hash: number): number {
    const mask = this.keys.length - 1
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === undefined) return NaN
      if (this.hashes[slot] === (hash | 0) && sameText(key, text, from, to)) return this.widths[slot]!
    }
  }

  /** Add a text not in the table, with its hash (`hashOf` the whole text). */
  add(text: string, hash: number, width: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow()
    this.place(text, hash, width)
    this.count++
  }

  private place(text: string, hash: number, width: number): void {
    const mask = this.keys.length - 1
    let slot = spread(hash) & mask
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask
    this.keys[slot] = text
    this.hashes[slot] = hash
    this.widths[slot] = width
  }

  private grow(): void {
    const { keys, hashes, widths } = this
    this.keys = new Array<string | undefined>(keys.length * 2)
    this.hashes = new Int32Array(keys.length * 2)
    this.widths = new Float64Array(keys.length * 2)
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]
      if (key !== undefined) this.place(key, hashes[slot]!, widths[slot]!)
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
