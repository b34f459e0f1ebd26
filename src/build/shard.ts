// --shard i/n: one runner's share of a build's variants. Variants are taken in the order of
// their source paths and cut into n contiguous runs of about equal total source size, so the
// shares are balanced, the same on every machine, and adding a document moves only the
// variants next to a cut into a neighbouring shard. Every variant is in exactly one shard.
import { statSync } from 'node:fs'

export interface Shard { index: number; count: number }

/** "2/3" → { index: 2, count: 3 }, or undefined when the text is not i/n with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined
}

/** Which shard (1…count) each item falls in, by the midpoint of its weight along the run. */
export function shardOf<T>(items: readonly T[], key: (item: T) => string, weight: (item: T) => number, count: number): Map<T, number> {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  const weights = sorted.map((item) => Math.max(1, weight(item)))
  const total = weights.reduce((sum, w) => sum + w, 0)
  const shards = new Map<T, number>()
  let before = 0
  sorted.forEach((item, i) => {
    const middle = before + weights[i]! / 2
    shards.set(item, Math.min(count, Math.floor((middle * count) / total) + 1))
    before += weights[i]!
  })
  return shards
}

/** The variants of one shard, keyed by their source path (size: the Markdown file's bytes). */
export function selectShard<T extends { path: string }>(refs: readonly T[], shard: Shard, key: (ref: T) => string): T[] {
  const shards = shardOf(refs, key, (ref) => statSync(ref.path).size, shard.count)
  return refs.filter((ref) => shards.get(ref) === shard.index)
}
