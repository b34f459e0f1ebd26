// Shared option handling for commands: comma lists, the default sources root, languages,
// template names.
import { existsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { languages } from '../model/languages.js'
import { didYouMean } from './args.js'
import { UsageError } from './usage.js'

export function commaList(value: string | undefined): string[] | undefined {
  return value?.split(',').map((v) => v.trim()).filter(Boolean)
}

export function checkLanguages(langs: string[] | undefined): string[] | undefined {
  for (const lang of langs ?? []) {
    if (!(languages as readonly string[]).includes(lang)) throw new UsageError(`unknown language "${lang}" (use ${languages.join(', ')})`)
  }
  return langs
}

/**
 * Paths default to ./sources. The sources root (--root) is where output paths start from and
 * what no source may reach out of: by default ./sources when every path lies inside it, else
 * the folder the paths have in common (a file's own folder for a single file).
 */
export function sourcePaths(positionals: string[], root: string | undefined): { paths: string[]; root: string } {
  const paths = positionals.length ? positionals : ['sources']
  if (root) return { paths, root }
  const inside = (path: string): boolean => !relative(resolve('sources'), resolve(path)).startsWith('..')
  if (existsSync('sources') && paths.every(inside)) return { paths, root: 'sources' }
  const common = commonFolder(paths.map((path) => (isFolder(path) ? resolve(path) : dirname(resolve(path)))))
  const shown = relative(process.cwd(), common)
  return { paths, root: shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? common : shown }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** The deepest folder that holds every one of the (absolute) folders. */
function commonFolder(folders: string[]): string {
  const split = folders.map((folder) => folder.split(sep))
  const first = split[0]!
  let length = first.length
  for (const parts of split) {
    let same = 0
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++
    length = same
  }
  return first.slice(0, length).join(sep) || sep
}

/** The template a command names, or a usage error listing them (with the nearest to a misspelling). */
export function templateNamed<T>(templates: ReadonlyMap<string, T>, id: string | undefined): T {
  const loaded = id ? templates.get(id) : undefined
  if (loaded) return loaded
  const known = [...templates.keys()]
  throw new UsageError(`${id ? `unknown template "${id}"` : 'name a template'} (use ${known.join(', ')})${id ? didYouMean(id, known) : ''}`)
}
