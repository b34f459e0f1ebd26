// docx as scripts/bundle.js compiles it into docx.cjs (scripts/bundled-docx.js): a File makes
// its default styles and theme when first read instead of in its constructor. A document
// that reads them gets the same package, part for part, as from docx itself; one that never
// does (the DOCX writer's, which takes shared parts) never makes them.
import * as docx from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBundled } from '../bundled.js'

let patched: typeof docx

beforeAll(async () => {
  patched = (await runBundled<typeof docx>('bundled-docx.js', 'bundledDocx', "export * from 'docx'\n")).exports
})

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

  it('makes the default styles and theme only when they are read', () => {
    const document = new patched.Document({ sections: [] })
    const fields = document as unknown as Record<string, unknown>
    const styles = Object.getOwnPropertyDescriptor(fields, 'styles')
    expect(typeof styles?.get).toBe('function')
    expect(document.Styles).toBe(document.Styles)
    expect(document.Theme).toBeInstanceOf(Object)
  })
})
