// A page's content stream, kept as text until the page ends. pdfkit turns every operator it
// is given into a byte array of its own and joins them when the page is written: a few
// dozen tiny arrays per line of text, which kept the garbage collector busier than drawing.
// Here the operators are collected as strings and encoded once per page, into the same bytes.
import type PDFDocument from 'pdfkit'

type Doc = InstanceType<typeof PDFDocument>

/** The part of pdfkit's PDFReference (a page's content stream) that writing touches. */
interface ContentStream {
  write(chunk: string | Uint8Array): void
  finalize(): void
}

/** Make every page the document adds from now on collect its operators as text. */
export function bufferPageContent(doc: Doc): void {
  doc.on('pageAdded', () => buffer((doc.page as unknown as { content: ContentStream }).content))
}

function buffer(stream: ContentStream): void {
  const lines: string[] = []
  const write = stream.write.bind(stream)
  const finalize = stream.finalize.bind(stream)
  // pdfkit ends each operator with a newline and keeps the low byte of each character
  // (latin1 does the same); bytes handed over as they are keep their place in the stream.
  const flush = (): void => {
    if (lines.length === 0) return
    write(Buffer.from(`${lines.join('\n')}\n`, 'latin1'))
    lines.length = 0
  }
  stream.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      flush()
      write(chunk)
    } else lines.push(String(chunk))
  }
  stream.finalize = () => {
    flush()
    finalize()
  }
}
