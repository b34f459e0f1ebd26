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

export function loadLocales(dir = localesDir): LoadedLocales {
  const locales = new Map<string, Locale>()
  const files: VFile[] = []
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, name)
    const file = new VFile({ path: relative(process.cwd(), path), value: readFileSync(path, 'utf8') })
    files.push(file)
    const yaml = parseYamlSource(String(file.value), { line: 1, column: 1, offset: 0 })
    for (const error of yaml.errors) report(file, metadataRules.yamlSyntax, error, { reason: error.message })
    if (yaml.errors.length) continue
    const result = localeSchema.safeParse(yaml.value)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
        const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path]
        for (const key of keys) report(file, localeRules.invalid, { position: yaml.positionOf(key) }, { key: key.join('.'), reason: issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message })
      }
      continue
    }
    locales.set(result.data.lang, result.data)
  }
  return { locales, files }
}
