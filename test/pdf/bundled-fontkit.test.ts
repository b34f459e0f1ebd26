// fontkit as scripts/bundle.js compiles it into the bundles (scripts/bundled-fontkit.js): it
// decodes later, or less, but shapes every word and reads every metric as plain fontkit does.
import type { Plugin } from 'esbuild'
import * as fontkit from 'fontkit'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusLanguages, writeCorpus } from '../../bench/corpus.js'
import { fontData, fonts, type FontFile } from '../../src/build/fonts.js'
import { root, runBundled } from '../bundled.js'

// A script of scripts/, which the type checker does not read.
const pluginModule = join(root, 'scripts', 'bundled-fontkit.js')
const fontkitSource = join(root, 'node_modules', 'fontkit', 'dist', 'module.mjs')

/** What the post test reads of a font beyond what layout declares (src/layout/vendor.d.ts). */
type FontWithPost = fontkit.Font & { italicAngle: number; post: { version: number; isFixedPitch: number }; getGlyph(id: number): { name: string } }

interface PluginModule { bundledFontkit: Plugin; patchedFontkit(code: string, file: string): string }

let plugin: PluginModule
let patched: typeof fontkit

beforeAll(async () => {
  plugin = (await import(pluginModule)) as PluginModule
  patched = (await runBundled<{ fontkit: typeof fontkit }>('bundled-fontkit.js', 'bundledFontkit', "export * as fontkit from 'fontkit'\n")).exports.fontkit
})

const documents = join(root, 'sources', 'wtdc-25')
// The benchmark corpus in every language: its words in the orders and with the punctuation
// its generator puts them in, beside the examples' own.
const corpus = mkdtempSync(join(tmpdir(), 'itudoc-bundled-fontkit-'))
writeCorpus(corpus, { resolutions: 60, langs: corpusLanguages })
afterAll(() => rmSync(corpus, { recursive: true, force: true }))

/** The texts in `lang` of the example documents and of the corpus. */
function textsIn(lang: string): string[] {
  const examples = ['res-digital-inclusion', 'final-report'].map((doc) => join(documents, doc, `${lang}.md`))
  const generated = readdirSync(corpus).sort().map((resolution) => join(corpus, resolution, `${lang}.md`))
  return [...examples, ...generated].map((file) => readFileSync(file, 'utf8'))
}

/** The chunks layout shapes (each up to and including a space) of the texts in these languages, and a few of our own. */
function chunksOf(langs: string[], own: string): string[] {
  return [...new Set([...langs.flatMap(textsIn), own].join(' ').split(/(?<=\s)/))]
}

const samples: Record<FontFile['script'], string[]> = {
  // Pairs Tinos kerns, and accented letters (marks placed by GPOS).
  latin: chunksOf(['en', 'fr', 'es', 'ru'], 'AVAST Tomorrow, Yonder WAVE “LT” Fly Ta. Vy Ŵ n̂ q̃ '),
  // Vowel signs (mark and mkmk lookups), lam-alef, kashida.
  arabic: chunksOf(['ar'], 'بِسْمِ ٱللَّهِ لا الإتحاد مُـحـمّـد '),
  han: chunksOf(['zh'], '国际电信联盟「标准」，（一）'),
}

/** layout with what fontkit takes beyond what layout declares (src/layout/vendor.d.ts): features as tags or as tags on and off, script, language, direction. */
type Shaper = { layout(text: string, features?: string[] | Record<string, boolean>, script?: string, language?: string, direction?: string): fontkit.GlyphRun }
type Features = string[] | Record<string, boolean> | undefined
/** Ways to ask for features, each made afresh for every call (fontkit writes into an object asked with). */
const askedFeatures: Array<() => Features> = [
  () => undefined,
  () => ['dlig', 'tnum', 'smcp'],
  () => ({ liga: false, kern: false }),
  () => ({ rlig: true, mark: false, ccmp: true }),
  () => [],
]
/** Scripts, languages and directions asked, fontkit's own choice first. */
const asked: Array<[string?, string?, string?]> = [[], ['arab', 'URD'], ['arab', 'FAR ', 'ltr'], ['latn', 'TRK'], ['hani', undefined, 'rtl'], ['arab']]

/** The processor methods that find a glyph in a coverage or class table. */
type Lookups = { coverageIndex(coverage: unknown, glyph?: unknown): number; getClassID(glyph: unknown, classDef: unknown): number }
const lookupsOf = (font: fontkit.Font): Lookups => (font as unknown as { _layoutEngine: { engine: { GSUBProcessor: Lookups } } })._layoutEngine.engine.GSUBProcessor

/** A run as the PDF draws it: glyphs, their places, direction. */
function drawn(run: fontkit.GlyphRun): unknown {
  return [run.glyphs.map((glyph) => glyph.id), run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), run.direction]
}

