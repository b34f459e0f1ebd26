// Load every template under templates/ (folders starting with "_" are shared code, not
// templates), with its page shell (handlebars layout + partials) and stylesheet.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Template } from '../model/template.js'
import type { PageShell } from '../render/html/index.js'
import { bundledTemplates } from './bundled-templates.js'
import { LazyMap } from './lazy-map.js'
import { runningFromSource, templateFilesDir, templateModulesDir } from './package-root.js'

export interface LoadedTemplate {
  template: Template
  shell: PageShell
  css: string
  /** Folder with the template's files (skeleton.md, partials/). */
  dir: string
}

function readHbs(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort().map((f) => [basename(f, '.hbs'), readFileSync(join(dir, f), 'utf8')]),
  )
}

let cache: Promise<Map<string, LoadedTemplate>> | undefined
/** Bumped by forgetTemplates(): the template modules are imported afresh under a new URL. */
let generation = 0

/** Read the templates again on the next load (preview, after a template file changed). */
export function forgetTemplates(): void {
  cache = undefined
  generation++
}

/**
 * A template's module: compiled into the bundle (requireTemplate), or else imported by path
 * (from the sources or dist/). A template folder added after `npm run build` is missing from
 * the bundle, as its compiled module is missing from dist/: either way its import fails.
 */
function requireTemplate(id: string): { default: Template } {
  const compiled = bundledTemplates?.[id]
  if (!compiled) throw new Error(`the template "${id}" is not compiled into dist/bundle: run npm run build`)
  return compiled()
}

async function importTemplate(id: string): Promise<{ default: Template }> {
  const file = join(templateModulesDir, id, runningFromSource ? 'template.ts' : 'template.js')
  return (await import(pathToFileURL(file).href + (generation ? `?v=${generation}` : ''))) as { default: Template }
}

/**
 * Every template, by id. A template's module (its zod schemas) and files are loaded when it
 * is first asked for: a build of reports makes nothing of the other templates. The ids are
 * the folders, so an unknown template is still told apart and the known ones listed. From
 * the sources (no bundle) the modules are imported ahead, an import being asynchronous.
 */
export function loadTemplates(): Promise<Map<string, LoadedTemplate>> {
  cache ??= (async () => {
    const base = readHbs(join(templateFilesDir, '_base'))
    const baseCss = readFileSync(join(templateFilesDir, '_base', 'style.css'), 'utf8')
    const ids = readdirSync(templateFilesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name)
      .sort()
    const imported = bundledTemplates ? undefined : new Map(await Promise.all(ids.map(async (id) => [id, await importTemplate(id)] as const)))
    return new LazyMap(ids, (id): LoadedTemplate => {
      const module = imported?.get(id) ?? requireTemplate(id)
      const dir = join(templateFilesDir, id)
      const own = readHbs(join(dir, 'partials'))
      const { page: layout = '', ...partials } = { ...base, ...own }
      const cssFile = join(dir, 'style.css')
      return {
        template: module.default,
        shell: { layout, partials },
        css: baseCss + (existsSync(cssFile) ? readFileSync(cssFile, 'utf8') : ''),
        dir,
      }
    })
  })()
  return cache
}
