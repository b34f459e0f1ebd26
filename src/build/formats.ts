// The output formats: each turns one resolved variant into bytes. Build knows nothing of
// how; writers know nothing of files. A new format is one entry here. Each writer loads its
// renderer (and the layout engine, pdfkit, docx, fontkit) the first time it runs, so a build
// pays start-up only for the formats it was asked for.
import { dirname, join, relative, sep } from 'node:path'
import { deferFinding, type DeferredFinding } from '../model/diagnostic.js'
import { identifyImage, imageMimeTypes } from '../model/image-format.js'
import { renderRules } from '../model/rules.js'
import type { ItuRoot } from '../model/nodes.js'
import type { LayoutProblem } from '../layout/frame.js'
import type { WriterMetrics } from '../layout/index.js'
import type { ResolvedDocument } from '../resolve/index.js'
import type { DocxOptions, DocxShared } from '../render/docx/index.js'
import type { PageLinks } from '../render/html/index.js'
import { docxFontNames, faceInputs, familiesFor, familyFaces, fontFilesFor, fonts, measuringFonts, wordLanguage } from './fonts.js'
import { version } from './package-root.js'
import { readAsset } from './files.js'
import type { LoadedTemplate } from './templates.js'

export const formats = ['html', 'docx', 'pdf'] as const
export type Format = (typeof formats)[number]

export interface RenderInput {
  doc: ResolvedDocument
  loaded: LoadedTemplate
  /** Absolute path the artifact will be written to. */
  outFile: string
  /** The output root (fonts are shared there). */
  outDir: string
  /** Sources root: image paths in the tree are relative to it. */
  sourcesRoot: string
  /** The one timestamp written into outputs (SOURCE_DATE_EPOCH). */
  clock: Date
  /** Bytes of an image by its path in the tree (relative to the sources root). */
  assetData(src: string): Uint8Array
  /** Embed the shipped fonts in DOCX files (--embed-fonts) instead of naming Word's. */
  embedFonts: boolean
  /** Deflating and hashing may go to libuv's thread pool (render/deflate.ts); undefined leaves it to the writers, whose default it is. */
  threadPool?: boolean
  /** Links an HTML page carries to its other languages and formats. */
  links?: PageLinks
}

export interface Rendered {
  data: string | Uint8Array
  /** Page count of paginated formats (the manifest records it; validation checks page limits). */
  pages?: number
  /** Problems met while rendering; an error among them means the artifact is not written. */
  findings?: DeferredFinding[]
}
export type Writer = (input: RenderInput) => Promise<Rendered>

/** Fonts shared by all HTML pages, copied once into <out>/_fonts. */
export const fontFolder = '_fonts'

/** An image as a data: URL of the type its bytes show (resolve accepted only images it could identify). */
function dataUrl(bytes: Uint8Array, src: string): string {
  const found = identifyImage(bytes)
  if ('problem' in found) throw new Error(`HTML writer: image "${src}" ${found.problem}, although resolve accepted it`)
  return `data:${imageMimeTypes[found.type]};base64,${Buffer.from(bytes).toString('base64')}`
}

function fontFaces(lang: string, fromDir: string, outDir: string): string {
  const base = relative(fromDir, join(outDir, fontFolder)).split(sep).join('/')
  const families = familiesFor(lang)
  return fonts
    .filter((f) => families.includes(f.family))
    .map((f) => `@font-face { font-family: "${f.family}"; font-weight: ${f.weight}; font-style: ${f.style}; font-display: swap; src: url("${base}/${f.file}") format("truetype"); }`)
    .join('\n')
}

const html: Writer = async ({ doc, loaded, outFile, outDir, assetData, links }) => ({
  data: (await import('../render/html/index.js')).renderHtml(doc.root, {
    shell: loaded.shell,
    css: `${fontFaces(doc.root.lang, dirname(outFile), outDir)}\n${loaded.css}`,
    generator: `itudoc ${version}`,
    assetUrl: (src) => dataUrl(assetData(src), src),
    ...(links ? { links } : {}),
  }),
})

/** A document's metadata as its source wrote it (template, fields), for `itudoc import`. */
function sourceMetadata(doc: ResolvedDocument): Record<string, unknown> {
  const { common, meta } = doc.metadata
  return { template: common.template, ...meta, ...(common['translated-from'] ? { 'translated-from': common['translated-from'] } : {}) }
}

