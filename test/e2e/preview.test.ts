// `itudoc preview` (issue 11): builds, serves out/ on 127.0.0.1 and, when a source is saved —
// written in place or by an editor that writes a temporary file and renames it over the
// source — rebuilds it and reloads the page open in the browser; findings show in the
// terminal and over the page. Nothing outside out/ is ever served.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolution, tree } from '../helpers.js'

const bin = join(import.meta.dirname, '..', '..', 'bin', 'itudoc.js')
const executable = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path))
const required = process.env.ITUDOC_FULL_TESTS === '1'

const source = (action: string): string => resolution(`:::resolves\n1. ${action}\n:::\n`)

/** A GET with the path sent exactly as written (fetch and browsers would resolve "..") . */
function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject).end()
  })
}

describe('itudoc preview', () => {
  const dir = tree({ 'sources/doc.md': source('to act at once.'), 'secret.txt': 'not to be served' })
  const file = join(dir, 'sources/doc.md')
  let child: ChildProcess
  let url = ''
  let stdout = ''
  let stderr = ''

  beforeAll(async () => {
    child = spawn(process.execPath, [bin, 'preview', '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    url = await new Promise<string>((resolve, reject) => {
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk
        const served = /serving out\/ at (\S+)/.exec(stdout)
        if (served) resolve(served[1]!)
      })
      child.once('exit', (code) => reject(new Error(`preview exited (${code}): ${stderr}`)))
    })
  }, 90_000)

  afterAll(async () => {
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  })

  it('builds, then serves out/ on 127.0.0.1 with the live-reload script added to pages (not to the files)', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(stdout).toContain('itudoc: 1 written')
    const index = await rawGet(url, '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain('href="doc-E.html"')
    const page = await rawGet(url, '/doc-E.html')
    expect(page.status).toBe(200)
    expect(page.body).toContain('to act at once.')
    expect(page.body).toContain('/__itudoc/live')
    expect(readFileSync(join(dir, 'out/doc-E.html'), 'utf8')).not.toContain('/__itudoc/live')
    expect((await rawGet(url, '/missing.html')).status).toBe(404)
  })

  it('refuses every path outside out/, however spelt, and a link leading out', async () => {
    symlinkSync(dir, join(dir, 'out', 'outside'))
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%2f..%2f..%2fetc%2fpasswd', '/./../package.json', '/outside/secret.txt', '/%00']) {
      const response = await rawGet(url, path)
      expect(response.status, path).toBe(403)
      expect(response.body, path).not.toContain('not to be served')
    }
    // Another site's page reaching the preview through DNS rebinding.
    expect((await rawGet(url, '/doc-E.html', { host: 'attacker.example' })).status).toBe(403)
  })

  describe.skipIf(!executable && !required)('in Chromium', () => {
    let browser: Browser
    let page: Page
    beforeAll(async () => {
      if (!executable) throw new Error('Chromium is not installed (apt-get install chromium); full tests require it')
      browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] })
      page = await browser.newPage()
    })
    afterAll(async () => browser?.close())

    /** The page's text once it listens for reloads (it may be between two loads). */
    const text = (): Promise<string> => page.evaluate(() => ((window as { __itudocLive?: boolean }).__itudocLive ? document.body.innerText : '')).catch(() => '')
    const listening = (): Promise<unknown> => page.waitForFunction(() => (window as { __itudocLive?: boolean }).__itudocLive === true, undefined, { timeout: 30_000 })

    it('reloads the page with the new text when the source is saved in place, then by rename', async () => {
      await page.goto(`${url}doc-E.html`)
      await listening()
      expect(await text()).toContain('to act at once.')

      writeFileSync(file, source('to act in place.'))
      await expect.poll(text, { timeout: 30_000, interval: 100 }).toContain('to act in place.')
      await listening()

      // vim, sed -i and many editors: a temporary file renamed over the source.
      writeFileSync(`${file}.tmp`, source('to act after a rename.'))
      renameSync(`${file}.tmp`, file)
      await expect.poll(text, { timeout: 30_000, interval: 100 }).toContain('to act after a rename.')
      await listening()
      // And the watcher still follows the file after the rename.
      writeFileSync(file, source('to act once more.'))
      await expect.poll(text, { timeout: 30_000, interval: 100 }).toContain('to act once more.')
    }, 120_000)

    it('shows an error in the terminal and over the page, and clears it once fixed', async () => {
      await listening()
      const findings = (): Promise<string> => page.evaluate(() => document.getElementById('itudoc-findings')?.textContent ?? '').catch(() => '')
      writeFileSync(file, `${source('to act.')}\n:::considerin\nA typo.\n:::\n`)
      await expect.poll(findings, { timeout: 30_000, interval: 100 }).toContain('markdown/unknown-directive')
      expect(await findings()).toContain('doc.md:')
      await expect.poll(() => stderr, { timeout: 5_000 }).toContain('error markdown/unknown-directive')
      // The last good page stays; the fix brings the new text and removes the overlay.
      expect(await text()).toContain('to act once more.')
      writeFileSync(file, source('to act, fixed.'))
      await expect.poll(text, { timeout: 30_000, interval: 100 }).toContain('to act, fixed.')
      await listening()
      expect(await findings()).toBe('')
    }, 120_000)
  })
})
