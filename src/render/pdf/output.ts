// pdfkit's output collected and encoded once. pdfkit turns every operator of a page and
// every line of the file into a byte array of its own (and each line of the file into a
// stream chunk, a Buffer, and a 'data' event): a few dozen tiny arrays per line of text,
// which kept the garbage collector busier than drawing. Here a page's operators are written
// into one growing buffer (ContentBytes), and the lines of the file kept as strings, into
// the same bytes: pdfkit ends each with a newline and keeps the low byte of each character,
// as latin1 does.
import { deflateSync } from 'node:zlib'
import type PDFDocument from 'pdfkit'
import { deflateBytes } from '../deflate.js'

type Doc = InstanceType<typeof PDFDocument>

/** The part of pdfkit's PDFReference (a page's content stream) that writing touches. */
interface ContentStream {
  write(chunk: string | Uint8Array): void
  finalize(): void
  /** What has been written, compressed by finalize when `compress`. */
  buffer: Uint8Array[]
  compress: boolean
}

// zlib level of page content. pdfkit deflates at zlib's default (6); at 3 the corpus of 60
// resolutions compresses its 7.8 MB of page content in half the time (50 ms against 108),
// for 0.2 MB more (1.46 MB against 1.27 MB, 4 % of the files). Fonts stay at 6: they take
// no longer at it.
const CONTENT_LEVEL = 3

/** Lines kept as text until bytes are needed; bytes keep their place among them. */
class Lines {
  private text = ''
  constructor(private readonly emit: (bytes: Uint8Array) => void) {}

  /** Add a line; its length in bytes. */
  line(value: string): number {
    const line = `${value}\n`
    this.text += line
    return line.length
  }

  bytes(bytes: Uint8Array): void {
    this.flush()
    this.emit(bytes)
  }

  flush(): void {
    if (!this.text) return
    this.emit(Buffer.from(this.text, 'latin1'))
    this.text = ''
  }
}

/**
 * A page's content as bytes, written in place: pdfkit's operators (each followed by a newline,
 * the low byte of each character kept, as pdfkit does) and the text writer's, whose numbers
 * go in digit by digit. Kept as strings, the text of the Arabic corpus (26 MB of content, a
 * move of the text matrix for every mark) was a rope of millions of small strings, each
 * number one more, flattened and encoded at the end.
 */
export class ContentBytes {
  private bytes = spareBuffers.pop() ?? Buffer.allocUnsafe(1 << 14)
  private length = 0
  /**
   * The text object the page's runs are drawn in: closed (ET) only when something else is
   * drawn, so the runs of a paragraph share one. `lineX`, `lineY`: where its line matrix
   * starts, in millionths of a point as written (moves of a run's own included).
   */
  private inText = false
  private lineX = 0
  private lineY = 0

  /** Characters, one byte each. */
  text(value: string): void {
    const { length } = value
    this.reserve(length)
    if (length > 64) {
      this.length += this.bytes.write(value, this.length, 'latin1')
      return
    }
    const { bytes } = this
    let at = this.length
    for (let i = 0; i < length; i++) bytes[at++] = value.charCodeAt(i)
    this.length = at
  }

  bytesOf(chunk: Uint8Array): void {
    this.reserve(chunk.length)
    this.bytes.set(chunk, this.length)
    this.length += chunk.length
  }

  /**
   * A number as pdfkit writes it: rounded to 6 decimals, then JavaScript's shortest form,
   * `String(Math.round(n * 1e6) / 1e6)`, here from the integer count of millionths. The same
   * digits: below 10^15 millionths the count has at most 15 significant digits, so the
   * quotient is the double nearest to that decimal, which JavaScript prints back as that
   * decimal (its trailing zeros dropped, no exponent from 10^-6 up). -0 is written 0.
   */
  number(n: number): void {
    const millionths = Math.round(n * 1e6)
    if (!(millionths > -1e15 && millionths < 1e15)) {
      this.text(pdfNumber(n))
      return
    }
    this.reserve(24)
    const magnitude = millionths < 0 ? -millionths : millionths
    let fraction = magnitude % 1e6
    if (millionths < 0) this.bytes[this.length++] = 0x2d // -
    this.digits((magnitude - fraction) / 1e6, 1)
    if (fraction === 0) return
    let decimals = 6
    while (fraction % 10 === 0) {
      fraction /= 10
      decimals--
    }
    this.bytes[this.length++] = 0x2e // .
    this.digits(fraction, decimals)
  }

