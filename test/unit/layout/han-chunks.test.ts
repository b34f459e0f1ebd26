// Ideographs are measured and drawn one chunk each (layout/fonts/shaping.ts chunkEndsAfter),
// which gives the glyphs and advances of the whole line only if no lookup fontkit applies by
// default substitutes or positions across them. Read from the shipped Han faces' GSUB and
// GPOS: every lookup that takes more than one glyph (ligatures, contexts, pairs, cursive and
// mark attachment), with the ideographs it could take in any place. And shaped: lines of the
// corpus's Chinese, whole against chunk by chunk.
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import { chunkEndsAfter, ideographRanges } from '../../../src/layout/fonts/shaping.js'
import { randomStrings } from '../../bidi-texts.js'

/** fontkit's default features of a horizontal left-to-right run (opentype/shapers/DefaultShaper.js). */
const fontkitDefaults = ['rvrn', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'frac', 'numr', 'dnom', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'ltra', 'ltrm']

interface Coverage { glyphs?: number[]; rangeRecords?: Array<{ start: number; end: number }> }
interface ClassDef { startGlyph?: number; classValueArray?: number[]; classRangeRecord?: Array<{ start: number; end: number; class: number }> }
type Lookup = { lookupType: number; subTables: Array<Record<string, unknown>> }
type Table = { lookupList: { toArray(): Lookup[] }; featureList: Array<{ tag: string; feature: { lookupListIndexes: number[] } }> }

const covered = (coverage: Coverage | undefined): number[] => [
  ...(coverage?.glyphs ?? []),
  ...(coverage?.rangeRecords ?? []).flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, k) => start + k)),
]
const classed = (def: ClassDef | undefined): number[] => [
  ...(def?.classValueArray ?? []).flatMap((value, k) => (value ? [def!.startGlyph! + k] : [])),
  ...(def?.classRangeRecord ?? []).flatMap(({ start, end, class: value }) => (value ? Array.from({ length: end - start + 1 }, (_, k) => start + k) : [])),
]
const listed = (list: unknown): unknown[] => (list && typeof (list as { toArray?: unknown }).toArray === 'function' ? (list as { toArray(): unknown[] }).toArray() : ((list as unknown[] | undefined) ?? []))

/** The glyphs a multi-glyph subtable may take, in any place: coverages, classes, ligature components, pair seconds. */
function glyphsOf(table: Record<string, unknown>): number[] {
  const coverages = ['coverage', 'markCoverage', 'baseCoverage', 'mark1Coverage', 'mark2Coverage', 'ligatureCoverage'].map((key) => table[key] as Coverage | undefined)
  const lists = ['backtrackCoverage', 'inputCoverage', 'lookaheadCoverage', 'coverages'].flatMap((key) => listed(table[key]) as Coverage[])
  const classes = ['classDef', 'classDef1', 'classDef2', 'backtrackClassDef', 'inputClassDef', 'lookaheadClassDef'].map((key) => table[key] as ClassDef | undefined)
  const components = listed(table.ligatureSets).flatMap((set) => listed(set).flatMap((ligature) => (ligature as { components?: number[] }).components ?? []))
  const seconds = listed(table.pairSets).flatMap((set) => listed(set).map((pair) => (pair as { secondGlyph: number }).secondGlyph))
  return [...[...coverages, ...lists].flatMap(covered), ...classes.flatMap(classed), ...components, ...seconds]
}

const hanFaces = faceInputs().filter((face) => face.script === 'han').map((face) => ({ key: face.key, font: fontkit.create(Buffer.from(face.data)) as unknown as fontkit.Font & Record<'GSUB' | 'GPOS', Table | undefined> }))

describe('Han faces, chunk by ideograph', () => {
  it('have no default lookup across glyphs that takes an ideograph', () => {
    expect(hanFaces.map((face) => face.key).sort()).toEqual(['NotoSerifSC-400', 'NotoSerifSC-700'])
    for (const { key, font } of hanFaces) {
      const ideographs = new Set<number>()
      for (const [from, to] of ideographRanges) for (let c = from; c <= to; c++) if (font.hasGlyphForCodePoint(c)) ideographs.add(font.glyphForCodePoint(c).id)
      expect(ideographs.size).toBeGreaterThan(20000)
      const found: string[] = []
      for (const [name, single, extension] of [['GSUB', [1, 2, 3], 7], ['GPOS', [1], 9]] as const) {
        const table = font[name]
        if (!table) continue
        table.lookupList.toArray().forEach((lookup, index) => {
          const features = table.featureList.filter((f) => f.feature.lookupListIndexes.includes(index)).map((f) => f.tag)
          for (let subtable of lookup.subTables) {
            let type = lookup.lookupType
            if (type === extension) ({ extensionLookupType: type, extension: subtable } = subtable as { extensionLookupType: number; extension: Record<string, unknown> })
            if ((single as readonly number[]).includes(type)) continue
            if (glyphsOf(subtable).some((glyph) => ideographs.has(glyph))) found.push(...features.map((tag) => `${key} ${name} lookup ${index} (${tag})`))
          }
        })
      }
      // Discretionary ligatures (dlig: "株式会社" → ㍿) take ideographs, but only when asked for.
      expect(found.filter((where) => fontkitDefaults.some((tag) => where.endsWith(`(${tag})`)))).toEqual([])
      expect(found.length, 'the check reads the lookups').toBeGreaterThan(0)
    }
  })

  it('shape ideographs one by one as in a whole line: the same glyphs, advances and offsets', () => {
    const han = ['中', '国', '际', '电', '信', '联', '盟', '决', '议', '的', '发', '展', '，', '。', '；', '：', '“', '”', '（', '）', '、', '1', ' ', '\u3000']
    for (const { font } of hanFaces) {
      for (const text of randomStrings(300, han, 30, 4242)) {
        const whole = font.layout(text)
        const parts: fontkit.GlyphRun[] = []
        for (let last = 0, i = 0; i < text.length; i++) {
          if (chunkEndsAfter(text, i, text.length) || i === text.length - 1) {
            parts.push(font.layout(text.slice(last, i + 1)))
            last = i + 1
          }
        }
        expect(parts.flatMap((run) => run.glyphs.map((glyph) => glyph.id))).toEqual(whole.glyphs.map((glyph) => glyph.id))
        expect(parts.flatMap((run) => run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]))).toEqual(whole.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]))
      }
    }
  })

  it('end after a space or a tab, and between two ideographs only', () => {
    const ends = (text: string): number[] => [...text].flatMap((_, i) => (chunkEndsAfter(text, i, text.length) ? [i] : []))
    expect(ends('ab c\td')).toEqual([2, 4])
    expect(ends('国际电信，联盟')).toEqual([0, 1, 2, 5])
    expect(ends('决议1号')).toEqual([0])
    expect(ends('中')).toEqual([])
  })
})
