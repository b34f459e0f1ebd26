// Text runs as content-stream operators. Layout has already placed every run at its
// baseline and measured it shaped; pdfkit's doc.text would still merge options, run its
// line wrapper, measure the run twice, and wrap every run in its own graphics state
// (q, a matrix to unflip its page, Q) with colour, font and size set again: a third of a
// page's content. Here the runs painted one after another share one text object in
// pdfkit's flipped page space (the text matrix flips the glyphs upright), each reached by a
// move from the one before (output.ts, ContentBytes.startRun), and colour, font, size and
// character spacing are set only when they change on the page (PDF allows all four inside a
// text object). They are graphics state and persist across text objects; the painter's
// other items change them only between q and Q.
import type PDFDocument from 'pdfkit'
import type { FaceKey, TextItem } from '../../layout/frame.js'
import { ExactEncoder, type EmbeddedFontLike } from './glyphs.js'
import { shownOf, type Shown } from './operators.js'
import { pageContent, pdfNumber, type ContentBytes } from './output.js'

type Doc = InstanceType<typeof PDFDocument>

/** pdfkit's per-document font: its resource name and its indirect object, besides encoding. */
interface EmbeddedFont extends EmbeddedFontLike {
  id: string
  ref(): unknown
}

/**
 * A face as this document draws it. `shown`: how each text drawn in it is shown, by how it
 * is shaped (whole, chunk by chunk) and mirrored (see `shownIndex`): the codes are the
 * document's own, so what is made from them is too.
 */
interface PdfFont { embedded: EmbeddedFont; encoder: ExactEncoder; shown: ReadonlyArray<Map<string, Shown>> }

/** The index in `PdfFont.shown` of a text's map. */
const shownIndex = (whole: boolean, mirrored: boolean): number => (whole ? 2 : 0) + (mirrored ? 1 : 0)

/** The operators that make an RGB hex colour ("#1f3a5c", "#abc") the fill colour, each ending with a newline. */
function fillColorOperators(color: string): string {
  const hex = parseInt(color.length === 4 ? color.replace(/^#(.)(.)(.)$/, '$1$1$2$2$3$3') : color.slice(1), 16)
  return `/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ')} scn\n`
}

/** What the page's graphics state holds now, as far as text cares (the font by its resource name, its size in millionths of a point, as written); undefined: not set on this page yet. */
interface TextState { color?: string; font?: string; size?: number; characterSpacing: number }

/** Draws one document's text runs; holds its fonts by face and its colour operators. */
export class TextWriter {
  private readonly doc: Doc
  private readonly fonts = new Map<FaceKey, PdfFont>()
  private readonly colors = new Map<string, string>()
  private page: unknown
  private state: TextState = { characterSpacing: 0 }
  /** The content of the page being painted. */
  private content!: ContentBytes

  constructor(doc: Doc) {
    this.doc = doc
  }

  write(item: TextItem): void {
    const text = item.text.includes('\n') ? item.text.replace(/\n/g, '') : item.text
    if (text.length === 0) return
    const font = this.font(item.face)
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> }
    if (page !== this.page) {
      this.page = page
      this.state = { characterSpacing: 0 }
      this.content = pageContent(this.doc)
    }
    const { state, content } = this
    const { id } = font.embedded
    page.fonts[id] ??= font.embedded.ref()
    const color = item.color ?? '#000000'
    if (state.color !== color) content.text(this.fillColor((state.color = color)))
    content.startRun(item.x, item.y)
    // Compared as written (in millionths): sizes that differ past the sixth decimal are one size on the page.
    const size = Math.round(item.size * 1e6)
    if (state.font !== id || state.size !== size) {
      content.text(`/${(state.font = id)} `)
      content.number(item.size)
      content.text(' Tf\n')
      state.size = size
    }
    const characterSpacing = item.characterSpacing ?? 0
    if (state.characterSpacing !== characterSpacing) content.text(`${pdfNumber((state.characterSpacing = characterSpacing))} Tc\n`)
    const shown = this.shown(font, text, item.shaping === 'run', item.mirrored === true)
    if (typeof shown === 'string') content.text(shown)
    else {
      const placed = shown.at(item.size / 1000)
      content.text(placed.ops)
      content.runMoved(placed.movedX, placed.movedY)
    }
  }

  /** How a text is shown in this document, encoded when first drawn. */
  private shown(font: PdfFont, text: string, whole: boolean, mirrored: boolean): Shown {
    const texts = font.shown[shownIndex(whole, mirrored)]!
    let shown = texts.get(text)
    if (shown === undefined) texts.set(text, (shown = shownOf(font.encoder.encode(text, whole, mirrored))))
    return shown
  }

  private font(face: FaceKey): PdfFont {
    let font = this.fonts.get(face)
    if (!font) {
      // pdfkit makes a face's font for the document (its subset, its resource name) on first use.
      this.doc.font(face)
      const embedded = (this.doc as unknown as { _font: EmbeddedFont })._font
      font = { embedded, encoder: new ExactEncoder(embedded), shown: [new Map(), new Map(), new Map(), new Map()] }
      this.fonts.set(face, font)
    }
    return font
  }

  private fillColor(color: string): string {
    let ops = this.colors.get(color)
    if (ops === undefined) this.colors.set(color, (ops = fillColorOperators(color)))
    return ops
  }
}
