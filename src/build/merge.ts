// `itudoc manifest merge`: the outputs of sharded builds (--shard i/n) joined into one tree
// with one manifest and one index page, identical to what a single build writes. What is
// copied is what the shards' manifests list (each file checked against its recorded hash)
// and the shared fonts: a shard's folder restored from a CI cache may hold leftovers, which
// stay behind. The same artifact recorded differently by two shards, or shards from
// different itudoc versions, is an error (they were not one build); nothing is read or
// written outside the folders named, whatever a manifest says.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { limits, readInside, readRegular, realRoot } from './files.js'
import { fontFolder } from './formats.js'
import { readManifest, sha256, type ManifestEntry } from './manifest.js'
import { RefusedError } from './refusal.js'
import { writeManifestAndSite } from './site.js'
import { outputFile, writeAtomic } from './write.js'

export class MergeError extends Error {}

/** A file of a shard's folder, read only if it really is inside that folder. */
function readFromShard(shard: string, path: string): Buffer {
  let file: string
  try {
    file = outputFile(shard, path)
  } catch (error) {
    if (error instanceof RefusedError) throw new MergeError(`${shard}/manifest.json names "${path}", which is outside ${shard}: nothing was written`)
    throw error
  }
  const read = readInside(realRoot(shard), file, limits.artifact)
  if ('bytes' in read) return read.bytes
  throw new MergeError(`${shard}/${path} cannot be read (${read.status === 'unreadable' ? read.reason : read.status})`)
}

/** The shared font files of a shard's folder ("_fonts/<name>"). */
function fontsOf(shard: string): string[] {
  try {
    return readdirSync(outputFile(shard, fontFolder), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => `${fontFolder}/${entry.name}`)
  } catch {
    return []
  }
}

export async function mergeOutputs(inputs: readonly string[], out: string): Promise<{ artifacts: number; files: number }> {
  const outDir = resolve(out)
  const entries = new Map<string, ManifestEntry>()
  const generators = new Set<string>()
  /** Every file to write, by its path under the output folder: its hash and a shard that has it. */
  const files = new Map<string, { hash: string; shard: string }>()
  const take = (path: string, hash: string, shard: string): void => {
    const earlier = files.get(path)
    if (earlier && earlier.hash !== hash) throw new MergeError(`${path} differs between shards (${earlier.shard} and ${shard})`)
    files.set(path, { hash, shard })
  }
  for (const input of inputs) {
    const manifest = readManifest(outputFile(input, 'manifest.json'))
    if (!manifest) throw new MergeError(`${input} has no readable manifest.json: is it the --out of an itudoc build?`)
    generators.add(manifest.generator)
    for (const entry of manifest.artifacts) {
      const earlier = entries.get(entry.path)
      if (earlier && JSON.stringify(earlier) !== JSON.stringify(entry)) throw new MergeError(`${entry.path} differs between shards (built from different sources or settings)`)
      entries.set(entry.path, entry)
      if (sha256(readFromShard(input, entry.path)) !== entry.sha256) throw new MergeError(`${input}/${entry.path} is not the file its manifest records (changed after the build?)`)
      take(entry.path, entry.sha256, input)
    }
    for (const font of fontsOf(input)) take(font, sha256(readFromShard(input, font)), input)
  }
  if (generators.size > 1) throw new MergeError(`the shards were built by different versions: ${[...generators].sort().join(', ')}`)
  // Every target checked before anything is written: none may leave the output folder.
  const targets = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, from]) => ({ target: outputFile(outDir, path), path, ...from }))
  for (const { target, path, hash, shard } of targets) {
    const data = readFromShard(shard, path)
    if (sha256(data) !== hash) throw new MergeError(`${shard}/${path} changed while merging`)
    const there = readRegular(target, limits.artifact)
    if (!('bytes' in there) || !there.bytes.equals(data)) writeAtomic(target, data)
  }
  await writeManifestAndSite(outDir, { generator: [...generators][0]!, artifacts: [...entries.values()] })
  return { artifacts: entries.size, files: files.size }
}
