// Find the documents under the paths given on the command line. A folder holding
// document.yaml or <lang>.md files is one document; any other .md file is a one-language
// document. Folders are read in sorted order so builds do not depend on the file system.
// Symbolic links are followed only while they stay inside the sources root; a link leading
// out of it, a link loop, or a file that is not a regular file is reported, never read.
import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { isInside, realRoot, reasonOf, resolveInside } from './files.js'

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

/** A path found while discovering that cannot be read: reported as a finding on that path. */
export interface DiscoveryProblem {
  path: string
  status: 'escape' | 'unreadable'
  reason?: string
}

export interface Discovery { documents: DiscoveredDocument[]; missing: string[]; problems: DiscoveryProblem[] }

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

interface Walk {
  root: string
  realRoot: string
  /** Real paths of the folders walked: a link back to an ancestor is walked once. */
  visited: Set<string>
  documents: DiscoveredDocument[]
  problems: DiscoveryProblem[]
}

/** Where a path really is, if it may be read: inside the root, not a loop. */
function locate(walk: Walk, path: string): { real: string; isDirectory: boolean } | undefined {
  const found = resolveInside(walk.realRoot, path)
  if (!('real' in found)) {
    if (found.status === 'escape') walk.problems.push({ path, status: 'escape' })
    else walk.problems.push({ path, status: 'unreadable', reason: found.status === 'missing' ? 'a symbolic link to nothing' : 'reason' in found ? found.reason : '' })
    return undefined
  }
  try {
    return { real: found.real, isDirectory: statSync(found.real).isDirectory() }
  } catch (error) {
    walk.problems.push({ path, status: 'unreadable', reason: reasonOf(error) })
    return undefined
  }
}

function walkFolder(walk: Walk, dir: string, real: string): void {
  if (walk.visited.has(real)) return
  walk.visited.add(real)
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => !ignored(n)).sort()
  } catch (error) {
    walk.problems.push({ path: dir, status: 'unreadable', reason: reasonOf(error) })
    return
  }
  const folderDocument = documentFromFolder(walk.root, dir, names)
  if (folderDocument) {
    walk.documents.push(folderDocument)
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    let stats
    try {
      stats = statSync(path, { throwIfNoEntry: false })
    } catch (error) {
      // A link loop (ELOOP) or an unreadable entry: whatever it was meant to be, say so.
      walk.problems.push({ path, status: 'unreadable', reason: reasonOf(error) })
      continue
    }
    if (!stats) {
      if (name.endsWith('.md')) walk.problems.push({ path, status: 'unreadable', reason: 'a symbolic link to nothing' })
      continue
    }
    // Only what a build uses is looked at further: folders and Markdown files.
    if (!stats.isDirectory() && !name.endsWith('.md')) continue
    const found = locate(walk, path)
    if (!found) continue
    if (found.isDirectory) walkFolder(walk, path, found.real)
    else walk.documents.push(singleFile(walk.root, path))
  }
}

export function discover(paths: readonly string[], root: string): Discovery {
  const walk: Walk = { root, realRoot: realRoot(root), visited: new Set(), documents: [], problems: [] }
  const missing: string[] = []
  for (const path of paths) {
    const found = resolveInside(walk.realRoot, path)
    if ('status' in found && found.status === 'missing') {
      missing.push(path)
      continue
    }
    const located = locate(walk, path)
    if (!located) continue
    if (located.isDirectory) walkFolder(walk, path, located.real)
    else if (variantName.test(basename(path)) || basename(path) === 'document.yaml') {
      // A variant named directly: build that one variant of its folder's document.
      const folder = documentFromFolder(root, dirname(path), readdirSync(dirname(path)).sort())
      if (folder) walk.documents.push({ ...folder, variants: folder.variants.filter((v) => v.path === path || basename(path) === 'document.yaml') })
    } else walk.documents.push(singleFile(root, path))
  }
  const seen = new Set<string>()
  return { documents: walk.documents.filter((d) => !seen.has(d.id) && seen.add(d.id)), missing, problems: walk.problems }
}

/** The paths that do not lie inside the root as written (before following links). */
export function outsideRoot(paths: readonly string[], root: string): string[] {
  return paths.filter((path) => !isInside(resolve(root), resolve(path)))
}
