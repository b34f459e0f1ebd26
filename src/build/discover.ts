// Find the documents under the paths given on the command line. A folder holding
// document.yaml or <lang>.md files is one document; any other .md file is a one-language
// document. Folders are read in sorted order so builds do not depend on the file system.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'

export interface DiscoveredDocument {
  /** Folder (or file without .md) relative to the sources root, with "/" separators. */
  id: string
  /** Last path segment: the default output name. */
  slug: string
  /** Output folder relative to the output root, "/"-separated ("" for the root itself). */
  outputDir: string
  /** Path of document.yaml, if any. */
  shared?: string
  /** Language variants: lang → Markdown path (a single-file document has lang undefined). */
  variants: Array<{ lang?: string; path: string }>
}

export interface Discovery { documents: DiscoveredDocument[]; missing: string[] }

const variantName = /^([a-z]{2})\.md$/
const ignored = (name: string): boolean => name.startsWith('.') || name.startsWith('_') || name === 'node_modules' || name === 'README.md'

function toId(root: string, path: string): string {
  return relative(root, path).split(sep).join('/') || basename(path)
}

function documentFromFolder(root: string, dir: string, names: string[]): DiscoveredDocument | undefined {
  const variants = names.filter((n) => variantName.test(n)).map((n) => ({ lang: variantName.exec(n)![1]!, path: join(dir, n) }))
  const hasShared = names.includes('document.yaml')
  if (!variants.length && !hasShared) return undefined
  const id = toId(root, dir)
  return { id, slug: basename(dir), outputDir: id, variants, ...(hasShared ? { shared: join(dir, 'document.yaml') } : {}) }
}

/** A one-language document: its outputs go beside where the file sits. */
function singleFile(root: string, path: string): DiscoveredDocument {
  const id = toId(root, path).replace(/\.md$/, '')
  const outputDir = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : ''
  return { id, slug: basename(path, '.md'), outputDir, variants: [{ path }] }
}

function walk(root: string, dir: string, out: DiscoveredDocument[]): void {
  const names = readdirSync(dir).filter((n) => !ignored(n)).sort()
  const folderDocument = documentFromFolder(root, dir, names)
  if (folderDocument) {
    out.push(folderDocument)
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(root, path, out)
    else if (name.endsWith('.md')) out.push(singleFile(root, path))
  }
}

export function discover(paths: readonly string[], root: string): Discovery {
  const documents: DiscoveredDocument[] = []
  const missing: string[] = []
  for (const path of paths) {
    if (!existsSync(path)) {
      missing.push(path)
      continue
    }
    if (statSync(path).isDirectory()) walk(root, path, documents)
    else if (variantName.test(basename(path)) || basename(path) === 'document.yaml') {
      // A variant named directly: build that one variant of its folder's document.
      const folder = documentFromFolder(root, dirname(path), readdirSync(dirname(path)).sort())
      if (folder) documents.push({ ...folder, variants: folder.variants.filter((v) => v.path === path || basename(path) === 'document.yaml') })
    } else documents.push(singleFile(root, path))
  }
  const seen = new Set<string>()
  return { documents: documents.filter((d) => !seen.has(d.id) && seen.add(d.id)), missing }
}
