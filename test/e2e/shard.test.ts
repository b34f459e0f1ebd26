// Sharded builds (issue 11): `build --shard i/n` on n CI runners, then `manifest merge`,
// gives the very tree one build gives — every artifact, font, the manifest and the index
// byte for byte — with each variant built in exactly one shard, also when a runner starts
// from a CI cache that holds other shards' outputs.
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/build/manifest.js'
import { tree } from '../helpers.js'
import { itudoc, itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
// Six variants of different sizes (one per language): enough for three shards, quick to build.
const documents = ['sources/wtdc-25/res-digital-inclusion']

const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
/** Every file of a tree with its hash, "path sha256", sorted. */
const contents = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort().map((file) => `${file} ${hash(join(dir, file))}`)
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest

describe('build --shard i/n and manifest merge', () => {
  const dir = tree({})
  const out = (name: string): string => join(dir, name)

  beforeAll(async () => {
    const runs = await Promise.all([
      itudocAsync(['build', ...documents, '--out', out('full'), '--quiet'], repository),
      ...[1, 2, 3].map((i) => itudocAsync(['build', ...documents, '--shard', `${i}/3`, '--out', out(`shard-${i}`), '--quiet'], repository)),
    ])
    for (const run of runs) expect(run.stderr).toBe('')
    for (const run of runs) expect(run.status).toBe(0)
  }, 300_000)

  it('builds each variant in exactly one shard, none empty', () => {
    const full = [...new Set(manifestOf(out('full')).artifacts.map((a) => a.source))].sort()
    expect(full).toHaveLength(6)
    const shards = [1, 2, 3].map((i) => [...new Set(manifestOf(out(`shard-${i}`)).artifacts.map((a) => a.source))])
    for (const sources of shards) expect(sources.length).toBeGreaterThan(0)
    expect(shards.flat().sort()).toEqual(full)
    // Every format of a variant lands in the variant's shard.
    for (const i of [1, 2, 3]) expect(manifestOf(out(`shard-${i}`)).artifacts).toHaveLength(shards[i - 1]!.length * 3)
  })

  it('merges the shards into the tree one build writes, byte for byte (manifest and index included)', () => {
    const merged = itudoc(['manifest', 'merge', out('shard-1'), out('shard-2'), out('shard-3'), '--out', out('merged')], repository)
    expect(merged.stderr).toBe('')
    expect(merged.status).toBe(0)
    expect(merged.stdout).toContain('3 shards merged')
    const full = contents(out('full'))
    expect(full.some((line) => line.startsWith('index.html '))).toBe(true)
    expect(full.some((line) => line.startsWith('_fonts/'))).toBe(true)
    expect(contents(out('merged'))).toEqual(full)
  })

  it('a runner restored from a cache of the whole tree rebuilds nothing and records only its own share', () => {
    cpSync(out('full'), out('cached-2'), { recursive: true })
    const run = itudoc(['build', ...documents, '--shard', '2/3', '--out', out('cached-2')], repository)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/itudoc: 0 written, \d+ up to date/)
    expect(manifestOf(out('cached-2'))).toEqual(manifestOf(out('shard-2')))
    // The other shards' leftovers in its folder are not merged a second time, nor differently.
    const merged = itudoc(['manifest', 'merge', out('shard-1'), out('cached-2'), out('shard-3'), '--out', out('merged-cache')], repository)
    expect(merged.status).toBe(0)
    expect(contents(out('merged-cache'))).toEqual(contents(out('full')))
  })

  it('refuses shards that disagree, a manifest naming files outside its folder, and a usage it cannot read', () => {
    cpSync(out('shard-1'), out('tampered'), { recursive: true })
    const victim = manifestOf(out('tampered')).artifacts[0]!.path
    writeFileSync(join(out('tampered'), ...victim.split('/')), 'changed after the build')
    const tampered = itudoc(['manifest', 'merge', out('tampered'), out('shard-2'), '--out', out('refused')], repository)
    expect(tampered.status).toBe(1)
    expect(tampered.stderr).toContain(`${victim} is not the file its manifest records`)
    // A manifest naming a file outside its folder: nothing is read from there or written.
    const manifest = manifestOf(out('tampered'))
    manifest.artifacts[0]!.path = '../../shard-2/manifest.json'
    writeFileSync(join(out('tampered'), 'manifest.json'), JSON.stringify(manifest))
    const escaping = itudoc(['manifest', 'merge', out('tampered'), '--out', out('refused')], repository)
    expect(escaping.status).toBe(1)
    expect(escaping.stderr).toContain('names "../../shard-2/manifest.json", which is outside')
    expect(itudoc(['manifest', 'merge', out('nowhere'), '--out', out('refused')], repository).status).toBe(2)
    expect(itudoc(['build', ...documents, '--shard', '4/3', '--out', out('refused')], repository).stderr).toContain('--shard takes i/n')
    expect(readdirSync(dir)).not.toContain('refused')
  })
})
