// PDF benchmark: pages per second of the layout engine and PDF time per document, on the
// stress report at about 1 MB of Markdown and on a short document of a few pages. Each
// measurement follows a warm-up run, so font loading and glyph caches are not counted, and
// the best of a few runs is reported (a shared machine adds noise, never speed).
import { VFile } from 'vfile'
import { faceInputs } from '../src/build/fonts.js'
import { loadLocales } from '../src/build/locales.js'
import { createAssetHost } from '../src/build/sources.js'
import { loadTemplates } from '../src/build/templates.js'
import { layoutDocument } from '../src/layout/index.js'
import type { ItuRoot } from '../src/model/nodes.js'
import type { Template } from '../src/model/template.js'
import { renderPdf } from '../src/render/pdf/index.js'
import { resolveVariant } from '../src/resolve/index.js'
import { stressMarkdown } from './stress-document.js'

async function resolve(markdown: string): Promise<ItuRoot> {
  const templates = await loadTemplates()
  const file = new VFile({ path: 'bench.md', value: markdown })
  const doc = resolveVariant({ markdown: file }, {
    templates: new Map<string, Template>([...templates].map(([id, t]) => [id, t.template])),
    locales: loadLocales().locales,
    assets: createAssetHost('.'),
  })
  if (!doc) throw new Error(`bench document does not resolve: ${file.messages.map(String).join('; ')}`)
  return doc.root
}

const milliseconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6
const runs = 3
/** Collect garbage before a measurement (node --expose-gc), so one phase does not pay for another. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.()

export async function benchPdf(report: (line: string) => void): Promise<void> {
  const faces = faceInputs()
  const options = { faces, image: () => undefined, clock: new Date(0), generator: 'itudoc bench' }
  const cases = [
    { name: 'stress report (~1 MB Markdown)', markdown: stressMarkdown(280) },
    { name: 'short report', markdown: stressMarkdown(4) },
  ]
  for (const { name, markdown } of cases) {
    const root = await resolve(markdown)
    // Warm-up: fonts parsed, width caches filled, code optimised.
    await renderPdf(layoutDocument({ root, faces, asset: () => undefined }), options)
    let layoutTime = Infinity
    let pdfTime = Infinity
    let layout = layoutDocument({ root, faces, asset: () => undefined })
    let pdf: Uint8Array = new Uint8Array()
    for (let run = 0; run < runs; run++) {
      collect()
      const started = process.hrtime.bigint()
      layout = layoutDocument({ root, faces, asset: () => undefined })
      layoutTime = Math.min(layoutTime, milliseconds(started))
      collect()
      const painted = process.hrtime.bigint()
      pdf = await renderPdf(layout, options)
      pdfTime = Math.min(pdfTime, milliseconds(painted))
    }
    const pages = layout.pages.length
    report(`pdf  ${name}: ${(markdown.length / 1024).toFixed(0)} KiB Markdown, ${pages} pages`)
    report(`pdf    layout ${layoutTime.toFixed(0)} ms (${((pages * 1000) / layoutTime).toFixed(0)} pages/s), PDF ${pdfTime.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`)
  }
}
