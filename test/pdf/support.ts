// Helpers for the PDF tests: resolve a fixture folder (input.md, document.yaml) with the
// real templates and locales, lay it out and paint it, and read PDFs back with poppler and
// qpdf.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { faceInputs } from '../../src/build/fonts.js'
import { loadLocales } from '../../src/build/locales.js'
import { createAssetHost } from '../../src/build/sources.js'
import { loadTemplates } from '../../src/build/templates.js'
import { layoutDocument } from '../../src/layout/index.js'
import type { LayoutDocument } from '../../src/layout/frame.js'
import { toFinding, type Finding } from '../../src/model/diagnostic.js'
import type { ItuRoot } from '../../src/model/nodes.js'
import type { Template } from '../../src/model/template.js'
import { renderPdf } from '../../src/render/pdf/index.js'
import { resolveVariant, type ResolvedDocument } from '../../src/resolve/index.js'

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'pdf')
export const clock = new Date(Date.UTC(2026, 0, 1))

/** The fixture folders, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
}

export async function resolveFixture(name: string): Promise<{ doc: ResolvedDocument | undefined; findings: Finding[] }> {
  const dir = join(fixturesDir, name)
  const templates = await loadTemplates()
  const markdown = new VFile({ path: join(dir, 'input.md'), value: readFileSync(join(dir, 'input.md'), 'utf8') })
  const sharedPath = join(dir, 'document.yaml')
  const shared = existsSync(sharedPath) ? new VFile({ path: sharedPath, value: readFileSync(sharedPath, 'utf8') }) : undefined
  const doc = resolveVariant(
    { markdown, ...(shared ? { shared } : {}) },
    { templates: new Map<string, Template>([...templates].map(([id, t]) => [id, t.template])), locales: loadLocales().locales, assets: createAssetHost(dir) },
  )
  const findings = [markdown, ...(shared ? [shared] : [])].flatMap((f) => f.messages.map((m) => toFinding(m, f.path)))
  return { doc, findings }
}

export async function renderFixture(name: string, { threadPool }: { threadPool?: boolean } = {}): Promise<{ layout: LayoutDocument; pdf: Uint8Array }> {
  const { doc, findings } = await resolveFixture(name)
  if (!doc) throw new Error(`${name} does not resolve: ${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`)
  const dir = join(fixturesDir, name)
  const faces = faceInputs()
  const asset = (src: string) => readFileSync(join(dir, src))
  const layout = layoutDocument({ root: doc.root, faces, asset })
  const pdf = await renderPdf(layout, { faces, image: asset, clock, generator: 'itudoc test', ...(threadPool === undefined ? {} : { threadPool }) })
  return { layout, pdf }
}

/**
 * The text of each page, as pdftotext reads it: white space folded, empty lines and the
 * directional embedding marks pdftotext puts around right-to-left lines dropped.
 */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1).map((page) => page.replace(/[\u202a-\u202e]/g, '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n'))
}

/** `snippets` occur in `text` in this order (white space folded); returns the first missing one. */
export function missingInOrder(text: string, snippets: readonly string[]): string | undefined {
  const flat = text.replace(/\s+/g, ' ')
  let from = 0
  for (const snippet of snippets) {
    const at = flat.indexOf(snippet, from)
    if (at < 0) return snippet
    from = at + snippet.length
  }
  return undefined
}

/** The tags of a PDF's structure tree, as pdfinfo -struct lists them. */
export function structureTags(file: string): Set<string> {
  const out = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' })
  return new Set(out.split('\n').map((line) => line.trim().split(/[\s:]/)[0]!).filter(Boolean))
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]))
}

/** Fonts a PDF uses, as pdffonts lists them. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean; subset: boolean; unicode: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/)
    const [emb, sub, uni] = cells.slice(-5, -2)
    return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' }
  })
}

/** qpdf --check: its exit status and report. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }) }
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) }
  }
}

/**
 * Lay out and paint a resolved document; returns the PDF's path in `dir`. `freshFonts`:
 * with copies of the font files, so nothing parsed for earlier documents is reused.
 */