  /**
   * Put the line matrix at `x`, `y` (pdfkit's flipped page space, glyphs upright) for a run:
   * in the open text object by a move relative to where the run before left it (`dx dy Td`,
   * a dozen bytes), or by setting the whole matrix when none is open.
   * Each run had a text object of its own (BT, an absolute matrix, ET: 40 bytes a word, a
   * sixth of a page's content). Exact: a move is the difference of two positions as written
   * (whole millionths), so the matrix lands on the very position the absolute one would set.
   */
  startRun(x: number, y: number): void {
    const atX = Math.round(x * 1e6)
    const atY = Math.round(y * 1e6)
    if (this.inText) {
      this.number((atX - this.lineX) / 1e6)
      this.text(' ')
      // The matrix flips the page back: text space's up is the page's down.
      this.number((this.lineY - atY) / 1e6)
      this.text(' Td\n')
    } else {
      this.text(this.inText ? '1 0 0 -1 ' : 'BT\n1 0 0 -1 ')
      this.number(x)
      this.text(' ')
      this.number(y)
      this.text(' Tm\n')
    }
    this.inText = true
    this.lineX = atX
    this.lineY = atY
  }

  /**
   * The run just written moved the line matrix itself (Td to marks set off the line) by
   * `movedX`, `movedY` (text space, whole millionths, as its moves were written). Every
   * Arabic word with a dot or a vowel sign ends so: the next run had set a whole matrix
   * (31 bytes, 1,480 in one resolution's Arabic PDF) where a move from here takes half.
   */
  runMoved(movedX: number, movedY: number): void {
    this.lineX += movedX
    // Text space's up is the page's down.
    this.lineY -= movedY
  }

  /** Close the open text object, before anything but text is drawn. */
  endText(): void {
    if (!this.inText) return
    this.text('ET\n')
    this.inText = false
  }

  /** The bytes written, as one buffer: the page is complete (an open text object is closed). */
  take(): Buffer {
    this.endText()
    return this.bytes.subarray(0, this.length)
  }

  /** Give the buffer to the next page's content: nothing reads the bytes taken any more, and nothing is written here again. */
  recycle(): void {
    if (spareBuffers.length < maxSpareBuffers) spareBuffers.push(this.bytes)
    this.bytes = Buffer.alloc(0)
    this.length = 0
  }

  /** A whole number's digits, zero-padded to `width`. */
  private digits(whole: number, width: number): void {
    let count = 1
    for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) count++
    if (count < width) count = width
    let at = this.length + count
    this.length = at
    for (let rest = whole, i = 0; i < count; i++) {
      const digit = rest % 10
      this.bytes[--at] = 0x30 + digit
      rest = (rest - digit) / 10
    }
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + more))
    this.bytes.copy(grown, 0, 0, this.length)
    this.bytes = grown
  }
}

// Buffers of pages already deflated, reused by the pages painted next. Each page grew a
// buffer of its own from 16 KB, doubling, to 40 KB on average (the 869 pages of the corpus in
// French, Arabic and Chinese: 36.6 MB), each copied as it grew and once more to be deflated.
// A document deflates a page before it paints the next (index.ts), and a thread has two
// documents in flight (build/pool.ts): a few buffers are enough.
const spareBuffers: Buffer[] = []
const maxSpareBuffers = 4

/**
 * pdfkit's PDFObject.number as it prints: a number rounded to 6 decimals, `String(Math.round(n
 * * 1e6) / 1e6)`. Below 10^15 millionths made from the whole count of millionths, as
 * ContentBytes.number writes them (the same digits, it says why): a whole number prints
 * several times faster than a fraction's shortest form (TJ adjustments and the moves to
 * Arabic marks: 1.7 % of an Arabic PDF build's CPU).
 */
export function pdfNumber(n: number): string {
  const millionths = Math.round(n * 1e6)
  if (millionths > -1e15 && millionths < 1e15) {
    if (millionths === 0) return '0'
    const magnitude = millionths < 0 ? -millionths : millionths
    let fraction = magnitude % 1e6
    const whole = `${millionths < 0 ? '-' : ''}${(magnitude - fraction) / 1e6}`
    if (fraction === 0) return whole
    let decimals = 6
    while (fraction % 10 === 0) {
      fraction /= 10
      decimals--
    }
    const digits = `${fraction}`
    return `${whole}.${'00000'.slice(0, decimals - digits.length)}${digits}`
  }
  if (n > -1e21 && n < 1e21) return String(Math.round(n * 1e6) / 1e6)
  throw new Error(`unsupported number: ${n}`)
}

