// Every example in every language, built to DOCX and converted by LibreOffice: the conversion
// succeeds and the PDF's text holds what the resolved tree says it must — the cover fields,
// headings, call labels, item labels, captions, footnote text and running heads — and test
// documents of their own (narrow table columns) converted in the same run.
import { writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/build/index.js'
import { resolveSources } from '../../src/build/sources.js'
import type { Block, Inline, ItuRoot } from '../../src/model/nodes.js'
import { tree } from '../helpers.js'
import { crowded, identifier, sourceWords, words } from '../fixtures/narrow-columns.js'
import { docxOf, testClock } from './helpers.js'
import { convertToPdf, hasLibreOffice, pdfPages } from './libreoffice.js'

const required = process.env.ITUDOC_FULL_TESTS === '1'
const sources = join(import.meta.dirname, '..', '..', 'sources')

/** Text of inline nodes up to the first non-text one (a footnote mark, a link), where the PDF's text may differ. */
function leadingText(inlines: readonly Inline[]): string {
  let text = ''
  for (const inline of inlines) {
    if (inline.type === 'text') text += inline.value
    else if (inline.type === 'emphasis' || inline.type === 'strong') text += leadingText(inline.children)
    else break
  }
  return text
}

const head = (text: string, length = 40) => text.slice(0, length)

/** What must be printed, read from the resolved tree. */
function expectations(root: ItuRoot): string[] {
  const out: string[] = []
  for (const block of root.cover.children) {
    if (block.type === 'coverLine') out.push(leadingText(block.children))
    else for (const row of block.children) for (const cell of row.children) for (const line of cell.children) out.push(leadingText(line))
  }
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading': out.push(`${block.number ?? ''}${head(leadingText(block.children))}`); break
        case 'call': out.push(leadingText(block.label)); break
        case 'listItem': {
          const first = block.children[0]
          const text = first?.type === 'paragraph' ? head(leadingText(first.children), 25) : ''
          // Poppler puts an Arabic label on a line of its own: look for the label and the text apart.
          out.push(...(root.dir === 'rtl' ? [block.number.label, text] : [`${block.number.label}${text}`]))
          break
        }
        case 'annex': out.push(block.label, leadingText(block.title)); break
        case 'table': if (block.caption) out.push(`${block.caption.label}${block.caption.separator}${head(leadingText(block.caption.text))}`); break
        case 'figure': out.push(`${block.caption.label}${block.caption.separator}${head(leadingText(block.caption.text))}`); break
        default: break
      }
      if ('children' in block && Array.isArray(block.children)) visit(block.children as Block[])
    }
  }
  visit(root.children)
  for (const note of root.footnotes) {
    const first = note.children[0]
    if (first?.type === 'paragraph') out.push(head(leadingText(first.children)))
  }
  out.push(leadingText(root.page.footer))
  return out.filter((text) => text.replace(/\s/g, '').length > 0)
}

/** Whitespace, bidi controls, tatweel and vowel marks (nonspacing marks) differ between source text and extracted text. */
const normalize = (text: string) => text.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640]|\p{Mn}/gu, '')

const trigrams = (text: string) => Array.from({ length: Math.max(0, text.length - 2) }, (_, i) => text.slice(i, i + 3))

/**
 * Poppler extracts Arabic set in Noto Naskh (letters drawn as a skeleton plus dots, final
 * letters below the line) with letters split off, dropped or out of order. So Arabic text is
 * matched by the largest share of its letter trigrams found close together in the page text
 * (the source texts score 0.56 to 1, unrelated Arabic sentences about 0.3), and its digits
 * and Latin words (ITU-D, 2025, ii) exactly.
 */
function rtlFound(expected: string, text: string): boolean {
  const latin = expected.match(/[0-9A-Za-z][0-9A-Za-z.\-/]*/g) ?? []
  if (!latin.every((word) => text.includes(word))) return false
  const wanted = normalize(expected).replace(/[^\u0600-\u06ff]/g, '')
  const own = new Set(trigrams(wanted))
  if (!own.size) return true
  const hits = trigrams(text).map((gram, at) => ({ gram, at })).filter((hit) => own.has(hit.gram))
  const window = 2 * wanted.length + 10
  const inWindow = new Map<string, number>()
  let first = 0
  let best = 0
  for (const hit of hits) {
    inWindow.set(hit.gram, (inWindow.get(hit.gram) ?? 0) + 1)
    for (; hit.at - hits[first]!.at > window; first++) {
      const gram = hits[first]!.gram
      const left = inWindow.get(gram)! - 1
      if (left) inWindow.set(gram, left)
      else inWindow.delete(gram)
    }
    best = Math.max(best, inWindow.size)
  }
  return best / own.size >= 0.5
}

/** Whether a PDF's (normalized) text holds a text of the document. */
const found = (root: ItuRoot, expected: string, text: string) => (root.dir === 'rtl' ? rtlFound(expected, text) : text.includes(normalize(expected)))

