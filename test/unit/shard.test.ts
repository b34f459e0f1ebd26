import { describe, expect, it } from 'vitest'
import { parseShard, shardOf } from '../../src/build/shard.js'

describe('--shard i/n', () => {
  const items = Array.from({ length: 30 }, (_, i) => ({ key: `doc-${String(i).padStart(2, '0')}`, size: 1000 + ((i * 7919) % 5000) }))
  const assign = (list: typeof items) => shardOf(list, (d) => d.key, (d) => d.size, 3)

  it('puts every item in exactly one shard, balanced by size', () => {
    const shards = assign(items)
    expect([...shards.values()].every((s) => s >= 1 && s <= 3)).toBe(true)
    const totals = [1, 2, 3].map((s) => items.filter((d) => shards.get(d) === s).reduce((sum, d) => sum + d.size, 0))
    const all = totals.reduce((a, b) => a + b, 0)
    for (const total of totals) expect(Math.abs(total - all / 3)).toBeLessThan(6000)
  })

  it('moves only items next to a cut when a document is added', () => {
    const before = assign(items)
    const added = { key: 'doc-15a', size: 2000 }
    const after = assign([...items, added])
    const moved = items.filter((d) => before.get(d) !== after.get(d))
    expect(moved.length).toBeLessThanOrEqual(2)
  })

  it('parses i/n and refuses the rest', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0']) expect(parseShard(bad)).toBeUndefined()
  })
})
