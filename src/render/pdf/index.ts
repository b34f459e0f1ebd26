// The PDF writer: paints a laid-out document with pdfkit — fonts embedded and subset,
// tagged (structure tree, ActualText for right-to-left lines), bookmarks, links, title and
// language in the metadata — deterministically: the dates come from the build's clock and
// the file identifier from a hash of the content, so equal inputs give equal bytes.
import { createHash, webcrypto } from 'node:crypto'
import type * as fontkit from 'fontkit'
import PDFDocument from 'pdfkit'
import { parsedFont } from '../../layout/fonts/shaping.js'
import type { FaceKey, LayoutDocument } from '../../layout/frame.js'
import { addOutline } from './outline.js'
import { bufferPageContent, collectFile, compressFonts, compressPage } from './output.js'
import { paintPage } from './paint.js'
import { fastSubsets } from './subset.js'
import { Tagger } from './tags.js'
import { TextWriter } from './text.js'

export interface PdfOptions {
  /** The bytes of every face the layout may have used. */
  faces: ReadonlyArray<{ key: FaceKey; data: Uint8Array }>
  /** Image bytes by source path. */
  image(src: string): Uint8Array | undefined
  /** The one timestamp written (CreationDate, ModDate). */
  clock: Date
  /** Producer and creator, e.g. "itudoc 0.1.0". */
  generator: string
  /** Deflate pages and fonts, and hash the file, in libuv's thread pool (the default), or on this thread when the build's threads fill every core (../deflate.ts). */
  threadPool?: boolean
}

export async function renderPdf(layout: LayoutDocument, options: PdfOptions): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would read and parse Helvetica's metrics for every document,
    // and every run names its own face.
    font: '',
    pdfVersion: '1.7',
    tagged: true,
    lang: layout.lang,
    displayTitle: true,
    // PDF/UA identification in the XMP metadata (pdfkit's typings list only PDF/A).
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    info: { Title: layout.title, Creator: options.generator, Producer: options.generator, CreationDate: options.clock, ModDate: options.clock },
  })
  const file = collectFile(doc)
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  // Only the faces the layout drew with: an unused face would add nothing to the file, and
  // its bytes (perhaps not yet read) are not needed.
  const used = new Set<FaceKey>()
  for (const page of layout.pages) for (const item of page.items) if (item.kind === 'text') used.add(item.face)
  for (const face of options.faces) if (used.has(face.key)) doc.registerFont(face.key, parsed(face.data) as unknown as Buffer)
  bufferPageContent(doc)
  const tagger = new Tagger(doc, layout.structure)
  const text = new TextWriter(doc)
  const inPool = options.threadPool ?? true
  for (const page of layout.pages) {
    paintPage(page, { doc, tagger, text, image: options.image })
    await compressPage(doc, inPool)
  }
  tagger.finish()
  addOutline(doc, layout.outline, layout.pages)
  addPageLabels(doc, layout.pages)
  await compressFonts(doc, inPool)
  doc.end()
  await done
  return await withContentId(file(), inPool)
}

/**
 * Page labels (PDF 32000 12.4.2), so viewers show the printed numbers: "i", "ii" on a
 * published text's front matter, "1" again where its body starts. A new range starts where
 * the style changes or the count does not go on by one.
 */
function addPageLabels(doc: PDFKit.PDFDocument, pages: LayoutDocument['pages']): void {
  const nums: unknown[] = []
  pages.forEach((page, i) => {
    const before = pages[i - 1]?.printed
    if (before && before.style === page.printed.style && before.value + 1 === page.printed.value) return
    // pdfkit writes JavaScript strings as names (/D, /r).
    nums.push(i, { S: page.printed.style === 'lowerRoman' ? 'r' : 'D', St: page.printed.value })
  })
  if (nums.length === 2 && pages[0]?.printed.style === 'decimal' && pages[0].printed.value === 1) return
  const labels = doc.ref({ Nums: nums })
  labels.end(undefined)
  ;(doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageLabels = labels
}

// pdfkit accepts a parsed fontkit font instead of bytes. The one layout measured with is
// shared across the documents of a build (layout/fonts/shaping.ts), which saves parsing its
// tables (GSUB, GPOS, cmap) for every document, and shaping its text again. Each document
// still makes its own subset (written from tables read once, subset.ts) and ToUnicode map,
// and glyphs.ts makes sure nothing of the shared font's glyph cache leaks into them: what a
// PDF's text says depends on that document alone.
const subsetting = new WeakSet<fontkit.Font>()
function parsed(data: Uint8Array): fontkit.Font {
  const font = parsedFont(data)
  if (!subsetting.has(font)) {
    subsetting.add(font)
    fastSubsets(font, data)
  }
  return font
}

/**
 * pdfkit derives the trailer /ID from the info dictionary alone, so two documents with
 * the same title and date would share it. Replace it, in place and at the same length,
 * with a hash of the file's content: SHA-256, computed in libuv's thread pool with the
 * deflating (WebCrypto's, node:crypto's; on the main thread, hashing the 180 PDFs of the
 * corpus in French, Arabic and Chinese took 94 ms of it), else here.
 */
async function withContentId(pdf: Buffer, inPool: boolean): Promise<Uint8Array> {
  const trailer = pdf.lastIndexOf('/ID [<')
  if (trailer < 0) return pdf
  const digest = inPool ? Buffer.from(await webcrypto.subtle.digest('SHA-256', pdf)) : createHash('sha256').update(pdf).digest()
  const id = digest.toString('hex').slice(0, 32)
  const first = trailer + '/ID [<'.length
  const second = pdf.indexOf('<', first + 32) + 1
  pdf.write(id, first, 'latin1')
  pdf.write(id, second, 'latin1')
  return pdf
}