/** Bidi controls poppler wraps right-to-left lines in. */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

interface Case { name: string; root: ItuRoot; pdf: string }

describe.skipIf(!hasLibreOffice && !required)('DOCX → PDF (LibreOffice)', () => {
  const cases: Case[] = []
  const ownPdfs = new Map<string, string>()

  beforeAll(async () => {
    if (!hasLibreOffice) throw new Error('LibreOffice and poppler-utils are not installed (apt-get install libreoffice-writer-nogui poppler-utils); full tests require them')
    const out = join(tree({}), 'out')
    const result = await build({ paths: [sources], root: sources, out, formats: ['docx'], clock: testClock })
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    const resolved = await resolveSources({ paths: [sources], root: sources })
    const docx = result.artifacts.map((artifact) => join(out, artifact.path))
    expect(new Set(docx.map((file) => basename(file))).size).toBe(docx.length)
    // Test documents of their own go in the same LibreOffice run (one start is the slow part).
    const own = Object.entries({ narrow: crowded })
    for (const [name, markdown] of own) writeFileSync(join(out, `${name}.docx`), (await docxOf(markdown)).data)
    const pdfs = convertToPdf([...docx, ...own.map(([name]) => join(out, `${name}.docx`))])
    for (const [i, [name]] of own.entries()) ownPdfs.set(name, pdfs[docx.length + i]!)
    for (const [i, artifact] of result.artifacts.entries()) {
      const variant = resolved.variants.find((v) => v.document.id === artifact.document && v.resolved?.root.lang === artifact.lang)!
      cases.push({ name: artifact.path, root: variant.resolved!.root, pdf: pdfs[i]! })
    }
  }, 600_000)

  it('builds every example in every language', () => {
    const languages = new Set(cases.map((c) => c.root.lang))
    expect([...languages].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
    const templates = new Set(cases.map((c) => c.name.split('/')[0]))
    expect(templates.size).toBeGreaterThanOrEqual(5)
  })

  it('converts each to PDF whose text holds the cover, headings, calls, item labels, captions, footnotes and running heads', () => {
    const missing: string[] = []
    for (const { name, root, pdf } of cases) {
      const pages = pdfPages(pdf)
      const layout = pdfPages(pdf, 'layout')
      expect(pages.length, name).toBeGreaterThan(0)
      const texts = [normalize(pages.join('')), normalize(layout.join(''))]
      for (const expected of expectations(root)) {
        if (!texts.some((text) => found(root, expected, text))) missing.push(`${name}: ${expected}`)
      }
      // Contributions and liaison statements number their pages "- 2 -" from the second page on.
      if (root.page.pageNumber.before === '- ' && layout.length > 1) {
        expect(normalize(layout[1]!), name).toContain(normalize(`- 2 -${root.docNumber ?? ''}`))
      }
    }
    expect(missing).toEqual([])
  })

  it("prints a publication's part title and footer, each document's own footer, and its footnotes from 1", () => {
    const publications = cases.filter((c) => c.root.children.some((block) => block.type === 'included'))
    expect(publications.map((c) => c.root.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
    for (const { name, root, pdf } of publications) {
      const pages = pdfPages(pdf, 'layout').map((page) => page.replace(bidiControls, ''))
      const pagesWith = (text: string) => pages.filter((page) => found(root, text, normalize(page)))
      for (const part of root.children.filter((block) => block.type === 'heading')) expect(pagesWith(leadingText(part.children)), name).not.toEqual([])
      expect(pagesWith(leadingText(root.page.footer)), name).not.toEqual([])
      for (const document of root.children.filter((block) => block.type === 'included')) {
        const own = pagesWith(leadingText(document.page.footer))
        expect(own, `${name}: ${document.id}`).not.toEqual([])
        // The first note's mark, on a line of its own in the notes under the text.
        if (document.footnotes.length) expect(own.some((page) => /^\s*1\s*$/m.test(page)), `${name}: ${document.id}`).toBe(true)
      }
    }
  })

  it('cuts no word of a narrow table column bare: it breaks at soft hyphens where the PDF hyphenates, identifiers whole', () => {
    const pdf = ownPdfs.get('narrow')!
    // Reading order joins a word broken at a hyphen; a bare cut ("Propose|d") stays two tokens.
    const text = pdfPages(pdf).join('\n').split('Table 1 – Actions').pop()!
    const tokens = text.match(/[\p{L}\p{N}]+/gu)!
    for (const word of words) expect(tokens).toContain(word)
    expect(tokens.filter((token) => !sourceWords.has(token))).toEqual([])
    expect(text).toContain(identifier)
    // The physical lines show where the words were hyphenated, Russian ones too.
    const layout = pdfPages(pdf, 'layout').join('\n')
    expect(layout).toMatch(/\p{Script=Cyrillic}-(\s|$)/mu)
    expect(layout).toMatch(/\p{Script=Latin}-(\s|$)/mu)
  })
})
