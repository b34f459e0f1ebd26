// The DOCX writer formats docx's components with loops of its own (prep-for-xml.ts) and
// writes the XML with its own stringifier (stringify.ts): both must give what docx gives,
// byte for byte, on every kind of element a document holds, escapes and quirks included.
import { strFromU8, unzipSync } from 'fflate'
import {
  AlignmentType, Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, Footer, FootnoteReferenceRun,
  Header, HeadingLevel, ImageRun, InsertedTextRun, InternalHyperlink, LevelFormat, Math as OMath, MathRun, Packer, PageBreak, PageNumber, PageReference,
  Paragraph, SoftHyphen, SymbolRun, Tab, Table, TableCell, TableOfContents, TableRow, TextRun, VerticalMergeType, type IXmlableObject,
} from 'docx'
import { describe, expect, it } from 'vitest'
import { compiler } from '../../../../src/render/docx/compiler.js'
import { fixedEntropy, normalizePackage } from '../../../../src/render/docx/determinism.js'
import { useFastFormatting } from '../../../../src/render/docx/prep-for-xml.js'
import { stringifyXmlable } from '../../../../src/render/docx/stringify.js'
import { createDeflateCache } from '../../../../src/render/docx/zip.js'

const clock = new Date(Date.UTC(2026, 0, 1))
const awkward = 'a & b < c > d " e \' f \u0001g\u000bh\ti\nj – قرار'
// A 1×1 PNG.
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))

/** A document with every kind of element the writer makes, and some it does not. */
function sample(): Document {
  const date = '2026-01-01T00:00:00Z'
  return new Document({
    title: awkward,
    creator: 'itudoc',
    customProperties: [{ name: 'itudoc.metadata', value: JSON.stringify({ title: awkward }) }],
    numbering: { config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.START }] }] },
    footnotes: { 1: { children: [new Paragraph({ children: [new TextRun(awkward)] })] } },
    comments: { children: [{ id: 0, author: 'A & B', date: new Date(date), children: [new Paragraph(awkward)] }] },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.END, children: [new TextRun(awkward)] })] }) },
      children: [
        new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: 'first', children: [new TextRun('Heading & more')] })] }),
        new Paragraph({
          children: [
            new TextRun({ text: awkward, bold: true, italics: false, break: 1 }),
            new TextRun({ children: ['one', new Tab(), 'two', new SoftHyphen(), 'three'] }),
            new InsertedTextRun({ text: 'added', id: 1, author: 'itudoc', date }),
            new DeletedTextRun({ text: 'removed', id: 2, author: 'itudoc', date }),
            new FootnoteReferenceRun(1),
            new CommentRangeStart(0), new TextRun('commented'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }),
            new ExternalHyperlink({ link: 'https://example.org/?a=1&b="2"', children: [new TextRun('link')] }),
            new InternalHyperlink({ anchor: 'first', children: [new TextRun('back')] }),
            new PageReference('first'),
            new SymbolRun('F071'),
            new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 }, altText: { name: awkward, description: awkward, title: 'x' } }),
          ],
        }),
        new Paragraph({ numbering: { reference: 'list', level: 0 }, children: [new OMath({ children: [new MathRun('x < y')] })] }),
        new Paragraph({ children: [new PageBreak()] }),
        new Table({
          rows: [
            new TableRow({ tableHeader: true, children: [new TableCell({ verticalMerge: VerticalMergeType.RESTART, children: [new Paragraph('a')] }), new TableCell({ children: [new Paragraph(awkward)] })] }),
            new TableRow({ children: [new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [] }), new TableCell({ columnSpan: 1, children: [new Paragraph({ children: [] })] })] }),
          ],
        }),
        new Paragraph({}),
      ],
    }],
  })
}

type Compile = (file: Document) => ReadonlyMap<string, string | Uint8Array | ArrayBuffer>
const docxCompiler = (Packer as unknown as { compiler: { compile: Compile } }).compiler

/**
 * The names docx gives the headings a TOC lists, from a counter that lives as long as the
 * process, in order of appearance (the writer names them itself).
 */
function renamedHeadings(xml: string): string {
  const names = new Map<string, string>()
  return xml.replace(/_Toc\d+/g, (name) => names.get(name) ?? names.set(name, `_Toc${names.size}`).get(name)!)
}

/** The package's XML parts, bookmark and drawing ids renumbered as the writer does. */
async function partsWith(compile: Compile): Promise<Record<string, string>> {
  const parts = fixedEntropy(clock).run(() => compile(sample()))
  const zip = await normalizePackage(parts, clock, createDeflateCache())
  return Object.fromEntries(Object.entries(unzipSync(zip)).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, renamedHeadings(strFromU8(bytes))]))
}

describe('DOCX formatting and stringifying', () => {
  it('writes every part as docx writes it', async () => {
    useFastFormatting(false)
    let docx: Record<string, string>
    try {
      docx = await partsWith((file) => docxCompiler.compile(file))
    } finally {
      useFastFormatting(true)
    }
    const own = await partsWith((file) => compiler.compile(file))
    expect(Object.keys(own)).toEqual(Object.keys(docx))
    for (const name of Object.keys(docx)) expect(own[name], name).toBe(docx[name])
    expect(own['word/document.xml']).toContain('a &amp; b &lt; c &gt; d &quot; e &apos; f gh\ti\nj')
  })

  it("keeps docx's quirks: attribute holders anywhere, text that replaces the element before it", () => {
    const cases: Array<[IXmlableObject, string]> = [
      [{ 'w:b': {} }, '<w:b/>'],
      [{ 'w:b': { _attr: { 'w:val': false } } }, '<w:b w:val="false"/>'],
      [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, ' <x> '] }, '<w:t xml:space="preserve"> &lt;x&gt; </w:t>'],
      [{ 'w:p': [] }, '<w:p></w:p>'],
      [{ 'w:p': [{ 'w:r': {} }, { _attr: { a: 1 } }, { 'w:r': 'x' }] }, '<w:p a="1"><w:r/><w:r>x</w:r></w:p>'],
      [{ 'w:p': [{ 'w:r': {} }, 'text', { 'w:s': {} }] }, '<w:p>text<w:s/></w:p>'],
      [{ 'w:p': ['one', 'two'] }, '<w:p>two</w:p>'],
      [{ 'w:n': 3 }, '<w:n>3</w:n>'],
      [{ 'w:u': undefined }, '<w:u></w:u>'],
      [{ 'w:c': { _attr: { k: 'v' }, _cdata: 'a]]>b' } }, '<w:c k="v"><![CDATA[a]]]]><![CDATA[>b]]></w:c>'],
    ]
    for (const [data, xml] of cases) expect(stringifyXmlable(data)).toBe(xml)
  })
})