const contents = new WeakMap<ContentStream, ContentBytes>()

/** Make every page the document adds from now on collect its operators as bytes. */
export function bufferPageContent(doc: Doc): void {
  doc.on('pageAdded', () => buffer((doc.page as unknown as { content: ContentStream }).content))
}

/** The content of the page the document is painting now. */
export function pageContent(doc: Doc): ContentBytes {
  return contents.get((doc.page as unknown as { content: ContentStream }).content)!
}

function buffer(stream: ContentStream): void {
  const write = stream.write.bind(stream)
  const finalize = stream.finalize.bind(stream)
  const content = new ContentBytes()
  // pdfkit writes the page's flip (a cm operator) before it announces the page: moved into the
  // content, it leaves the page one chunk, deflated without a copy (compressPage copied 36.6 MB
  // so for the 180 PDFs of the corpus in French, Arabic and Chinese). finalize sets /Length
  // from the bytes it writes.
  for (const chunk of stream.buffer.splice(0)) content.bytesOf(chunk)
  contents.set(stream, content)
  stream.write = (chunk) => {
    if (!contents.has(stream)) throw new Error('pdf: a page was drawn on after its content was handed over')
    // pdfkit's own operators (marked content, graphics, images) go outside the text object.
    content.endText()
    if (chunk instanceof Uint8Array) content.bytesOf(chunk)
    else {
      content.text(String(chunk))
      content.text('\n')
    }
  }
  settlers.set(stream, () => {
    if (!contents.has(stream)) return undefined
    const bytes = content.take()
    contents.delete(stream)
    // pdfkit sets /Length and /Filter /FlateDecode as the content is written; it only copies bytes now.
    if (bytes.length) write(bytes)
    return content
  })
  stream.finalize = () => {
    const settled = settlers.get(stream)!()
    if (stream.compress && stream.buffer.length) {
      stream.buffer = [deflateSync(joined(stream.buffer), { level: CONTENT_LEVEL })]
      stream.compress = false
      settled?.recycle()
    }
    finalize()
  }
}

/** The chunks as one: the only chunk itself, not a copy (a page's content is one chunk). */
const joined = (chunks: Uint8Array[]): Uint8Array => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))

/**
 * Hands a page's collected bytes to its pdfkit stream, once: the page is complete then. Returns
 * the content that held them the first time, to be recycled once they are deflated.
 */
const settlers = new WeakMap<ContentStream, () => ContentBytes | undefined>()

/**
 * Deflate the page just painted, before pdfkit writes it (when the next page is added, or the
 * document ends): the bytes finalize would make. In zlib's thread pool (`inPool`), another
 * variant's job goes on in this thread meanwhile (build/pool.ts runs two at a time). Call it
 * once the page is complete; nothing may be drawn on it after.
 */
export async function compressPage(doc: Doc, inPool: boolean): Promise<void> {
  const stream = (doc.page as unknown as { content: ContentStream }).content
  const settled = settlers.get(stream)?.()
  if (!stream.compress || !stream.buffer.length) return
  stream.buffer = [await deflateBytes(joined(stream.buffer), { level: CONTENT_LEVEL, inPool })]
  stream.compress = false
  settled?.recycle()
}

/** The part of pdfkit's PDFDocument that writes the file. */
interface FileWriter {
  _write(data: string | Uint8Array): void
  /** Bytes written so far (the cross-reference table's offsets). */
  _offset: number
}

/**
 * Collect the rest of the file as pdfkit writes it, bypassing its stream; the bytes it has
 * streamed already (its header) come first. Returns the whole file once pdfkit has ended it.
 */
export function collectFile(doc: Doc): () => Buffer {
  const streamed: Buffer[] = []
  doc.on('data', (chunk: Buffer) => streamed.push(chunk))
  const parts: Uint8Array[] = []
  const lines = new Lines((bytes) => parts.push(bytes))
  const file = doc as unknown as FileWriter
  file._write = (data) => {
    if (data instanceof Uint8Array) {
      lines.bytes(data)
      file._offset += data.length
    } else file._offset += lines.line(String(data))
  }
  return () => {
    lines.flush()
    return Buffer.concat([...streamed, ...parts])
  }
}

