// out/manifest.json: every artifact with its SHA-256, the hash of what it was built from,
// template, language, format and (for paginated formats) page count. No timestamps, sorted.
import { existsSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'

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
}

export interface Manifest { generator: string; artifacts: ManifestEntry[] }

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

export function serializeManifest(manifest: Manifest): string {
  const artifacts = [...manifest.artifacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return `${JSON.stringify({ generator: manifest.generator, artifacts }, null, 2)}\n`
}
