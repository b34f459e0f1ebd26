// Load and check every locale file. A locale with a missing or unknown key is reported at
// that key's line and not used: no fallback to English.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../model/diagnostic.js'
import { localeSchema, type Locale } from '../model/locale.js'
import { localeRules, metadataRules } from '../model/rules.js'
import { parseYamlSource } from '../resolve/yaml-source.js'
import { localesDir } from './package-root.js'

export interface LoadedLocales { locales: Map<string, Locale>; files: VFile[] }

/** Parse and check one locale file; its problems are reported on the file. */
export function checkLocale(file: VFile): Locale | undefined {
  const yaml = parseYamlSource(String(file.value), { line: 1, column: 1, offset: 0 })
  for (const error of yaml.errors) report(file, metadataRules.yamlSyntax, error, { reason: error.message })
  if (yaml.errors.length) return undefined
  const result = localeSchema().safeParse(yaml.value)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path]
      for (const key of keys) report(file, localeRules.invalid, { position: yaml.positionOf(key) }, { key: key.join('.'), reason: issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message })
    }
    return undefined
  }
  return result.data
}

/**
 * Every locale of `dir`. A shipped locale whose text is the one `npm run build` checked is
 * taken from the build stamp (`checked`) instead of being parsed again.
 */
export function loadLocales(dir = localesDir, checked: (name: string, text: string) => Locale | undefined = () => undefined): LoadedLocales {
  const locales = new Map<string, Locale>()
  const files: VFile[] = []
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, name)
    const file = new VFile({ path: relative(process.cwd(), path), value: readFileSync(path, 'utf8') })
    files.push(file)
    const locale = checked(name, String(file.value)) ?? checkLocale(file)
    if (locale) locales.set(locale.lang, locale)
  }
  return { locales, files }
}