/** What the DOCX writer is told besides the tree: fonts and language of the locale, the clock, image bytes. */
export async function docxOptions({ doc, clock, assetData, embedFonts }: Pick<RenderInput, 'doc' | 'clock' | 'assetData' | 'embedFonts'>): Promise<DocxOptions> {
  const { root, locale } = doc
  const names = docxFontNames(locale, embedFonts)
  return {
    clock,
    assetData,
    fonts: names,
    language: wordLanguage(locale.intl),
    embed: embedFonts ? familiesFor(root.lang).map((family) => ({ name: family, ...familyFaces(family) })) : [],
    measureFonts: () => measuringFonts(root.lang, names),
    generator: `itudoc ${version}`,
    metrics: await docxMetrics(root),
    // The source's metadata travels in the file, so `itudoc import` recovers what the cover
    // does not show (a resolution's body, a contribution's keywords); the cover still wins.
    // A publication also carries the metadata of each document it compiles, in order.
    properties: {
      'itudoc.metadata': JSON.stringify(sourceMetadata(doc)),
      ...(doc.included.length ? { 'itudoc.documents': JSON.stringify(doc.included.map(sourceMetadata)) } : {}),
    },
  }
}

let sharedMetrics: WriterMetrics | undefined
/** Layout's measures for one document: the shipped faces parsed once for the build (layout is loaded only then). */
async function docxMetrics(root: ItuRoot): Promise<DocxOptions['metrics']> {
  const metrics = (sharedMetrics ??= (await import('../layout/index.js')).writerMetrics(faceInputs()))
  return { measure: metrics.measure, tableColumns: (table, width) => metrics.tableColumns(root, table, width), hyphenate: metrics.hyphenate(root.lang) }
}

let sharedDocx: DocxShared | undefined
/** DOCX: the documents of a build (or of a watch session) share the parts that come out the same. */
const docx: Writer = async (input) => {
  const writer = await import('../render/docx/index.js')
  // Made by a thread's first DOCX: its threads' place in the build does not change.
  sharedDocx ??= writer.createDocxShared({ threadPool: input.threadPool })
  return writer.renderDocx(input.doc.root, { ...(await docxOptions(input)), shared: sharedDocx })
}


function layoutFinding(problem: LayoutProblem): DeferredFinding {
  return problem.kind === 'missingGlyph'
    ? deferFinding(renderRules.missingGlyph, problem, { char: problem.char })
    : deferFinding(renderRules.unsupportedImage, problem, { path: problem.src })
}

/** An asset reader for layout: an image that cannot be read is one layout cannot draw. */
function lenient(assetData: (src: string) => Uint8Array): (src: string) => Uint8Array | undefined {
  return (src) => {
    try {
      return assetData(src)
    } catch {
      return undefined
    }
  }
}

/** The pages a document lays out to in PDF (validation's page limits count these). */
export async function pdfPageCount(root: ItuRoot, sourcesRoot: string, assetData: (src: string) => Uint8Array = (src) => readAsset(sourcesRoot, src)): Promise<number> {
  const { layoutDocument } = await import('../layout/index.js')
  return layoutDocument({ root, faces: faceInputs(), asset: lenient(assetData) }).pages.length
}

const pdf: Writer = async ({ doc, clock, assetData, threadPool }) => {
  const [{ layoutDocument }, { renderPdf }] = await Promise.all([import('../layout/index.js'), import('../render/pdf/index.js')])
  const faces = faceInputs()
  const asset = lenient(assetData)
  const layout = layoutDocument({ root: doc.root, faces, asset })
  const data = await renderPdf(layout, { faces, image: asset, clock, generator: `itudoc ${version}`, threadPool })
  return { data, pages: layout.pages.length, findings: layout.problems.map(layoutFinding) }
}

export const writers: Record<Format, Writer> = { html, docx, pdf }

/**
 * Whether a format's writer may still report an error for this document (and so fail it),
 * judged cheaply before anything is rendered. Build writes a document's HTML ahead of its
 * other formats only when none of them may (variant-job.ts). A format whose writer reports
 * errors must say so here; today only the PDF does, for a character no font covers.
 */
export const mayFail: Record<Format, (doc: ResolvedDocument) => Promise<boolean>> = {
  html: async () => false,
  docx: async () => false,
  pdf: async ({ root }) => (await import('../layout/index.js')).mayLackGlyphs(root, faceInputs()),
}

/** Font files an artifact of this format references from <out>/_fonts (copied by build). */
export function sharedFonts(format: Format, lang: string): string[] {
  return format === 'html' ? fontFilesFor([lang]) : []
}
