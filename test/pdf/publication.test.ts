// The example publication (sources/wtdc-25/final-report, six languages) through build: a
// sound PDF in every language whose text, read back with pdftotext, shows the part title,
// the publication's footer on its own pages, the resolution's footer on every page after
// the part title, and the resolution's text; two builds give the same bytes. The expected
// texts come from the resolved tree, so the test holds for every language.
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build, type BuildResult } from '../../src/build/index.js'
import { packageRoot } from '../../src/build/package-root.js'
import { loadSourceEnv, loadVariant } from '../../src/build/sources.js'
import { listVariants } from '../../src/build/variants.js'
import type { Included, Inline, ItuRoot } from '../../src/model/nodes.js'
import { clock, pageTexts, qpdfCheck, structureTags } from './support.js'

const sources = join(packageRoot, 'sources')
const report = join(sources, 'wtdc-25', 'final-report')
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const plain = (inlines: readonly Inline[]): string => inlines.map((i) => (i.type === 'text' ? i.value : '')).join('')

/** What each language's PDF must show, taken from its resolved tree. */
interface Expected { lang: string; rtl: boolean; partTitle: string; footer: string; resolutionFooter: string; resolutionText: string[] }

function expectedOf(root: ItuRoot): Expected {
  const part = root.children.find((b) => b.type === 'heading')!
  const resolution = root.children.find((b): b is Included => b.type === 'included')!
  const coverLines = resolution.cover.children.flatMap((b) => (b.type === 'coverLine' ? [plain(b.children)] : []))
  const firstCall = resolution.children.find((b) => b.type === 'call')!
  return {
    lang: root.lang,
    rtl: root.dir === 'rtl',
    partTitle: part.type === 'heading' ? plain(part.children) : '',
    footer: plain(root.page.footer),
    resolutionFooter: plain(resolution.page.footer),
    resolutionText: [...coverLines, firstCall.type === 'call' ? plain(firstCall.label) : ''],
  }
}

/**
 * Whether a page's text shows a snippet, line breaks aside. poppler reorders right-to-left
 * lines itself and misplaces the neutrals (digits, brackets, punctuation) among them, so
 * there each run of letters must occur (as in the fixture test, which leaves digits out).
 */
function shows(page: string, snippet: string, rtl: boolean): boolean {
  const squash = (s: string): string => s.replace(/\s+/g, '')
  if (!rtl) return squash(page).includes(squash(snippet))
  return snippet.split(/[^\p{L}\p{M}]+/u).filter(Boolean).every((word) => page.includes(word))
}

describe.runIf(existsSync(report))('the example final report as PDF', () => {
  const runs: Array<{ out: string; result: BuildResult }> = []
  let expected: Expected[]

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const out = mkdtempSync(join(tmpdir(), 'itudoc-publication-'))
      runs.push({ out, result: await build({ paths: [report], root: sources, out, formats: ['pdf'], clock }) })
    }
    const env = await loadSourceEnv(sources)
    expected = listVariants({ paths: [report], root: sources }).refs.map((ref) => expectedOf(loadVariant(ref, env).resolved!.root))
  }, 300_000)

  it('builds in all six languages, each PDF sound and tagged with its documents as articles', () => {
    const { out, result } = runs[0]!
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.artifacts.map((a) => a.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
    expect(expected.map((e) => e.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
    for (const artifact of result.artifacts) {
      const file = join(out, artifact.path)
      expect(qpdfCheck(file).ok, artifact.path).toBe(true)
      expect(structureTags(file), artifact.path).toContain('Art')
    }
  })

  it('shows the part title, the footers on the right pages and the resolution text', () => {
    const { out, result } = runs[0]!
    for (const want of expected) {
      const artifact = result.artifacts.find((a) => a.lang === want.lang)!
      const pages = pageTexts(join(out, artifact.path))
      const part = pages.findIndex((page) => page.split('\n')[0] === want.partTitle)
      expect(part, `${want.lang}: part title page`).toBeGreaterThan(0)
      // The title page is bare; the publication's pages carry its footer, the resolution's its own.
      expect(shows(pages[0]!, want.footer, want.rtl), `${want.lang} title page`).toBe(false)
      for (const page of pages.slice(1, part + 1)) expect(shows(page, want.footer, want.rtl), `${want.lang}: ${page}`).toBe(true)
      const resolution = pages.slice(part + 1)
      expect(resolution.length, want.lang).toBeGreaterThan(0)
      for (const page of resolution) {
        expect(shows(page, want.resolutionFooter, want.rtl), `${want.lang}: ${page}`).toBe(true)
        expect(shows(page, want.footer, want.rtl), `${want.lang}: ${page}`).toBe(false)
      }
      for (const text of want.resolutionText) expect(shows(resolution[0]!, text, want.rtl), `${want.lang}: ${text}`).toBe(true)
    }
  })

  it('gives byte-identical PDFs for identical inputs', () => {
    const [first, second] = runs
    for (const artifact of first!.result.artifacts) expect(sha(join(first!.out, artifact.path)), artifact.path).toBe(sha(join(second!.out, artifact.path)))
  })
})
