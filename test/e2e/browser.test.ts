// Every example's HTML in a real browser (Debian's Chromium driven by playwright-core):
// it renders, its fonts load, direction and styles apply, and axe-core finds no serious or
// critical accessibility violation.
import { AxeBuilder } from '@axe-core/playwright'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tree } from '../helpers.js'
import { itudoc } from './cli.js'

const executable = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path))
const required = process.env.ITUDOC_FULL_TESTS === '1'
const root = join(import.meta.dirname, '..', '..')

describe.skipIf(!executable && !required)('HTML in Chromium', () => {
  let browser: Browser
  const out = join(tree({}), 'out')
  let pages: string[] = []

  beforeAll(async () => {
    if (!executable) throw new Error('Chromium is not installed (apt-get install chromium); full tests require it')
    const result = itudoc(['build', 'sources', '--format', 'html', '--out', out], root)
    expect(result.status).toBe(0)
    // The documents' pages; the site index has its own test (site.test.ts).
    pages = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && f !== 'index.html').sort()
    browser = await chromium.launch({
      executablePath: executable,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    })
  })
  afterAll(async () => browser?.close())

  it('renders every example, loads its fonts, and passes axe (no serious or critical violation)', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(10)
    for (const file of pages) {
      // axe-core/playwright needs a page from an explicit context.
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(pathToFileURL(join(out, file)).href)
      await page.evaluate(() => document.fonts.ready)
      const state = await page.evaluate(() => ({
        text: document.body.innerText.trim().length,
        height: document.body.scrollHeight,
        fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
      }))
      expect(state.text, file).toBeGreaterThan(200)
      expect(state.height, file).toBeGreaterThan(500)
      expect(state.fonts, file).toContain('Tinos')
      if (state.lang === 'ar') expect(state.fonts, file).toContain('Noto Naskh Arabic')
      if (state.lang === 'zh') expect(state.fonts, file).toContain('Noto Serif SC')
      expect(state.dir, file).toBe(state.lang === 'ar' ? 'rtl' : 'ltr')
      const axe = await new AxeBuilder({ page }).analyze()
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)
      expect(serious, file).toEqual([])
      await context.close()
    }
  }, 600_000)

  it('prints call labels in italics and keeps labels as real text (not CSS counters)', async () => {
    const file = pages.find((p) => p.includes('res-') && p.endsWith('-E.html'))
    expect(file).toBeDefined()
    const page = await browser.newPage()
    await page.goto(pathToFileURL(join(out, file!)).href)
    const call = await page.evaluate(() => {
      const label = document.querySelector('.Call')!
      return { style: getComputedStyle(label).fontStyle, text: document.body.innerText }
    })
    expect(call.style).toBe('italic')
    expect(call.text).toMatch(/\na\)\s+that/)
    await page.close()
  })

  it('lays Arabic out right to left with Arabic lettering', async () => {
    const file = pages.find((p) => p.endsWith('-A.html'))
    expect(file).toBeDefined()
    const page = await browser.newPage()
    await page.goto(pathToFileURL(join(out, file!)).href)
    const state = await page.evaluate(() => ({
      direction: getComputedStyle(document.body).direction,
      labels: [...document.querySelectorAll('li > .label')].map((l) => l.textContent),
    }))
    expect(state.direction).toBe('rtl')
    expect(state.labels).toContain('أ)')
    await page.close()
  })
})
