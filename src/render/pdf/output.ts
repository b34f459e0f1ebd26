// pdfkit's output collected as text and encoded once. pdfkit turns every operator of a
// page and every line of the file into a byte array of its own (and each line of the file
// into a stream chunk, a Buffer, and a 'data' event): a few dozen tiny arrays per line of
// text, which kept the garbage collector busier than drawing. Here the lines are kept as
// strings and encoded into the same bytes: pdfkit ends each with a newline and keeps the
// low byte of each character, as latin1 does.
import { deflateSync } from 'node:zlib'
import type PDFDocument from 'pdfkit'

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

/** Make every page the document adds from now on collect its operators as text. */
export function bufferPageContent(doc: Doc): void {
  doc.on('pageAdded', () => buffer((doc.page as unknown as { content: ContentStream }).content))
}

function buffer(stream: ContentStream): void {
  const write = stream.write.bind(stream)
  const finalize = stream.finalize.bind(stream)
  const lines = new Lines(write)
  stream.write = (chunk) => {
    if (chunk instanceof Uint8Array) lines.bytes(chunk)
    else lines.line(String(chunk))
  }
  stream.finalize = () => {
    lines.flush()
    if (stream.compress && stream.buffer.length) {
      // pdfkit set /Filter /FlateDecode as the content was written; it only copies bytes now.
      stream.buffer = [deflateSync(Buffer.concat(stream.buffer), { level: CONTENT_LEVEL })]
      stream.compress = false
    }
    finalize()
  }
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
