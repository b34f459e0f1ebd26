// The PDF writer's own TrueType subsetter (src/render/pdf/subset.ts) writes exactly the
// bytes of fontkit's TTFSubset, for every face itudoc ships and glyph lists like the ones
// the writer makes: glyphs.ts pushes a glyph once per distinct text it stands for, so ids
// repeat, and composites (Á, Arabic letters with dots, CJK) pull in their components.
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { fontData, fonts } from '../../src/build/fonts.js'
import { encodeSubset, fastSubsets, readTrueType } from '../../src/render/pdf/subset.js'

interface Subset {
  glyphs: number[]
  mapping: Record<number, number>
  includeGlyph(id: number): number
  encode(): Uint8Array
}

const texts: Record<string, string> = {
  latin: 'RÉSOLUTION Á ÀÂÄÅ ÇçÉÈÊËÍÎÏÑÓÔÖÚÜŸ ŒœŠšŽž ǺǻǼǽ «ffi» Ђ Й ё Ўў ŉ ǅ',
  arabic: 'التوصية لا الله إلى أن الاتحاد الدولي للاتصالات يُقرر ١٢٣ ﻻ',
  han: '国际电信联盟 建议书 第一条 委员会（草案）：“标准”。',
}

/** A deterministic pseudo-random sequence (the same lists on every run). */
function random(seed: number): () => number {
  let state = seed
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32)
}

/** Ids of the composite glyphs (numberOfContours < 0). */
function composites(data: Uint8Array, numGlyphs: number): number[] {
  const tables = readTrueType(data)!
  const ids: number[] = []
  for (let id = 0; id < numGlyphs; id++) {
    const start = tables.loca[id]!
    if (tables.loca[id + 1]! - start >= 2 && new DataView(tables.glyf.buffer, tables.glyf.byteOffset + start, 2).getInt16(0) < 0) ids.push(id)
  }
  return ids
}

describe.each(fonts.map((font) => [font.file, font] as const))('subset of %s', (_name, face) => {
  const data = fontData(face)
  const font = fontkit.create(data) as unknown as fontkit.Font & { numGlyphs: number; createSubset(): Subset }
  const tables = readTrueType(data)
  const compositeIds = composites(data, font.numGlyphs)
  const next = random(face.weight + face.file.length)
  const randomIds = (n: number) => Array.from({ length: n }, () => Math.floor(next() * font.numGlyphs))
  const shaped = (text: string) => font.layout(text).glyphs.map((glyph) => glyph.id)

  /** Glyph lists: `push` as glyphs.ts adds them, `include` through the subset's includeGlyph. */
  const cases: Array<[string, { push?: number[]; include?: number[] }]> = [
    ['only .notdef', {}],
    ['random glyphs, some repeated', { push: [...randomIds(60), ...randomIds(20).flatMap((id) => [id, id])] }],
    ['random glyphs through includeGlyph', { include: randomIds(80) }],
    ['the script of the face', { push: shaped(texts[face.script]!) }],
    ['Latin with accents', { push: shaped(texts.latin!) }],
    ['composites, pushed and included', { push: compositeIds.slice(0, 40), include: compositeIds.slice(20, 80).reverse() }],
    ['every composite', { push: compositeIds }],
    ['components before their composites', { include: [...shaped('AEIOUaeiou'), ...shaped('ÁÉÍÓÚáéíóú')] }],
  ]

  it('is glyf-based and read by the fast subsetter', () => {
    expect(tables).toBeDefined()
  })

  it.each(cases)('%s: the same bytes and glyph list as fontkit', (_case, { push = [], include = [] }) => {
    const expected = font.createSubset()
    const actual = font.createSubset()
    for (const subset of [expected, actual]) {
      subset.glyphs.push(...push)
      for (const id of include) subset.includeGlyph(id)
    }
    const bytes = encodeSubset(tables!, actual)
    expect(Buffer.from(bytes).equals(Buffer.from(expected.encode()))).toBe(true)
    expect(actual.glyphs).toEqual(expected.glyphs)
    expect(actual.mapping).toEqual(expected.mapping)
  })

  it('takes the place of fontkit subsetter on a font it is hooked into, leaving its bytes as they were', () => {
    const before = Buffer.from(data)
    const hooked = fontkit.create(data) as unknown as typeof font
    fastSubsets(hooked, data)
    const [expected, actual] = [font.createSubset(), hooked.createSubset()]
    for (const subset of [expected, actual]) subset.glyphs.push(...shaped(texts[face.script]!), ...compositeIds.slice(0, 10))
    expect(Buffer.from(actual.encode()).equals(Buffer.from(expected.encode()))).toBe(true)
    expect(Buffer.compare(before, data)).toBe(0)
  })
})
