// The PDF writer through build: the manifest records page counts, two builds give the same
// bytes, a character no font covers is an error at its file and line with no PDF written,
// and every example under sources/ builds to a sound PDF in every language.
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/build/index.js'
import { packageRoot } from '../../src/build/package-root.js'
import { tree } from '../helpers.js'
import { fixturesDir, pdfFonts, qpdfCheck, renderFixture } from './support.js'

const clock = new Date(Date.UTC(2026, 0, 1))
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const resolution = readFileSync(join(fixturesDir, 'en-resolution', 'input.md'), 'utf8')

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? pdfsUnder(path) : name.endsWith('.pdf') ? [path] : []
  }).sort()
}

describe('PDF through build', () => {
  it('writes the PDF and records its page count in the manifest', async () => {
    const root = tree({ 'resolution.md': resolution })
    const out = mkdtempSync(join(tmpdir(), 'itudoc-out-'))
    const result = await build({ paths: [join(root, 'resolution.md')], root, out, formats: ['pdf'], clock })
    expect(result.findings).toEqual([])
    const [artifact] = result.artifacts
    expect(artifact).toMatchObject({ format: 'pdf', lang: 'en', pages: 2 })
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { artifacts: Array<{ pages?: number }> }
    expect(manifest.artifacts[0]!.pages).toBe(2)
    expect(qpdfCheck(join(out, artifact!.path)).ok).toBe(true)
  })

  it('gives byte-identical PDFs for identical inputs, and dates them with the clock', async () => {
    const root = tree({ 'resolution.md': resolution })
    const builds = await Promise.all([clock, clock, new Date(Date.UTC(2027, 5, 1))].map(async (when) => {
      const out = mkdtempSync(join(tmpdir(), 'itudoc-out-'))
      const result = await build({ paths: [join(root, 'resolution.md')], root, out, formats: ['pdf'], clock: when })
      return join(out, result.artifacts[0]!.path)
    }))
    expect(sha(builds[0]!)).toBe(sha(builds[1]!))
    expect(sha(builds[0]!)).not.toBe(sha(builds[2]!))
    expect(readFileSync(builds[0]!, 'latin1')).toContain('(D:20260101000000Z)')
  })

  it('builds variants two at a time in one thread, each to the bytes it has when built alone', async () => {
    // While one variant waits for a PDF page to be deflated, the next runs: what they share
    // (fonts, shaped words, DOCX parts) must not make either differ.
    const names = ['ar-resolution', 'en-recommendation', 'zh-contribution', 'en-resolution']
    const root = tree({
      ...Object.fromEntries(names.map((name) => [`${name}.md`, readFileSync(join(fixturesDir, name, 'input.md'))])),
      'chain.png': readFileSync(join(fixturesDir, 'en-recommendation', 'chain.png')),
    })
    const hashes = async (paths: string[]): Promise<Record<string, string>> => {
      const out = mkdtempSync(join(tmpdir(), 'itudoc-out-'))
      const result = await build({ paths, root, out, formats: ['html', 'docx', 'pdf'], clock, jobs: 1 })
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
      return Object.fromEntries(result.artifacts.map((a) => [a.path, sha(join(out, a.path))]))
    }
    const together = await hashes(names.map((name) => join(root, `${name}.md`)))
    const alone: Record<string, string> = {}
    for (const name of names) Object.assign(alone, await hashes([join(root, `${name}.md`)]))
    expect(Object.keys(together)).toHaveLength(names.length * 3)
    expect(together).toEqual(alone)
  })

  it('paints the same bytes deflating and hashing on its own thread as in the thread pool', async () => {
    // A worker thread of a build whose threads fill every core keeps the work (render/deflate.ts).
    for (const name of ['ar-resolution', 'zh-contribution']) {
      const [pooled, here] = await Promise.all([true, false].map(async (threadPool) => Buffer.from((await renderFixture(name, { threadPool })).pdf)))
      expect(here!.length).toBeGreaterThan(10_000)
      expect(here!.equals(pooled!)).toBe(true)
    }
  })

  it('reports a character no font covers at its file and line, and writes no PDF', async () => {
    const root = tree({ 'resolution.md': resolution.replace('that affordable broadband access', 'that affordable ब्रॉडबैंड access') })
    const out = mkdtempSync(join(tmpdir(), 'itudoc-out-'))
    const result = await build({ paths: [join(root, 'resolution.md')], root, out, formats: ['pdf'], clock })
    const line = resolution.split('\n').findIndex((l) => l.includes('that affordable broadband access')) + 1
    expect(result.findings.length).toBeGreaterThan(0)
    expect(result.findings[0]).toMatchObject({ ruleId: 'pdf/missing-glyph', severity: 'error', line })
    expect(result.findings[0]!.file).toMatch(/resolution\.md$/)
    expect(result.artifacts).toEqual([])
    expect(pdfsUnder(out)).toEqual([])
  })

  it('warns about an image it cannot embed, shows a placeholder and still writes the PDF', async () => {
    const doc = readFileSync(join(fixturesDir, 'en-recommendation', 'input.md'), 'utf8').replace('(chain.png)', '(chain.gif)')
    // A real 1 × 1 GIF: a sound image in a format the PDF writer does not embed (a bare 'GIF89a' is a broken image, source/bad-image).
    const root = tree({ 'rec.md': doc, 'chain.gif': Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') })
    const out = mkdtempSync(join(tmpdir(), 'itudoc-out-'))
    const result = await build({ paths: [join(root, 'rec.md')], root, out, formats: ['pdf'], clock })
    const line = doc.split('\n').findIndex((l) => l.startsWith(':::figure')) + 1
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'pdf/unsupported-image', severity: 'warning', line })])
    expect(pdfsUnder(out)).toHaveLength(1)
  })
})

const sources = join(packageRoot, 'sources')

describe.runIf(existsSync(sources))('examples in sources/', () => {
  it('build to sound PDFs in every language, fonts embedded', async () => {
    const out = mkdtempSync(join(tmpdir(), 'itudoc-examples-'))
    const result = await build({ paths: [sources], root: sources, out, formats: ['pdf'], clock })
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.artifacts.length).toBeGreaterThan(0)
    for (const artifact of result.artifacts) {
      const file = join(out, artifact.path)
      expect(artifact.pages, artifact.path).toBeGreaterThan(0)
      expect(qpdfCheck(file).ok, artifact.path).toBe(true)
      for (const font of pdfFonts(file)) expect(font, `${artifact.path} ${font.name}`).toMatchObject({ embedded: true, subset: true })
    }
  }, 300_000)
})
