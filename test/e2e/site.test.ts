// A browsable site (issue 11): out/index.html lists every document of sources/ with its title,
// template and number and links to each language's HTML, DOCX and PDF; every HTML page links
// back to the index, to its document's other languages (hreflang, lang, dir) and to its own
// DOCX and PDF. Every link resolves to a file that exists, with relative URLs only (file://
// and a server alike), and axe finds no serious violation in the index or a switcher.
import { AxeBuilder } from '@axe-core/playwright'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/build/manifest.js'
import { tree } from '../helpers.js'
import { itudoc } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const executable = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path))
const required = process.env.ITUDOC_FULL_TESTS === '1'
const suffixes: Record<string, string> = { en: 'E', fr: 'F', es: 'S', ru: 'R', ar: 'A', zh: 'C' }

interface Link { href: string; attributes: Record<string, string>; text: string }

const unescape = (text: string): string => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The <a> elements of a piece of HTML (itudoc's own markup: one attribute syntax). */
function linksOf(html: string): Link[] {
  return [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attrs, text]) => {
    const attributes = Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, unescape(value!)]))
    return { href: attributes.href ?? '', attributes, text: unescape(text!) }
  })
}

/** The file a relative href of a page names (what a browser opens from file:// or a server). */
function target(out: string, page: string, href: string): string {
  expect(href, `${page}: ${href} is relative`).not.toMatch(/^([a-z]+:|\/)/i)
  return join(dirname(join(out, page)), ...href.split('#')[0]!.split('/').map(decodeURIComponent))
}

describe('out/index.html and the language switcher', () => {
  const out = join(tree({}), 'out')
  let manifest: Manifest
  let pages: string[]

  beforeAll(() => {
    const result = itudoc(['build', 'sources', '--out', out, '--quiet'], repository)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest
    pages = manifest.artifacts.filter((a) => a.format === 'html').map((a) => a.path)
  }, 300_000)

  it('lists every document, grouped by folder, with its title, template, number and every artifact', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    const links = linksOf(index)
    // Every artifact of the build, and nothing else, exactly once; every link opens a file.
    expect(links.map((l) => decodeURIComponent(l.href)).sort()).toEqual(manifest.artifacts.map((a) => a.path).sort())
    for (const link of links) expect(existsSync(target(out, 'index.html', link.href)), link.href).toBe(true)
    for (const link of links) expect(link.attributes.hreflang, link.href).toMatch(/^(en|fr|es|ru|ar|zh)$/)
    const documents = new Set(manifest.artifacts.map((a) => a.document))
    expect(documents.size).toBeGreaterThanOrEqual(10)
    for (const id of documents) {
      const entry = manifest.artifacts.find((a) => a.document === id && a.lang === 'en') ?? manifest.artifacts.find((a) => a.document === id)!
      const row = index.split('\n').find((line) => line.includes(`<code>${id}</code>`))
      expect(row, id).toBeDefined()
      expect(unescape(row!)).toContain(`>${entry.title}<br>`)
      expect(row).toContain(`<td>${entry.template}</td>`)
      if (entry.number) expect(row).toContain(`<td>${entry.number}</td>`)
      // The row's links: all formats of all its languages.
      expect(linksOf(row!).length).toBe(manifest.artifacts.filter((a) => a.document === id).length)
    }
    // Grouped by folder: one section per folder, in order.
    const folders = [...index.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])
    expect(folders).toEqual([...new Set([...documents].map((id) => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '(top level)')))].sort())
    expect(index).toContain('<td>resolution</td><td>96</td>')
  })

  it('gives every page a way back to the index, to its other languages and to its own DOCX and PDF', () => {
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8')
      const nav = /<nav class="itudoc-nav"[^>]*>(.*?)<\/nav>/.exec(html)?.[1]
      expect(nav, page).toBeDefined()
      const links = linksOf(nav!)
      for (const link of links) expect(existsSync(target(out, page, link.href)), `${page} → ${link.href}`).toBe(true)
      expect(target(out, page, links[0]!.href)).toBe(join(out, 'index.html'))
      const entry = manifest.artifacts.find((a) => a.path === page)!
      const base = page.replace(/\.html$/, '')
      for (const format of ['docx', 'pdf']) {
        expect(links.filter((l) => target(out, page, l.href) === join(out, `${base}.${format}`)), `${page} → ${format}`).toHaveLength(1)
      }
      const languages = links.filter((l) => l.attributes.hreflang)
      const siblings = manifest.artifacts.filter((a) => a.document === entry.document && a.format === 'html')
      if (siblings.length === 1) {
        expect(languages, page).toEqual([])
        continue
      }
      // One link per language, in ITU's order, each in its own language and direction; the page's own marked current.
      expect(languages.map((l) => l.attributes.hreflang)).toEqual(Object.keys(suffixes).filter((lang) => siblings.some((s) => s.lang === lang)))
      for (const link of languages) {
        const lang = link.attributes.hreflang!
        expect(link.attributes.lang).toBe(lang)
        expect(link.attributes.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr')
        expect(relative(out, target(out, page, link.href)).split(sep).join('/')).toBe(siblings.find((s) => s.lang === lang)!.path)
        expect('aria-current' in link.attributes).toBe(lang === entry.lang)
      }
    }
    // The final report and the resolution are in all six languages.
    expect(pages.filter((p) => p.startsWith('wtdc-25/res-digital-inclusion/'))).toHaveLength(6)
  })

  describe.skipIf(!executable && !required)('in Chromium, from file://', () => {
    let browser: Browser
    beforeAll(async () => {
      if (!executable) throw new Error('Chromium is not installed (apt-get install chromium); full tests require it')
      browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] })
    })
    afterAll(async () => browser?.close())

    it('passes axe on the index and on a page with a language switcher, and the links navigate', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const seriousOnes = async (): Promise<string[]> => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      await page.goto(pathToFileURL(join(out, 'index.html')).href)
      expect(await seriousOnes()).toEqual([])
      // From the index to the Arabic resolution, then through its switcher to the French one.
      await page.click('a[href="wtdc-25/res-digital-inclusion/res-digital-inclusion-A.html"]')
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
      expect(await seriousOnes()).toEqual([])
      await page.click('nav.itudoc-nav a[hreflang="fr"]')
      expect(page.url()).toBe(pathToFileURL(join(out, 'wtdc-25/res-digital-inclusion/res-digital-inclusion-F.html')).href)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
      await page.click('nav.itudoc-nav a.itudoc-index')
      expect(page.url()).toBe(pathToFileURL(join(out, 'index.html')).href)
      await context.close()
    }, 120_000)
  })
})
