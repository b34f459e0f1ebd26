// Whether a variant must be built again: the hash of everything an artifact is made from, and
// the check of an earlier build's artifacts against it. Kept apart from the rendering code
// (variant-job.ts), so that a build with nothing to do never loads the parser, the templates
// or a writer.
import { relative, sep } from 'node:path'
import { languages } from '../model/languages.js'
import type { Format } from './formats.js'
import { limits, readAsset, readInside, readRegular, realRoot } from './files.js'
import { sha256, type ManifestEntry } from './manifest.js'
import type { JobSettings } from './variant-job.js'
import type { VariantRef } from './variants.js'
import { outputFile } from './write.js'

/**
 * The hash of everything an artifact is made from. Computed before resolving (from the assets
 * the previous build recorded) to skip unchanged variants, and after, from the tree's assets.
 */
export function artifactHash(settings: JobSettings, ref: VariantRef, format: Format, markdown: Uint8Array, shared: Uint8Array | undefined, assets: readonly string[]): string {
  const assetHashes = assets.map((src) => sha256(readAsset(settings.root, src)))
  // An HTML page links to its document's other languages and to its other formats.
  const links = format === 'html' ? [siblingLanguages(ref).join(','), [...settings.formats].sort().join(',')] : []
  return sha256([settings.fingerprint, format, settings.clock, settings.embedFonts ? 'embed-fonts' : '', sha256(markdown), shared ? sha256(shared) : '', ...assets, ...assetHashes, ...links].join('\0'))
}

/**
 * The languages of a document's variants (its <lang>.md files), in ITU's order, whatever
 * subset this build was asked for: a page's links do not depend on --lang or --shard.
 */
export function siblingLanguages(ref: VariantRef): string[] {
  const present = new Set(ref.document.variants.map((variant) => variant.lang))
  return languages.filter((lang) => present.has(lang))
}

/** A source path as the manifest records it: relative to the sources root, "/"-separated. */
export function sourceKey(root: string, path: string): string {
  return relative(root, path).split(sep).join('/')
}

/**
 * Whether a variant's artifacts from the previous build are all still valid: same inputs
 * (sources, recorded assets, tool), files unchanged on disk. Then the variant is not even read
 * beyond hashing, let alone resolved.
 */
export function upToDate(ref: VariantRef, previous: readonly ManifestEntry[], settings: JobSettings): ManifestEntry[] | undefined {
  const source = sourceKey(settings.root, ref.path)
  const mine = previous.filter((entry) => entry.source === source && settings.formats.includes(entry.format as Format))
  if (new Set(mine.map((entry) => entry.format)).size !== settings.formats.length) return undefined
  if (settings.langs && mine.some((entry) => !settings.langs!.includes(entry.lang))) return undefined
  try {
    const real = realRoot(settings.root)
    const read = (path: string, limit: number, inside?: string): Uint8Array => {
      const found = inside ? readInside(inside, path, limit) : readRegular(path, limit)
      if (!('bytes' in found)) throw new Error(found.status)
      return found.bytes
    }
    const markdown = read(ref.path, limits.markdown, real)
    const shared = ref.document.shared ? read(ref.document.shared, limits.yaml, real) : undefined
    for (const entry of mine) {
      if (entry.sourceHash !== artifactHash(settings, ref, entry.format as Format, markdown, shared, entry.assets ?? [])) return undefined
      if (sha256(read(outputFile(settings.outDir, entry.path), limits.artifact)) !== entry.sha256) return undefined
    }
  } catch {
    // A recorded asset, the source or an artifact vanished or cannot be read: build it
    // again and let resolve report why.
    return undefined
  }
  return mine
}
