// A bug met while building one document of many (issue 12): that document gets an internal
// error and nothing of it is written — its earlier HTML, DOCX and PDF stay byte for byte —
// while the other documents are built and the manifest is written. The bug is injected by
// making the PDF layout throw for one document, the last stage, after its HTML and DOCX
// were rendered in memory — and after its HTML was written ahead of them (so the test also
// shows the earlier HTML put back).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { build } from '../../src/build/index.js'
import type { LayoutInput } from '../../src/layout/index.js'
import { contributionSource, tree } from '../helpers.js'

const broken = { title: '', htmlFile: '', htmlWhenBroken: '' }

vi.mock('../../src/layout/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/layout/index.js')>()
  return {
    ...original,
    layoutDocument: (input: LayoutInput) => {
      if (broken.title && input.root.title === broken.title) {
        broken.htmlWhenBroken = readFileSync(broken.htmlFile, 'utf8')
        throw new Error('injected failure in the PDF layout')
      }
      return original.layoutDocument(input)
    },
  }
})

const titles = ['First contribution', 'Second contribution', 'Third contribution']

function sources(text: string): Record<string, string> {
  return Object.fromEntries(titles.map((title, i) => [`docs/c${i + 1}.md`, contributionSource({ title, document: `SG1RGQ/${i + 1}` }).replace('Text.', text)]))
}

describe('an internal error in a build of several documents', () => {
  it('leaves that document\'s outputs as they were and builds the others and the manifest', async () => {
    const root = tree(sources('First edition.'))
    const out = join(root, 'out')
    const options = { paths: [join(root, 'docs')], root, out, formats: ['html', 'docx', 'pdf'] as const, clock: new Date(Date.UTC(2026, 0, 1)), jobs: 1, htmlFirst: true }
    const first = await build({ ...options, formats: [...options.formats] })
    expect(first.internalErrors).toEqual([])
    expect(first.artifacts).toHaveLength(9)
    const bytes = (path: string) => readFileSync(join(out, path))
    const before = new Map(first.artifacts.map((a) => [a.path, bytes(a.path)]))
    const manifestBefore = readFileSync(join(out, 'manifest.json'), 'utf8')

    // Every source changes; the second one meets the bug.
    for (const [path, content] of Object.entries(sources('Second edition.'))) writeFileSync(join(root, path), content)
    broken.title = 'Second contribution'
    broken.htmlFile = join(out, first.artifacts.find((a) => a.format === 'html' && a.path.includes('c2'))!.path)
    const second = await build({ ...options, formats: [...options.formats] })
    broken.title = ''

    expect(second.internalErrors).toHaveLength(1)
    expect(second.internalErrors[0]!.source).toContain('c2.md')
    expect(second.internalErrors[0]!.message).toContain('injected failure')
    expect(second.written).toBe(6)
    for (const artifact of first.artifacts) {
      const now = bytes(artifact.path)
      // c2's three files are the first build's; c1's and c3's are new.
      if (artifact.path.includes('c2')) expect(now.equals(before.get(artifact.path)!), artifact.path).toBe(true)
      else expect(now.equals(before.get(artifact.path)!), artifact.path).toBe(false)
    }
    const html = (n: number) => bytes(first.artifacts.find((a) => a.format === 'html' && a.path.includes(`c${n}`))!.path).toString('utf8')
    expect(html(1)).toContain('Second edition.')
    expect(html(2)).toContain('First edition.')
    expect(html(3)).toContain('Second edition.')
    // c2's new HTML had been written before its PDF failed; the first build's is back, and
    // nothing is left beside it.
    expect(broken.htmlWhenBroken).toContain('Second edition.')
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(old|tmp)$/.test(name))).toEqual([])
    // The manifest is written: the new entries of c1 and c3, c2's entries as they were.
    const manifest = readFileSync(join(out, 'manifest.json'), 'utf8')
    expect(manifest).not.toBe(manifestBefore)
    const entries = (text: string) => (JSON.parse(text) as { artifacts: Array<{ path: string; sha256: string }> }).artifacts
    const old = new Map(entries(manifestBefore).map((e) => [e.path, e.sha256]))
    for (const entry of entries(manifest)) expect(entry.sha256 === old.get(entry.path), entry.path).toBe(entry.path.includes('c2'))

    // The next build without the bug builds c2 alone.
    const third = await build({ ...options, formats: [...options.formats] })
    expect(third.internalErrors).toEqual([])
    expect(third.written).toBe(3)
    expect(html(2)).toContain('Second edition.')
  }, 120_000)
})
