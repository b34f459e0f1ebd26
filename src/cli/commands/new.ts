// itudoc new <template> [--lang xx] [--sector S] [path]: write a skeleton source that builds
// and validates as it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { loadShippedLocales } from '../../build/build-stamp.js'
import { loadTemplates } from '../../build/templates.js'
import { writeAtomic } from '../../build/write.js'
import { templateSectors } from '../metadata-schema.js'
import { templateNamed } from '../options.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

/**
 * The skeleton with each heading that is an English locale label ("# Scope") in `lang`:
 * validate finds a template's required clauses by their title in the document's language.
 */
async function localizeHeadings(skeleton: string, lang: string): Promise<string> {
  const { locales } = await loadShippedLocales()
  const english = locales.get('en')!.labels
  const target = locales.get(lang)?.labels
  if (!target || lang === 'en') return skeleton
  const byTitle = new Map(Object.entries(english).map(([key, title]) => [title, target[key as keyof typeof target]]))
  return skeleton.replace(/^(#+ )(.+)$/gm, (line, hashes: string, title: string) => (byTitle.get(title) ? `${hashes}${byTitle.get(title)}` : line))
}

export async function run({ values, positionals }: Parsed<typeof commands.new.options>): Promise<number> {
  const [id, target] = positionals
  const loaded = templateNamed(await loadTemplates(), id)
  const lang = values.lang
  // A path ending in .md is a one-file document; anything else is a document folder.
  const path = !target ? `${id}.md` : target.endsWith('.md') ? target : join(target, `${lang}.md`)
  // Some skeletons come with companions (a publication's sample document), written beside it.
  const companionsDir = join(loaded.dir, 'skeleton-files')
  const companions = existsSync(companionsDir) ? readdirSync(companionsDir).sort().map((name) => ({ from: join(companionsDir, name), to: join(dirname(path), name) })) : []
  for (const target of [path, ...companions.map((c) => c.to)]) {
    if (existsSync(target)) throw new UsageError(`${target} already exists; choose another path`)
  }
  // A template that varies by sector may ship one skeleton per sector (skeleton.D.md). A
  // sector the template does not accept would only write a file that fails to build.
  const sector = values.sector?.toUpperCase()
  if (sector && !['D', 'T', 'R'].includes(sector)) throw new UsageError(`unknown sector "${values.sector}" (use D, T or R)`)
  const sectors = templateSectors(loaded.template)
  if (sector && !sectors.includes(sector)) {
    throw new UsageError(sectors.length ? `a ${id} is for sector ${sectors.join(' or ')}, not ${sector}` : `a ${id} has no sector; leave out --sector`)
  }
  const variantFile = join(loaded.dir, `skeleton.${sector}.md`)
  let skeleton = readFileSync(sector && existsSync(variantFile) ? variantFile : join(loaded.dir, 'skeleton.md'), 'utf8')
  if (sector) skeleton = skeleton.replace(/^sector: \w+/m, `sector: ${sector}`)
  skeleton = target && !target.endsWith('.md') ? skeleton.replace(/^lang: .*\n/m, '') : skeleton.replace(/^lang: .*$/m, `lang: ${lang}`)
  writeAtomic(path, await localizeHeadings(skeleton, lang))
  for (const companion of companions) writeAtomic(companion.to, readFileSync(companion.from, 'utf8').replace(/^lang: .*$/m, `lang: ${lang}`))
  process.stdout.write(`itudoc: wrote ${[path, ...companions.map((c) => c.to)].join(', ')}; build it with: itudoc build ${path}\n`)
  return 0
}
