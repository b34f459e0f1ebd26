// npm run bench: wall time and memory per stage (parse, resolve, each writer) and per
// document, for the examples in sources/ and for a generated ~1 MB document. Writers are
// taken from the build's format registry, so every new format gets its row. Then the PDF
// layout engine's own measure: pages per second, and PDF time per document.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { VFile } from 'vfile'
import { buildClock } from '../src/build/index.js'
import { formats, writers } from '../src/build/formats.js'
import { loadLocales } from '../src/build/locales.js'
import { createAssetHost, resolveSources } from '../src/build/sources.js'
import { underTest, validateSources } from '../src/build/validate.js'
import { loadTemplates } from '../src/build/templates.js'
import type { Template } from '../src/model/template.js'
import { parseMarkdown } from '../src/parse/index.js'
import { resolveVariant, type ResolvedDocument } from '../src/resolve/index.js'
import { groupDocuments, validate } from '../src/validate/run.js'
import { generateLargeSource } from './generate.js'
import { benchPdf } from './pdf.js'

interface Row { name: string; stage: string; ms: number; rssMb: number }
const rows: Row[] = []
const mb = (bytes: number) => Math.round(bytes / 1048576)

async function measure<T>(name: string, stage: string, run: () => T | Promise<T>): Promise<T> {
  globalThis.gc?.()
  const start = performance.now()
  const result = await run()
  rows.push({ name, stage, ms: performance.now() - start, rssMb: mb(process.memoryUsage().rss) })
  return result
}

const out = mkdtempSync(join(tmpdir(), 'itudoc-bench-'))
const clock = buildClock(process.env)
const templates = await loadTemplates()

async function renderAll(name: string, doc: ResolvedDocument, sourcesRoot: string): Promise<void> {
  const loaded = templates.get(doc.template.id)!
  for (const format of formats) {
    const outFile = join(out, `${name.replace(/\W+/g, '-')}.${format}`)
    await measure(name, format, () => writers[format]({ doc, loaded, outFile, outDir: out, sourcesRoot, clock, assetData: (src) => readFileSync(join(sourcesRoot, src)), embedFonts: false }))
  }
}

// -- The examples, document by document
const examplesStart = performance.now()
const sources = await measure('examples (all)', 'read+parse+resolve', () => resolveSources({ paths: ['sources'], root: 'sources' }))
for (const variant of sources.variants) {
  if (!variant.resolved) continue
  const name = `${variant.document.id} [${variant.resolved.root.lang}]`
  const text = String(variant.files[0]!.value)
  await measure(name, 'parse', () => parseMarkdown(text))
  await renderAll(name, variant.resolved, 'sources')
}
const examplesMs = performance.now() - examplesStart

// -- Validating the examples: the whole command (read, resolve, every rule), then the rules alone
const validateStart = performance.now()
const validated = await measure('examples (all)', 'validate', () => validateSources({ paths: ['sources'], root: 'sources', mode: 'draft' }))
const validateMs = performance.now() - validateStart
const variantsUnderTest = sources.variants.flatMap((v) => underTest(v) ?? [])
for (const document of groupDocuments(variantsUnderTest)) {
  await measure(`${document.id} [${document.variants.length} variant${document.variants.length === 1 ? '' : 's'}]`, 'validate rules', () => validate(document.variants, {}))
}
const documentCount = groupDocuments(variantsUnderTest).length

// -- A generated ~1 MB document
const large = generateLargeSource()
const { locales } = loadLocales()
const templateMap = new Map<string, Template>([...templates].map(([id, t]) => [id, t.template]))
const label = `generated (${Math.round(large.length / 1024)} KB)`
await measure(label, 'parse', () => parseMarkdown(large))
const largeFile = new VFile({ path: 'large.md', value: large })
const resolved = await measure(label, 'parse+resolve', () =>
  resolveVariant({ markdown: largeFile }, { templates: templateMap, locales, assets: createAssetHost('.') }))
if (!resolved) throw new Error('the generated document did not resolve')
await measure(label, 'validate rules', () => validate([{ documentId: 'generated', lang: 'en', file: largeFile, resolved }], {}))
await renderAll(label, resolved, '.')

rmSync(out, { recursive: true, force: true })

// -- Report
const pad = (s: string, n: number) => s.padEnd(n)
const lines = [`${pad('document', 58)} ${pad('stage', 20)} ${'ms'.padStart(9)} ${'rss MB'.padStart(7)}`]
for (const row of rows) lines.push(`${pad(row.name, 58)} ${pad(row.stage, 20)} ${row.ms.toFixed(1).padStart(9)} ${String(row.rssMb).padStart(7)}`)
const perStage = new Map<string, number>()
for (const row of rows.filter((r) => !r.name.startsWith('generated') && r.name !== 'examples (all)')) perStage.set(row.stage, (perStage.get(row.stage) ?? 0) + row.ms)
lines.push('', `examples: ${sources.variants.length} variants in ${examplesMs.toFixed(0)} ms; per stage: ${[...perStage].map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`).join(', ')}`)
lines.push(`validate: ${documentCount} documents (${validated.variants} variants) in ${validateMs.toFixed(0)} ms, ${(validateMs / documentCount).toFixed(1)} ms per document; ${validated.findings.length} findings`)
lines.push(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} MB`)
process.stdout.write(`${lines.join('\n')}\n\n`)

await benchPdf((line) => process.stdout.write(`${line}\n`))
