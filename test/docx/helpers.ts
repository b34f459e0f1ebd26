// DOCX test helpers: resolve Markdown in memory or from source files, render it with the
// options the build would give the writer, and read the package's XML parts back.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { docxOptions } from '../../src/build/formats.js'
import { resolveSources } from '../../src/build/sources.js'
import type { Finding } from '../../src/model/diagnostic.js'
import { renderDocx, type DocxShared } from '../../src/render/docx/index.js'
import type { ResolvedDocument } from '../../src/resolve/index.js'
import { resolveText } from '../helpers.js'

/** The clock of every test build: 2026-01-01T00:00:00Z. */
export const testClock = new Date(Date.UTC(2026, 0, 1))

export interface Rendered {
  data: Uint8Array
  /** XML parts by path ("word/document.xml"). */
  parts: Record<string, string>
  /** Every file in the package, by path. */
  files: string[]
  pages?: number
  findings: Finding[]
}

/** The XML parts of a DOCX package. */
export function partsOf(data: Uint8Array): Record<string, string> {
  const entries = unzipSync(data)
  return Object.fromEntries(Object.entries(entries).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]))
}

/** Resolve and render one Markdown text to DOCX. */
export async function docxOf(markdown: string, options: { lang?: string; shared?: string; path?: string; root?: string; embedFonts?: boolean; build?: DocxShared } = {}): Promise<Rendered> {
  const { doc, findings } = await resolveText(markdown, options)
  if (!doc) throw new Error(`did not resolve: ${JSON.stringify(findings)}`)
  return render(doc, findings, options.root ?? '.', options.embedFonts ?? false, options.build)
}

/** Render a resolved document with the options the build gives the writer (images read under `root`), sharing parts with the documents of `build`. */
async function render(doc: ResolvedDocument, findings: Finding[], root: string, embedFonts: boolean, build?: DocxShared): Promise<Rendered> {
  const options = await docxOptions({ doc, clock: testClock, embedFonts, assetData: (src) => readFileSync(join(root, src)) })
  const result = await renderDocx(doc.root, build ? { ...options, shared: build } : options)
  return { data: result.data, parts: partsOf(result.data), files: Object.keys(unzipSync(result.data)), findings, ...(result.pages !== undefined ? { pages: result.pages } : {}) }
}

/** Resolve a document from its files under a sources root (a publication finds its documents there) and render it. */
export async function docxOfSource(path: string, root: string, lang?: string): Promise<Rendered> {
  const set = await resolveSources({ paths: [path], root, ...(lang ? { langs: [lang] } : {}) })
  const doc = set.variants[0]?.resolved
  if (!doc || set.findings.some((f) => f.severity === 'error')) throw new Error(`did not resolve: ${JSON.stringify(set.findings)}`)
  return render(doc, set.findings, root, false)
}

/** Every match of a pattern's first group. */
export function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => m[1]!)
}

/** The text of the paragraphs of a part, one string per paragraph (runs joined, tabs as \t). */
export function paragraphs(xml: string): Array<{ style?: string; text: string; xml: string }> {
  return all(xml, /(<w:p\b[^>]*>[\s\S]*?<\/w:p>)/).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join(''),
    xml: p,
  }))
}
