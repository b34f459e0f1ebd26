// Import test helpers: render a resolved document to DOCX and HTML in memory, import a .docx
// and resolve the source it makes (images in memory), and the measures the tests compare —
// word similarity of two texts and the sequence of printed labels of a resolved tree.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { docxOptions } from '../../src/build/formats.js'
import { importWordFile, resolveWord, type WordVariant } from '../../src/build/import.js'
import { loadSourceEnv, type SourceEnv } from '../../src/build/sources.js'
import { loadTemplates } from '../../src/build/templates.js'
import { toFinding, type Finding } from '../../src/model/diagnostic.js'
import type { Block, Inline, ItuRoot } from '../../src/model/nodes.js'
import { importDocx, type ImportedSource } from '../../src/import/index.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { renderHtml } from '../../src/render/html/index.js'
import type { ResolvedDocument } from '../../src/resolve/index.js'
import { testClock } from '../docx/helpers.js'
import { textOf } from '../helpers.js'

/** The DOCX the build writes for a resolved document (images read under `root`). */
export async function docxBytes(doc: ResolvedDocument, root: string, assetData?: (src: string) => Uint8Array): Promise<Uint8Array> {
  const result = await renderDocx(doc.root, await docxOptions({ doc, clock: testClock, embedFonts: false, assetData: assetData ?? ((src) => readFileSync(join(root, src))) }))
  return result.data
}

/** The visible text of the HTML the build writes for a resolved document. */
export async function htmlText(doc: ResolvedDocument): Promise<string> {
  const loaded = (await loadTemplates()).get(doc.template.id)!
  const html = renderHtml(doc.root, { shell: loaded.shell, css: loaded.css, generator: 'itudoc test', assetUrl: (src) => `asset:${src}` })
  return textOf(html.replace(/<head>[\s\S]*?<\/head>/, ''))
}

export interface Imported {
  imported: ImportedSource
  word: WordVariant
  /** Findings of the import and of resolving what it wrote. */
  findings: Finding[]
}

/**
 * Import DOCX bytes as the file `path` (under the sources `root`, so images resolve beside
 * it) and resolve the source the import wrote.
 */
export function importBytes(data: Uint8Array, path: string, root: string, env: SourceEnv, options: { template?: string; lang?: string } = {}): Imported {
  const fileName = path.split('/').pop()!
  const imported = importDocx(data, { name: fileName.replace(/\.docx$/i, '').toLowerCase(), fileName, templates: env.resolve.templates, locales: env.locales, ...options })
  const word = resolveWord(imported, path, root, env)
  const findings = word.variant.files.flatMap((file) => file.messages.map((m) => toFinding(m, file.path)))
  return { imported, word, findings }
}

/** Import a .docx on disk as `itudoc validate` does (findings at paragraphs). */
export async function importFile(path: string, root: string, env: SourceEnv): Promise<Imported | { findings: Finding[] }> {
  const { imported, findings } = await importWordFile({ file: path }, env)
  if (!imported) return { findings }
  const word = resolveWord(imported, path, root, env)
  return { imported, word, findings }
}

let shared: Promise<SourceEnv> | undefined
/** Templates and locales, loaded once per test file. */
export function sourceEnv(root: string): Promise<SourceEnv> {
  shared ??= loadSourceEnv(root)
  return shared
}

// ------------------------------------------------------------------ measures

/** Words of a text: runs of letters and digits, and each other visible character. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? []
}

/** Length of the longest common subsequence (Myers' O((N+M)D) greedy algorithm). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const n = a.length
  const m = b.length
  const max = n + m
  const v = new Int32Array(2 * max + 2)
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) { x++; y++ }
      v[max + k] = x
      if (x >= n && y >= m) return (n + m - d) / 2
    }
  }
  return 0
}

/** 2 × common words / all words: 1 for the same text. */
export function similarity(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  return x.length + y.length ? (2 * lcsLength(x, y)) / (x.length + y.length) : 1
}

/** Words of `a` missing from `b` and the other way round, for a readable failure. */
export function difference(a: string, b: string, limit = 12): { missing: string[]; extra: string[] } {
  const count = (list: string[]) => list.reduce((map, w) => map.set(w, (map.get(w) ?? 0) + 1), new Map<string, number>())
  const x = count(words(a))
  const y = count(words(b))
  const minus = (p: Map<string, number>, q: Map<string, number>) => [...p].flatMap(([w, n]) => (n > (q.get(w) ?? 0) ? [`${w}×${n - (q.get(w) ?? 0)}`] : [])).slice(0, limit)
  return { missing: minus(x, y), extra: minus(y, x) }
}

/**
 * The labels a resolved document prints, in order: clause and annex headings, report
 * paragraph numbers, definition numbers, list item labels, notes, captions, footnotes.
 */
export function labelSequence(root: ItuRoot): string[] {
  const out: string[] = []
  const inline = (inlines: readonly Inline[]): void => {
    for (const node of inlines) {
      if (node.type === 'footnoteRef') out.push(`fn ${node.number}`)
      else if ('children' in node && Array.isArray(node.children)) inline(node.children as Inline[])
    }
  }
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading': if (block.number) out.push(`§${block.number}`); inline(block.children); break
        case 'numberedParagraph': out.push(`¶${block.number}`); inline(block.children); break
        case 'definition': out.push(`def ${block.number}`); inline(block.children); break
        case 'listItem': out.push(block.number.label); visit(block.children); break
        case 'note': out.push(block.label); visit(block.children); break
        case 'annex': out.push(block.label); visit(block.children); break
        case 'table': if (block.caption) out.push(block.caption.label); visit(block.children); break
        case 'figure': out.push(block.caption.label); break
        case 'call': out.push(`call ${block.key}`); visit(block.children); break
        case 'paragraph': inline(block.children); break
        case 'included': visit(block.children); break
        default: if ('children' in block && Array.isArray(block.children)) visit(block.children as Block[])
      }
    }
  }
  visit(root.children)
  return out
}
