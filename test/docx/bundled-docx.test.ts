// docx as scripts/bundle.js compiles it into docx.cjs (scripts/bundled-docx.js): a File makes
// its default styles and theme when first read instead of in its constructor. A document
// that reads them gets the same package, part for part, as from docx itself; one that never
// does (the DOCX writer's, which takes shared parts) never makes them. Its class fields are
// assigned rather than defined through a helper: every component has the same properties,
// in the same order, as docx's own, and a document with images, notes, comments, tables and
// tracked changes the same parts.
import * as docx from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBundled } from '../bundled.js'
// A script of scripts/, which the type checker does not read.
// @ts-expect-error -- plain JavaScript without declarations
import { fieldsAssigned } from '../../scripts/bundled-docx.js'

let patched: typeof docx

beforeAll(async () => {
  patched = (await runBundled<typeof docx>('bundled-docx.js', 'bundledDocx', "export * from 'docx'\n")).exports
})

/** A one-pixel PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

/** Blocks of most kinds docx has, made with `library`. */
function blocksOf(library: typeof docx): docx.FileChild[] {
  const { Paragraph, TextRun, Table, TableRow, TableCell, ImageRun, FootnoteReferenceRun, InsertedTextRun, DeletedTextRun, CommentRangeStart, CommentRangeEnd, CommentReference, Bookmark, InternalHyperlink, ExternalHyperlink, AlignmentType } = library
  const stamp = { id: 1, author: 'itudoc', date: '2024-01-01T00:00:00Z' }
  return [
    new Paragraph({ style: 'Heading1', keepNext: true, spacing: { before: 120 }, indent: { left: 720, hanging: 360 }, alignment: AlignmentType.BOTH, bidirectional: true, children: [new TextRun({ text: 'Bold', bold: true, italics: false, rightToLeft: true }), new FootnoteReferenceRun(1)] }),
    new Paragraph({ children: [new Bookmark({ id: 'b1', children: [new TextRun('marked')] }), new InternalHyperlink({ anchor: 'b1', children: [new TextRun('link')] }), new ExternalHyperlink({ link: 'https://www.itu.int', children: [new TextRun('ITU')] })] }),
    new Paragraph({ children: [new InsertedTextRun({ text: 'in', ...stamp }), new DeletedTextRun({ text: 'out', ...stamp, id: 2 }), new CommentRangeStart(0), new TextRun('noted'), new CommentRangeEnd(0), new CommentReference(0)] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
    new Table({ rows: [new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('cell')] }), new TableCell({ columnSpan: 2, children: [] })] })] }),
  ]
}

/** A document with the blocks above, its notes and comment. */
function richOptions(library: typeof docx): Partial<docx.IPropertiesOptions> {
  return {
    footnotes: { 1: { children: [new library.Paragraph('A note.')] } },
    comments: { children: [{ id: 0, author: 'itudoc', date: new Date(0), children: [new library.Paragraph('A comment.')] }] },
    sections: [{ children: blocksOf(library) }],
  }
}

/** What `work` gives with Math.random drawing the same numbers each time (hyperlinks draw their ids at random). */
async function seeded<T>(work: () => T | Promise<T>): Promise<T> {
  const random = Math.random
  let state = 0
  Math.random = () => (state = (state * 7 + 3) % 11) / 11
  try {
    return await work()
  } finally {
    Math.random = random
  }
}

/** An object's own properties, recursively: names in order, getters, setters and flags of each. */
function shapeOf(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'function' : value
  if (seen.has(value)) return '(seen)'
  seen.add(value)
  const descriptors = Object.getOwnPropertyDescriptors(value)
  return {
    // The bundle renames a few classes (Table2).
    class: value.constructor?.name.replace(/\d+$/, ''),
    properties: Object.entries(descriptors).map(([name, { value: inner, get, set, ...flags }]) => [name, flags, get ? 'get' : shapeOf(inner, seen), set ? 'set' : undefined]),
  }
}

/** The package's parts, as text, of a document made with `library`. */
async function partsOf(library: typeof docx, options: Partial<docx.IPropertiesOptions> = {}): Promise<Record<string, string>> {
  const document = new library.Document({
    creator: 'itudoc test',
    sections: [{ children: [new library.Paragraph({ children: [new library.TextRun('One paragraph.')] })] }],
    ...options,
  })
  const zip = await library.Packer.toBuffer(document)
  const { unzipSync, strFromU8 } = await import('fflate')
  const files = unzipSync(new Uint8Array(zip))
  // The core properties carry the time of the run.
  return Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'docProps/core.xml').map(([name, bytes]) => [name, strFromU8(bytes)]))
}

describe('docx in the DOCX bundle', () => {
  it('writes the same parts, default styles and theme included', async () => {
    const [plain, bundled] = await Promise.all([partsOf(docx), partsOf(patched)])
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(plain).sort())
    expect(bundled['word/styles.xml']).toContain('w:styleId="Heading1"')
    expect(bundled['word/theme/theme1.xml']).toContain('Office Theme')
    expect(bundled).toEqual(plain)
  })

  it('writes the same parts of a document with images, notes, comments, links, tables and tracked changes', async () => {
    const [plain, bundled] = [await seeded(() => partsOf(docx, richOptions(docx))), await seeded(() => partsOf(patched, richOptions(patched)))]
    expect(Object.keys(bundled)).toContain('word/media/image1.png')
    expect(bundled).toEqual(plain)
  })

  it('gives its components the same own properties, in the same order, as docx does', async () => {
    const shapes = (library: typeof docx) => seeded(() => JSON.stringify(shapeOf(blocksOf(library)), null, 1))
    expect(await shapes(patched)).toEqual(await shapes(docx))
  })

  it('fails the build when a field has the name of an accessor, or is defined otherwise', () => {
    const helper = 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {\n\t\tvalue: t,\n\t\tenumerable: !0,\n\t\tconfigurable: !0,\n\t\twritable: !0\n\t}) : e[r] = t, e;\n}'
    const assign = fieldsAssigned as (code: string, file: string) => string
    expect(assign(`${helper}\nclass A { constructor() { _defineProperty(this, "root", []); } }`, 'docx.mjs')).toContain('this.root = ([])')
    expect(() => assign(`${helper}\nclass A { constructor() { _defineProperty(this, "root", []); }\n\tget root() {} }`, 'docx.mjs')).toThrow(/accessor/)
    expect(() => assign(`${helper}\nclass A { constructor() { _defineProperty(this, key, []); } }`, 'docx.mjs')).toThrow(/has docx changed/)
    expect(() => assign('class A { constructor() { _defineProperty(this, "root", []); } }', 'docx.mjs')).toThrow(/_defineProperty helper/)
  })

  it('makes the default styles and theme only when they are read', () => {
    const document = new patched.Document({ sections: [] })
    const fields = document as unknown as Record<string, unknown>
    const styles = Object.getOwnPropertyDescriptor(fields, 'styles')
    expect(typeof styles?.get).toBe('function')
    expect(document.Styles).toBe(document.Styles)
    expect(document.Theme).toBeInstanceOf(Object)
  })
})
