// The example final report in HTML: part titles, the compiled resolution with its own cover and
// endnotes, anchors unique in the page, in every language.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { languages } from '../../src/model/locale.js'
import { htmlOf, textOf } from '../helpers.js'

const sources = join(import.meta.dirname, '..', '..', 'sources')
const folder = join(sources, 'wtdc-25', 'final-report')
const variant = (lang: string) =>
  htmlOf(readFileSync(join(folder, `${lang}.md`), 'utf8'), { lang, shared: readFileSync(join(folder, 'document.yaml'), 'utf8'), path: join(folder, `${lang}.md`), root: sources })

describe('the final report (a publication)', () => {
  it('prints the title page, a table of contents, the part title and the resolution with its endnotes', async () => {
    const { html, findings } = await variant('en')
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('INTERNATIONAL TELECOMMUNICATION UNION Final Report World Telecommunication Development Conference (Baku, 2025) Baku, 2025')
    expect(text).toContain('Table of Contents Resolutions RESOLUTION 96 (Rev. Baku, 2025) – Digital inclusion')
    expect(html).toContain('<h2 id="part-1">Resolutions</h2>')
    expect(html).toMatch(/<article class="included justified" id="d1">.*<h3 class="cover-line resTitle">Digital inclusion/s)
    expect(html).toContain('<a href="#d1-fn-1" id="d1-fnref-1" role="doc-noteref"')
    expect(html).toContain('<a class="xref" href="#d1-annex-plan">')
  })

  it('keeps every id unique, in every language', async () => {
    for (const lang of languages) {
      const { html, findings } = await variant(lang)
      expect(findings, lang).toEqual([])
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
      expect(ids.length, lang).toBeGreaterThan(5)
      expect(new Set(ids).size, lang).toBe(ids.length)
      const hrefs = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!)
      expect(hrefs.filter((target) => !ids.includes(target)), lang).toEqual([])
    }
  })
})