describe('fontkit in the bundles', () => {
  it.each(fonts.map((font) => [font.file, font] as const))('shapes as plain fontkit does: %s', (_, font) => {
    const data = fontData(font)
    const plain = fontkit.create(data)
    const ours = patched.create(data)
    let kerned = 0
    for (const chunk of samples[font.script]) {
      // With the default features (a chunk, as layout measures it) and with none (a whole right-to-left run).
      for (const features of [undefined, []]) {
        const run = ours.layout(chunk, features)
        expect(drawn(run), chunk).toEqual(drawn(plain.layout(chunk, features)))
        kerned += run.positions.filter((p, i) => p.xAdvance !== run.glyphs[i]!.advanceWidth).length
      }
    }
    // The kerning lookups did apply: the runs compared are not all unkerned.
    if (font.script === 'latin') expect(kerned).toBeGreaterThan(0)
  })

  it.each(fonts.filter((font) => font.weight === 400).map((font) => [font.file, font] as const))('shapes with the features, script, language and direction asked as plain fontkit does, whatever was asked before: %s', (_, font) => {
    const plain = fontkit.create(fontData(font)) as unknown as Shaper
    const ours = patched.create(fontData(font)) as unknown as Shaper
    const chunks = samples[font.script].slice(0, 60)
    for (const [i, chunk] of chunks.entries()) {
      for (const [j, features] of askedFeatures.entries()) {
        const [script, language, direction] = asked[(i + j) % asked.length]!
        const run = ours.layout(chunk, features(), script, language, direction)
        expect(drawn(run), `${chunk} ${j} ${script}`).toEqual(drawn(plain.layout(chunk, features(), script, language, direction)))
      }
    }
  })

  it('finds a glyph in coverage and class tables as plain fontkit does, sorted by the spec or not', () => {
    const [plain, ours] = [fontkit.create(fontData(fonts[0]!)), patched.create(fontData(fonts[0]!))].map(lookupsOf) as [Lookups, Lookups]
    const ranges = (...triples: number[][]) => triples.map(([start, end, value]) => ({ start, end, startCoverageIndex: value, class: value }))
    const glyphLists = [[], [7], [3, 5, 9, 200], [3, 5, 5, 9], [9, 5, 3], [4, 4, 4]]
    const rangeLists = [ranges(), ranges([3, 9, 0]), ranges([3, 9, 0], [12, 12, 7], [20, 40, 8]), ranges([3, 9, 0], [9, 12, 7]), ranges([20, 40, 8], [3, 9, 0]), ranges([9, 3, 0], [10, 12, 1])]
    const glyphs = [undefined, null, Number.NaN, -1, 0, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 20, 30, 40, 41, 200, 201, 65535]
    for (const glyph of glyphs) {
      for (const list of glyphLists) expect(ours.coverageIndex({ version: 1, glyphs: list }, glyph ?? 0), `${glyph} in ${list}`).toBe(plain.coverageIndex({ version: 1, glyphs: list }, glyph ?? 0))
      for (const list of rangeLists) {
        const coverage = { version: 2, rangeRecords: list }
        const classDef = { version: 2, classRangeRecord: list }
        expect([ours.coverageIndex(coverage, glyph ?? 0), ours.getClassID(glyph, classDef)], `${glyph} in ${JSON.stringify(list)}`).toEqual([plain.coverageIndex(coverage, glyph ?? 0), plain.getClassID(glyph, classDef)])
      }
    }
  })

  it('reads the post table without decoding its glyph names, and decodes them the same when asked', () => {
    for (const font of fonts) {
      const plain = fontkit.create(fontData(font)) as FontWithPost
      const ours = patched.create(fontData(font)) as FontWithPost
      expect([ours.underlinePosition, ours.underlineThickness, ours.italicAngle, ours.post.isFixedPitch]).toEqual([plain.underlinePosition, plain.underlineThickness, plain.italicAngle, plain.post.isFixedPitch])
      if (ours.post.version !== 2) continue
      // Still a getter: never read.
      expect(typeof Object.getOwnPropertyDescriptor(ours.post, 'names')?.get).toBe('function')
      for (let id = 0; id < 300; id++) expect(ours.getGlyph(id).name).toBe(plain.getGlyph(id).name)
    }
  })

  it('fails the build when fontkit no longer reads as expected', () => {
    const source = readFileSync(fontkitSource, 'utf8')
    expect(() => plugin.patchedFontkit(source, fontkitSource)).not.toThrow()
    for (const [from, to] of [
      ['for (let pair of set)', 'for (const pair of set)'],
      ["glyphNameIndex: new $52ZIf$Array($52ZIf$uint16, 'numberOfGlyphs')", 'glyphNameIndex: new $52ZIf$Array($52ZIf$uint16)'],
      ['table.backtrackCoverage) && this.coverageSequenceMatches(0, table.inputCoverage)', 'table.backtrackCoverage) && this.coverageSequenceMatches(0, table.coverage)'],
      ['if (!(feature in this.glyphIterator.cur.features)) {', 'if (!this.glyphIterator.cur.features[feature]) {'],
      ['return coverage.glyphs.indexOf(glyph);', 'return coverage.glyphs.lastIndexOf(glyph);'],
      ['this.shaper.plan(this.plan, this.glyphInfos, glyphRun.features);', 'this.shaper.plan(this.plan, this.glyphInfos, features);'],
    ] as const) {
      expect(source).toContain(from)
      expect(() => plugin.patchedFontkit(source.replace(from, to), fontkitSource)).toThrow(/has fontkit changed\? \(scripts\/(bundled-fontkit|fontkit-shaping)\.js\)/)
    }
  })
})
