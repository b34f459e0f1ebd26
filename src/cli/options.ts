// Shared option handling for commands: comma lists, the default sources root, languages,
// template names.
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { languages } from '../model/locale.js'
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

/** Paths default to ./sources; the root is ./sources when every path lies inside it. */
export function sourcePaths(positionals: string[], root: string | undefined): { paths: string[]; root: string } {
  const paths = positionals.length ? positionals : ['sources']
  if (root) return { paths, root }
  const inside = (path: string): boolean => !relative(resolve('sources'), resolve(path)).startsWith('..')
  return { paths, root: existsSync('sources') && paths.every(inside) ? 'sources' : '.' }
}

/** The template a command names, or a usage error listing them (with the nearest to a misspelling). */
export function templateNamed<T>(templates: ReadonlyMap<string, T>, id: string | undefined): T {
  const loaded = id ? templates.get(id) : undefined
  if (loaded) return loaded
  const known = [...templates.keys()]
  throw new UsageError(`${id ? `unknown template "${id}"` : 'name a template'} (use ${known.join(', ')})${id ? didYouMean(id, known) : ''}`)
}