/** The part of pdfkit's embedded fonts that compressFonts touches. */
interface EmbeddedFont {
  /** Made when a page first uses the font: only such fonts are embedded. */
  dictionary?: unknown
  embedded?: boolean
  subset?: { encode(): Uint8Array }
  widths: unknown[]
  /** pdfkit's, writing the ToUnicode map into a reference it asks the document for. */
  toUnicodeCmap(this: { unicode: unknown; document: { ref(): { end(text: string): void } } }): unknown
  unicode: unknown
}

/** The part of pdfkit's PDFReference that compressFonts touches. */
interface Reference extends ContentStream {
  end(chunk?: string | Uint8Array): void
}

/** Streams deflated ahead: their bytes, and those deflated, by their length. */
type Deflated = Map<number, Array<{ raw: Uint8Array; deflated: Buffer }>>

/**
 * Deflate ahead, at pdfkit's level (zlib's default), the streams doc.end() writes for every
 * font the document embeds (its program, its ToUnicode map, its CIDSet), and give pdfkit
 * those bytes when it writes a stream with the same bytes. In zlib's thread pool (`inPool`)
 * this takes them off this thread: a font file is a tenth of a small PDF's deflating, and the
 * maps and sets, deflated one by one as the document ends, took 200 ms of the main thread
 * writing the 180 PDFs of the corpus in French, Arabic and Chinese (1,440 streams of less
 * than 4 KB, a zlib stream made for each). A stream made ahead unlike pdfkit's is simply not
 * found, and pdfkit deflates its own. Call it once every page is painted (the subsets are
 * complete), just before doc.end().
 */
export async function compressFonts(doc: Doc, inPool: boolean): Promise<void> {
  const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies
  const fonts = [...new Set(Object.values(families))].filter((font) => font.dictionary && !font.embedded && font.subset)
  const deflated: Deflated = new Map()
  await Promise.all(fonts.flatMap((font) => fontStreams(font)).map(async (raw) => {
    const made = { raw, deflated: await deflateBytes(raw, { inPool }) }
    deflated.set(raw.length, [...(deflated.get(raw.length) ?? []), made])
  }))
  const target = doc as unknown as { ref(data?: object): Reference }
  const ref = target.ref.bind(doc)
  target.ref = (data) => {
    const made = ref(data)
    const { write, finalize } = made
    made.end = (chunk) => {
      // As end would: the chunk written (/Filter, /Length1), then its deflated bytes in place.
      if (chunk) write.call(made, chunk)
      const ready = made.compress && made.buffer.length ? deflatedAhead(deflated, joined(made.buffer)) : undefined
      if (ready) {
        made.buffer = [ready]
        made.compress = false
      }
      finalize.call(made)
    }
    return made
  }
}

/** The bytes pdfkit deflates when it embeds the font: its program, its ToUnicode map, its CIDSet (PDF/UA). */
function fontStreams(font: EmbeddedFont): Uint8Array[] {
  const subset = font.subset!
  // pdfkit encodes the subset when it embeds the font: it gets these very bytes.
  const program = subset.encode()
  subset.encode = () => program
  // pdfkit's map made now, once, and written when the font is embedded as pdfkit writes it.
  let cmap = ''
  font.toUnicodeCmap.call({ unicode: font.unicode, document: { ref: () => ({ end: (text) => (cmap = text) }) } })
  font.toUnicodeCmap = function toUnicodeCmap(this: { document: { ref(): { end(text: string): void } } }) {
    const ref = this.document.ref()
    ref.end(cmap)
    return ref
  }
  // pdfkit writes a text with a newline, the low byte of each character.
  return [program, Buffer.from(`${cmap}\n`, 'latin1'), cidSet(font.widths)]
}

/** pdfkit's CIDSet: a bit for each glyph index with a width, the first in the high bit. */
function cidSet(widths: readonly unknown[]): Uint8Array {
  const set = new Uint8Array(Math.ceil(widths.length / 8))
  for (let cid = 0; cid < widths.length; cid++) if (widths[cid] != null) set[cid >> 3]! |= 0x80 >> (cid & 7)
  return set
}

function deflatedAhead(deflated: Deflated, raw: Uint8Array): Buffer | undefined {
  return deflated.get(raw.length)?.find((made) => Buffer.compare(made.raw, raw) === 0)?.deflated
}
