// The DOCX writer: resolved tree → a Word file an ITU editor can publish as it is. Handlers
// turn nodes into docx objects; this module assembles the package: styles, footnotes,
// comments, sections with their running heads, TOC page numbers, and deterministic bytes.
import type { ISectionOptions, PageNumberEstimator } from 'docx'
import type { FontFile } from 'docx/layout'
import type { ItuRoot } from '../../model/nodes.js'
import { createWalker } from '../walk.js'
import { compiler } from './compiler.js'
import { createContext, createState, type DocxEnv, type DocxMetrics, type DocxState } from './context.js'
import { fixedEntropy, normalizePackage, type PackagePart } from './determinism.js'
import { collectFootnotes } from './footnotes.js'
import { indent, portraitTextWidth } from './geometry.js'
import { flowDocument } from './handlers/included.js'
import { handlers } from './handlers/index.js'
import { pageSections, rtlSections } from './sections.js'
import { createDocxShared, SharedPartsDocument, sharedParts, type DocxShared, type SharedParts } from './shared.js'
import { textRuns } from './runs.js'
import { ParaStyle, type DocxFonts } from './styles.js'

export type { DocxFonts } from './styles.js'
export { createDocxShared, type DocxShared } from './shared.js'

/** A font file embedded in the document (--embed-fonts), under the name the styles use. */
export interface EmbeddedFont {
  /** The family name the styles use. */
  name: string
  /** Font files of its faces (TrueType or OpenType). */
  regular: Uint8Array
  bold?: Uint8Array
  italic?: Uint8Array
  boldItalic?: Uint8Array
}

export interface DocxOptions {
  /** The one timestamp written: core properties, tracked changes, comments, zip entries. */
  clock: Date
  /** Bytes of an image, by its path in the tree (the build reads files; writers do not). */
  assetData(src: string): Uint8Array
  /** Font names written into the styles. */
  fonts: DocxFonts
  /** BCP 47 language tag for w:lang ("en-GB"). */
  language: string
  /** Fonts to embed; none means the fonts are only named. */
  embed?: readonly EmbeddedFont[]
  /** Font files to measure text with when page numbers are worked out (TOC), under the names the styles use. */
  measureFonts?(): FontFile[]
  /** Creator written into the core properties and as the author of revision marks. */
  generator: string
  /** Layout's measures with the shipped fonts (abbreviation columns, table columns, hyphenation of narrow cells). */
  metrics: DocxMetrics
  /** Custom document properties (docProps/custom.xml), by name. */
  properties?: Readonly<Record<string, string>>
  /** What the documents of a build share (createDocxShared); a document without it makes its own. */
  shared?: DocxShared
}

export interface DocxResult {
  /** The .docx file. */
  data: Uint8Array
  /** Page count, when the pages were laid out (documents with a table of contents). */
  pages?: number
}

const walker = createWalker(handlers)

type DocxLayout = typeof import('docx/layout')

function rootEnv(root: ItuRoot): DocxEnv {
  return { run: {}, paragraphStyle: ParaStyle.Normal, inTable: false, flow: true, width: portraitTextWidth, justified: root.justified === true }
}

/** docx takes font files as Buffers, one option per face. */
function embedded(fonts: readonly EmbeddedFont[]) {
  const buffer = (data: Uint8Array | undefined) => (data ? Buffer.from(data) : undefined)
  return fonts.map((font) => ({ name: font.name, data: Buffer.from(font.regular), bold: buffer(font.bold), italic: buffer(font.italic), boldItalic: buffer(font.boldItalic) }))
}

/** The page-number estimator, also keeping the page count it works out. */
function counting(estimate: PageNumberEstimator, pages: { count?: number }): PageNumberEstimator {
  return Object.assign((...args: Parameters<PageNumberEstimator>) => {
    const result = estimate(...args)
    pages.count = result.pageCount
    return result
  }, estimate)
}


/** The body, notes and running heads, as docx objects, and what writing them found. */
interface Written {
  state: DocxState
  sections: ISectionOptions[]
  isMirrored: boolean
}

function write(root: ItuRoot, options: DocxOptions): Written {
  const state = createState()
  // Revision dates are written to the second, as Word writes them.
  const date = options.clock.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const ctx = createContext(walker, root, { date, author: options.generator, assetData: options.assetData, metrics: options.metrics }, rootEnv(root), state)
  const body = flowDocument(ctx, ctx.flow([root.cover]), root.children)
  // ITU contributions end with a short centred rule.
  if (root.closingRule) body.push(ctx.paragraph({ style: ParaStyle.Centered, children: textRuns(ctx, '_'.repeat(22)) }))
  const { sections, isMirrored } = pageSections(ctx, body)
  // A publication's documents collected their notes as they were written.
  collectFootnotes(ctx, root.footnotes)
  return { state, sections, isMirrored }
}

/** The package's parts, not zipped (normalizePackage zips them once); page numbers of a TOC are estimated meanwhile. */
function pack(root: ItuRoot, options: DocxOptions, shared: SharedParts, { state, sections, isMirrored }: Written, layout: DocxLayout | undefined): { parts: Map<string, PackagePart>; pages: () => number | undefined } {
  const pages: { count?: number } = {}
  // guess: lay out past what docx's layout cannot yet match Word on, rather than leave blanks.
  const estimate = layout ? counting(layout.estimatePageNumbersWith({ guess: true, fonts: options.measureFonts?.() ?? [] }), pages) : undefined
  const document = new SharedPartsDocument({
    title: root.title,
    creator: options.generator,
    lastModifiedBy: options.generator,
    ...(options.properties ? { customProperties: Object.entries(options.properties).map(([name, value]) => ({ name, value })) } : {}),
    defaultTabStop: indent,
    evenAndOddHeaderAndFooters: isMirrored,
    footnotes: state.footnotes,
    ...(state.comments.length ? { comments: { children: state.comments } } : {}),
    ...(options.embed?.length ? { fonts: embedded(options.embed) } : {}),
    ...(estimate ? { pageNumbers: estimate } : {}),
    sections,
  }, shared, { isReadBack: estimate !== undefined })
  return { parts: compiler.compile(document, undefined, document.overrides), pages: () => pages.count }
}

/** Render one document to DOCX bytes. */
export async function renderDocx(root: ItuRoot, options: DocxOptions): Promise<DocxResult> {
  const shared = options.shared ?? createDocxShared()
  // Made before the clock and random generator are fixed: what docx draws while making them
  // once must not shift what the document draws after.
  const parts = sharedParts(shared, { fonts: options.fonts, language: options.language, justified: root.justified === true })
  // Both phases draw from one generator, so the ids are those of one uninterrupted run.
  const entropy = fixedEntropy(options.clock)
  const written = entropy.run(() => write(root, options))
  // docx's page layout (a megabyte of code) is loaded only for a document with page references.
  const layout = written.state.hasPageReferences ? await import('docx/layout') : undefined
  const packed = entropy.run(() => pack(root, options, parts, written, layout))
  const rtl = root.dir === 'rtl'
  const data = await normalizePackage(packed.parts, options.clock, shared.deflated, (name, xml) => (rtl && name === 'word/document.xml' ? rtlSections(xml) : xml))
  const pages = packed.pages()
  return { data, ...(pages !== undefined ? { pages } : {}) }
}