export async function paintDocument(root: ItuRoot, dir: string, name: string, freshFonts = false): Promise<string> {
  const faces = faceInputs().map((face) => (freshFonts ? { ...face, data: Uint8Array.from(face.data) } : face))
  const layout = layoutDocument({ root, faces, asset: () => undefined })
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await renderPdf(layout, { faces, image: () => undefined, clock, generator: 'itudoc test' }))
  return file
}

/** What pdftotext reads: in reading order, or with `-layout` in the page's physical layout. */
export function extractText(file: string, layout = false): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' })
}

/**
 * The words of a text, in order: runs of letters and digits, each Han character a word of
 * its own; vowel signs and other marks are kept with their letters (NFC), bidi controls and
 * punctuation dropped.
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/\p{Script=Han}|(?!\p{Script=Han})[\p{L}\p{N}](?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])*/gu) ?? []
}

/**
 * How many of `expected`'s words `actual` has, in the same order (longest common
 * subsequence over the expected count): 1 when every word comes out in logical order,
 * whatever else (running heads, page numbers) the extract adds.
 */
export function wordRecall(expected: readonly string[], actual: readonly string[]): number {
  let previous = new Uint32Array(actual.length + 1)
  let current = new Uint32Array(actual.length + 1)
  for (const word of expected) {
    for (let j = 1; j <= actual.length; j++) current[j] = word === actual[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    ;[previous, current] = [current, previous]
  }
  return expected.length ? previous[actual.length]! / expected.length : 1
}

/**
 * A right-to-left page printed by `pdftotext -layout` keeps its visual arrangement: on each
 * line the blocks (a list label, table cells) stand left to right, and a reader of Arabic
 * takes them from the right. Read each line's blocks (three or more spaces apart) that way.
 */
export function rightToLeftBlocks(layoutText: string): string {
  return layoutText.split('\n').map((line) => line.trim().split(/\s{3,}/).reverse().join('   ')).join('\n')
}

interface QpdfObject { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } }

/**
 * Glyph codes of a PDF's fonts that take room on the page (a width above zero) but say
 * nothing in the font's ToUnicode map: letters a reader loses ("RES LUTI N"). Glyphs a
 * shaper inserts (the dots of an Arabic skeleton) and marks carried by their base are
 * drawn with no advance, so they are not counted. Read with qpdf's JSON output.
 */
export function silentGlyphs(file: string): Array<{ font: string; code: number; width: number }> {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { qpdf: [unknown, Record<string, QpdfObject>] }
  const objects = json.qpdf[1]
  const get = (ref: unknown): QpdfObject | undefined => objects[`obj:${String(ref)}`]
  const silent: Array<{ font: string; code: number; width: number }> = []
  for (const object of Object.values(objects)) {
    const dict = object.value
    if (!dict || dict['/Subtype'] !== '/Type0') continue
    const font = String(dict['/BaseFont'])
    const cid = get((dict['/DescendantFonts'] as unknown[])[0])?.value ?? {}
    const widths = new Map<number, number>()
    const w = (cid['/W'] as unknown[] | undefined) ?? []
    for (let i = 0; i < w.length; ) {
      const first = w[i] as number
      if (Array.isArray(w[i + 1])) {
        ;(w[i + 1] as number[]).forEach((width, n) => widths.set(first + n, width))
        i += 2
      } else {
        for (let code = first; code <= (w[i + 1] as number); code++) widths.set(code, w[i + 2] as number)
        i += 3
      }
    }
    const cmap = Buffer.from(get(dict['/ToUnicode'])?.stream?.data ?? '', 'base64').toString('latin1')
    const mapped = new Map<number, string>()
    for (const [, section] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, from, to] of section!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) mapped.set(parseInt(from!, 16), to!)
    }
    for (const [, section] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, list] of section!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const targets = [...list!.matchAll(/<([0-9a-fA-F ]*)>/g)].map((m) => m[1]!)
        const start = parseInt(from!, 16)
        for (let code = start; code <= parseInt(to!, 16); code++) {
          mapped.set(code, list!.startsWith('[') ? (targets[code - start] ?? '') : (parseInt(targets[0]!, 16) + code - start).toString(16))
        }
      }
    }
    for (const [code, width] of widths) if (code > 0 && width > 0 && !mapped.get(code)) silent.push({ font, code, width })
  }
  return silent
}
