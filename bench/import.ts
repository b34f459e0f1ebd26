// npm run bench, Word import: the generated resolution of bench/generate.ts at ~800 KB
// (≈ 300 pages when printed) is written as DOCX by itudoc's own writer, then timed through
// `itudoc import` (read the package and import in memory) and `itudoc validate file.docx`
// (import, resolve the source it makes, every rule). Self-contained: run after bench/run.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildClock } from '../src/build/index.js'
import { importWordFile } from '../src/build/import.js'
import { writers } from '../src/build/formats.js'
import { loadSourceEnv, resolveSources } from '../src/build/sources.js'
import { loadTemplates } from '../src/build/templates.js'
import { validateSources } from '../src/build/validate.js'
import { generateLargeSource } from './generate.js'

const dir = mkdtempSync(join(tmpdir(), 'itudoc-bench-import-'))
try {
  const source = generateLargeSource(800_000)
  writeFileSync(join(dir, 'large.md'), source)
  const set = await resolveSources({ paths: [join(dir, 'large.md')], root: dir })
  const doc = set.variants[0]?.resolved
  if (!doc) throw new Error('the generated document did not resolve')
  const docx = join(dir, 'large.docx')
  const rendered = await writers.docx({ doc, loaded: (await loadTemplates()).get(doc.template.id)!, outFile: docx, outDir: dir, sourcesRoot: dir, clock: buildClock(process.env), assetData: () => new Uint8Array(), embedFonts: false })
  writeFileSync(docx, rendered.data)
  const env = await loadSourceEnv(dir)

  const time = async <T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> => {
    globalThis.gc?.()
    const start = performance.now()
    const result = await run()
    return { ms: performance.now() - start, result }
  }
  const imported = await time(() => importWordFile({ file: docx }, env))
  const validated = await time(() => validateSources({ paths: [docx], root: dir, mode: 'draft' }))
  if (!imported.result.imported) throw new Error(`the generated DOCX did not import: ${imported.result.findings.map((f) => f.message).join('; ')}`)
  const paragraphs = imported.result.imported.paragraphs
  const kb = Math.round(source.length / 1024)
  process.stdout.write([
    `import: generated resolution (${kb} KB source, ${paragraphs} Word paragraphs)`,
    `  import    ${imported.ms.toFixed(0).padStart(6)} ms  (${((paragraphs / imported.ms) * 1000).toFixed(0)} paragraphs/s)`,
    `  validate  ${validated.ms.toFixed(0).padStart(6)} ms  (${validated.result.findings.length} findings)`,
    '',
  ].join('\n'))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
