// pdfkit as scripts/bundle.js compiles it into the writers bundle (scripts/bundled-pdfkit.js):
// one fontkit, the one layout imports; its data files (the standard fonts' metrics, the ICC
// profile of PDF/A) still found from the installed package, though itudoc's PDFs ask for
// neither; no path of this checkout in the code; encryption left out with a clear error.
import type { Metafile } from 'esbuild'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PlainPDFDocument from 'pdfkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { root, runBundled } from '../bundled.js'

type PdfDocumentClass = new (options?: Record<string, unknown>) => PDFKit.PDFDocument

let code: string
let metafile: Metafile
let PDFDocument: PdfDocumentClass

beforeAll(async () => {
  const bundled = await runBundled<{ PDFDocument: PdfDocumentClass }>('bundled-pdfkit.js', 'bundledPdfkit', "import * as fontkit from 'fontkit'\nimport PDFDocument from 'pdfkit'\nexport { fontkit, PDFDocument }\n")
  ;({ code, metafile } = bundled)
  PDFDocument = bundled.exports.PDFDocument
})

/** The bytes of a document made by `draw`, with the bundle's pdfkit or `Document`. */
function pdfOf(options: Record<string, unknown>, draw: (doc: PDFKit.PDFDocument) => void, Document: PdfDocumentClass = PDFDocument): Promise<string> {
  const doc = new Document({ compress: false, ...options })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}

describe('pdfkit in the writers bundle', () => {
  it('shares the one fontkit the code imports, and pdfkit is its ES build', () => {
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.filter((input) => /node_modules\/fontkit\//.test(input))).toEqual(['node_modules/fontkit/dist/module.mjs'])
    expect(inputs.filter((input) => /node_modules\/pdfkit\//.test(input))).toEqual(['node_modules/pdfkit/js/pdfkit.node.mjs'])
  })

  it('holds no path of this checkout', () => {
    expect(code).not.toContain(root)
  })

  it('reads a standard font from the installed package', async () => {
    const pdf = await pdfOf({}, (doc) => doc.font('Times-Roman').text('Standard', 72, 72))
    expect(pdf).toContain('/BaseFont /Times-Roman')
  })

  it('embeds the ICC profile of PDF/A from the installed package', async () => {
    const profile = readFileSync(join(root, 'node_modules', 'pdfkit', 'js', 'data', 'sRGB_IEC61966_2_1.icc'))
    const pdf = await pdfOf({ subset: 'PDF/A-1b', font: '' }, (doc) => doc.addPage())
    expect(pdf).toContain('/S /GTS_PDFA1')
    expect(pdf).toContain(profile.toString('latin1'))
  })

  it('says so if a password is ever set', () => {
    expect(() => new PDFDocument({ userPassword: 'secret', pdfVersion: '1.7ext3' })).toThrow('itudoc writes no encrypted PDF')
  })

  it('writes text strings as plain pdfkit writes them: every escapable byte, Arabic, mixed', async () => {
    const texts = ['plain (ASCII) \\ text\n\r\t\b\f', 'بالتعاون، الدولية (الاتحاد) ؛ «قرار»\u0609\u060a\u060d\u065c', 'Résolution 1 – ITU-D 😀 \u2028', '']
    const draw = (doc: PDFKit.PDFDocument): void => {
      doc.addPage()
      const root = doc.struct('Document')
      doc.addStructure(root)
      for (const text of texts) root.add(doc.struct('P', { actual: text, alt: text } as Parameters<PDFKit.PDFDocument['struct']>[1]))
      root.end()
    }
    const options = { font: '', tagged: true, info: { Title: texts.join('|'), Author: texts[0], CreationDate: new Date(0), ModDate: new Date(0) } }
    const bundled = await pdfOf(options, draw)
    expect(bundled).toContain('/ActualText (\xfe\xff\x06\\(')
    expect(bundled).toBe(await pdfOf(options, draw, PlainPDFDocument as unknown as PdfDocumentClass))
  })

  it('writes the objects of a tagged document as plain pdfkit writes them, numbers converted first', async () => {
    const numbers = [0, -0, 1, -1, 0.1, 1 / 3, -2.5e-7, 123456.7890123, 1e20, -1e20, Number.MIN_VALUE]
    const draw = (doc: PDFKit.PDFDocument): void => {
      doc.addPage({ size: [612.5, 792.25] })
      // pdfkit's typings omit content given as a function, and the element's dictionary.
      const struct = doc.struct.bind(doc) as unknown as (role: string, content?: () => void) => PDFKit.PDFStructureElement & { dictionary: object }
      const root = struct('Document')
      doc.addStructure(root)
      for (let i = 0; i < 3; i++) root.add(struct('P', () => doc.rect(10 * i, 20.5, 5, 1 / 3).fill()))
      root.end()
      const holder = doc.ref({ Numbers: numbers, Nested: { A: [1, [2.25, { B: -3 }]], Name: 'Name', Text: new String('text'), Ref: root.dictionary } })
      holder.end(undefined)
    }
    const options = { font: '', tagged: true, info: { CreationDate: new Date(0), ModDate: new Date(0) } }
    const bundled = await pdfOf(options, draw)
    expect(bundled).toContain('/Numbers [0 0 1 -1 0.1 0.333333 0 123456.789012 100000000000000000000 -100000000000000000000 0]')
    expect(bundled).toBe(await pdfOf(options, draw, PlainPDFDocument as unknown as PdfDocumentClass))
  })
})
