// Every template renders in every locale: no finding, no unfilled {slot}, and no English
// cover label left in a non-English page (a missing label must never fall back to English).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadLocales } from '../../src/build/locales.js'
import { languages } from '../../src/model/locale.js'
import { htmlOf, textOf, tree } from '../helpers.js'

const templates = ['contribution', 'liaison-statement', 'opinion', 'publication', 'recommendation', 'report', 'resolution']
const folder = (template: string) => join(import.meta.dirname, '..', '..', 'templates', template)
/** The template's skeleton for a sector: its own skeleton.<S>.md if it has one. */
const skeleton = (template: string, sector: string) => {
  const own = join(folder(template), `skeleton.${sector}.md`)
  return readFileSync(existsSync(own) ? own : join(folder(template), 'skeleton.md'), 'utf8').replace(/^sector: \w+/m, `sector: ${sector}`)
}
const { locales } = loadLocales()
const english = locales.get('en')!

/** A skeleton's companion files (a publication's sample document) on disk, in the language. */
function withCompanions(template: string, lang: string): { path?: string; root?: string } {
  const dir = join(folder(template), 'skeleton-files')
  if (!existsSync(dir)) return {}
  const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8').replace(/^lang: .*$/m, `lang: ${lang}`)]))
  const root = tree(files)
  return { path: join(root, 'doc.md'), root }
}

/** The cover part of the page: where template labels are printed. */
const coverOf = (html: string) => textOf(html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>')))

describe('every template in every locale', () => {
  for (const template of templates) {
    for (const lang of languages) {
      it(`${template} in ${lang}`, async () => {
        const variants = template === 'contribution' || template === 'liaison-statement' ? ['D', 'T'] : template === 'recommendation' ? ['T', 'R', 'D'] : ['']
        for (const sector of variants) {
          const source = skeleton(template, sector).replace(/^lang: .*$/m, `lang: ${lang}`)
          const { html, findings } = await htmlOf(source, withCompanions(template, lang))
          expect(findings).toEqual([])
          expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
          const cover = coverOf(html)
          expect(cover).not.toMatch(/\{\w+\}/)
          if (lang === 'en') continue
          const locale = locales.get(lang)!
          for (const [key, value] of Object.entries(english.labels)) {
            if (value.length > 12 && value !== locale.labels[key as keyof typeof locale.labels]) expect(cover, `${key} in English`).not.toContain(value)
          }
        }
      })
    }
  }
})
