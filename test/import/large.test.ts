// A large Word file imports completely: the benchmark's generated resolution (≈ 120 pages
// when printed), built to DOCX by the project's writer, imports to a source with every call,
// item, table and footnote of the original — the same labels in the same order and the same
// text. Timing is measured by `npm run bench` (bench/import.ts), not asserted here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { generateLargeSource } from '../../bench/generate.js'
import { resolveSources } from '../../src/build/sources.js'
import { docxBytes, htmlText, importBytes, labelSequence, similarity, sourceEnv } from './helpers.js'

const root = mkdtempSync(join(tmpdir(), 'itudoc-large-import-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

it('imports a generated 300 KB resolution (≈ 120 pages) with all its structure', { timeout: 120_000 }, async () => {
  const source = generateLargeSource(300_000)
  writeFileSync(join(root, 'large.md'), source)
  const set = await resolveSources({ paths: [join(root, 'large.md')], root })
  const doc = set.variants[0]!.resolved!
  const data = await docxBytes(doc, root)
  const env = await sourceEnv(root)
  const { imported, word, findings } = importBytes(data, join(root, 'large.docx'), root, env)
  expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  const back = word.variant.resolved!

  // Every generated block is back: 3 calls with 7 top-level and 4 nested items, a table and a footnote each.
  const blocks = source.match(/^:::considering$/gm)!.length
  expect(blocks).toBeGreaterThan(100)
  const labels = labelSequence(back.root)
  expect(labels.filter((l) => l.startsWith('call ')).length).toBe(3 * blocks)
  expect(labels.filter((l) => l.startsWith('fn ')).length).toBe(blocks)
  expect(labels.filter((l) => /^Table /.test(l)).length).toBe(blocks)
  expect(labels).toEqual(labelSequence(doc.root))
  expect(imported.markdown.match(/^:::table\[/gm)?.length).toBe(blocks)
  expect(imported.markdown.match(/\{\+\+/g)?.length).toBe(blocks)
  // Each block is 20 Word paragraphs (the call lines, items, caption, three table rows × three cells) and a footnote.
  expect(imported.paragraphs).toBeGreaterThan(20 * blocks)
  expect(similarity(await htmlText(doc), await htmlText(back))).toBeGreaterThanOrEqual(0.99)
})
