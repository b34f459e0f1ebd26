// In watch mode a document's HTML goes first (issue 9: an author waits for it): it is on disk
// before its PDF is laid out — unless the PDF may still fail the document (a character no
// font covers), in which case the HTML waits for the PDF and, with it, is not written at all.
// A one-off build writes a document's files together. The layout is wrapped to look at the
// HTML on disk at the moment the PDF is laid out.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { build } from '../../src/build/index.js'
import type { ManifestEntry } from '../../src/build/manifest.js'
import type { LayoutInput } from '../../src/layout/index.js'
import { contributionSource, tree } from '../helpers.js'

const seen = { htmlFile: '', html: [] as string[] }

vi.mock('../../src/layout/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/layout/index.js')>()
  return {
    ...original,
    layoutDocument: (input: LayoutInput) => {
      if (seen.htmlFile) seen.html.push(existsSync(seen.htmlFile) ? readFileSync(seen.htmlFile, 'utf8') : '(none)')
      return original.layoutDocument(input)
    },
  }
})

describe('the HTML of a document', () => {
  const root = tree({ 'docs/c1.md': contributionSource().replace('Text.', 'First edition.') })
  const out = join(root, 'out')
  const options = { paths: [join(root, 'docs')], root, out, formats: ['pdf', 'docx', 'html'] as Array<'pdf' | 'docx' | 'html'>, clock: new Date(Date.UTC(2026, 0, 1)), jobs: 1 }
  const edit = (text: string): void => writeFileSync(join(root, 'docs/c1.md'), contributionSource().replace('Text.', text))

  it('is written before the PDF is laid out, and told of, whatever order the formats are asked in', async () => {
    const first = await build(options)
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([])
    seen.htmlFile = join(out, first.artifacts.find((a) => a.format === 'html')!.path)
    edit('Second edition.')
    const early: ManifestEntry[] = []
    const second = await build({ ...options, onEarlyWrite: (artifact) => early.push(artifact) })
    expect(seen.html).toHaveLength(1)
    expect(seen.html[0]).toContain('Second edition.')
    expect(early.map((a) => a.format)).toEqual(['html'])
    expect(second.artifacts.find((a) => a.format === 'html')).toEqual(early[0])
    // Nothing is left beside the files: neither the kept HTML nor a temporary.
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(old|tmp)$/.test(name))).toEqual([])
  }, 60_000)

  it('waits for the other formats in a one-off build (no htmlFirst), and is then written with them', async () => {
    seen.html = []
    edit('Third edition.')
    const before = readFileSync(seen.htmlFile, 'utf8')
    const oneOff = await build(options)
    expect(oneOff.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(seen.html).toEqual([before])
    expect(readFileSync(seen.htmlFile, 'utf8')).toContain('Third edition.')
    // Asked for (as `build --watch` asks), it goes first again.
    seen.html = []
    edit('Fourth edition.')
    await build({ ...options, htmlFirst: true })
    expect(seen.html).toHaveLength(1)
    expect(seen.html[0]).toContain('Fourth edition.')
  }, 60_000)

  it('waits for the PDF when a character may have no glyph, and then stays as it was', async () => {
    const before = readFileSync(seen.htmlFile, 'utf8')
    seen.html = []
    edit('A smile \u{1F600} here.')
    const early: ManifestEntry[] = []
    const third = await build({ ...options, onEarlyWrite: (artifact) => early.push(artifact) })
    expect(third.findings.map((f) => f.ruleId)).toContain('pdf/missing-glyph')
    expect(early).toEqual([])
    expect(seen.html).toEqual([before])
    expect(readFileSync(seen.htmlFile, 'utf8')).toBe(before)
  }, 60_000)
})
