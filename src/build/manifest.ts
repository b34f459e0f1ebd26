// out/manifest.json: every artifact with its SHA-256, the hash of what it was built from,
// template, language, format and (for paginated formats) page count. No timestamps, sorted.
import { createHash } from 'node:crypto'
import { limits, readRegular } from './files.js'

export interface ManifestEntry {
  /** Path relative to the output folder, "/"-separated. */
  path: string
  document: string
  /** The Markdown variant it was built from, relative to the sources root. */
  source: string
  template: string
  lang: string
  format: string
  bytes: number
  sha256: string
  /** Hash of the sources, assets, locale, template and tool version it was built from. */
  sourceHash: string
  /** Images it shows and documents it compiles (relative to the sources root): a change to one rebuilds it. */
  assets?: string[]
  pages?: number
  /** The document's title in this language and its number, for out/index.html. */
  title?: string
  number?: string
}

export interface Manifest { generator: string; artifacts: ManifestEntry[] }

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The manifest of an earlier build, if there is one that can be read (else the build starts afresh). */
export function readManifest(path: string): Manifest | undefined {
  const read = readRegular(path, limits.artifact)
  if (!('bytes' in read)) return undefined
  try {
    const manifest = JSON.parse(read.bytes.toString('utf8')) as Manifest
    return Array.isArray(manifest?.artifacts) ? manifest : undefined
  } catch {
    return undefined
  }
}

export function serializeManifest(manifest: Manifest): string {
  const artifacts = [...manifest.artifacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return `${JSON.stringify({ generator: manifest.generator, artifacts }, null, 2)}\n`
}
