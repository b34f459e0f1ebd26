// `itudoc manifest merge`: the outputs of sharded builds (--shard i/n) joined into one tree
// with one manifest and one index page, identical to what a single build writes. Every
// file of every shard is copied; the same path with different bytes in two shards, or two
// manifests from different itudoc versions, is an error (the shards were not one build).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { readManifest, sha256, type ManifestEntry } from './manifest.js'
import { writeManifestAndSite } from './index.js'

export class MergeError extends Error {}

/** Files of a tree, "/"-separated and sorted, without the manifest and index the merge writes. */
function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesOf(path, base)
    const key = relative(base, path).split(sep).join('/')
    return key === 'manifest.json' || key === 'index.html' ? [] : [key]
  })
}

export function mergeOutputs(inputs: readonly string[], out: string): { artifacts: number; files: number } {
  const outDir = resolve(out)
  const entries = new Map<string, ManifestEntry>()
  const generators = new Set<string>()
  const copied = new Map<string, { hash: string; from: string }>()
  for (const input of inputs) {
    const manifest = readManifest(join(input, 'manifest.json'))
    if (!manifest) throw new MergeError(`${input} has no readable manifest.json: is it the --out of an itudoc build?`)
    generators.add(manifest.generator)
    for (const entry of manifest.artifacts) {
      const earlier = entries.get(entry.path)
      if (earlier && JSON.stringify(earlier) !== JSON.stringify(entry)) throw new MergeError(`${entry.path} differs between shards (built from different sources or settings)`)
      entries.set(entry.path, entry)
    }
    if (resolve(input) === outDir) continue
    for (const file of filesOf(input)) {
      const from = join(input, ...file.split('/'))
      const hash = sha256(readFileSync(from))
      const earlier = copied.get(file)
      if (earlier && earlier.hash !== hash) throw new MergeError(`${file} differs between shards`)
      copied.set(file, { hash, from })
    }
  }
  if (generators.size > 1) throw new MergeError(`the shards were built by different versions: ${[...generators].sort().join(', ')}`)
  for (const [file, { from }] of [...copied].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(outDir, ...file.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(from, target)
  }
  for (const entry of entries.values()) {
    if (!existsSync(join(outDir, ...entry.path.split('/')))) throw new MergeError(`${entry.path} is in a manifest but not in its shard's folder`)
  }
  writeManifestAndSite(outDir, { generator: [...generators][0]!, artifacts: [...entries.values()] })
  return { artifacts: entries.size, files: copied.size }
}
