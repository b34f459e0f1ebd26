// What each glyph a PDF draws says when the text is copied, searched or read aloud. pdfkit
// builds a font's ToUnicode map from one entry per glyph, taken from fontkit's glyph objects;
// both fall short on real ITU text:
//
// - fontkit caches one glyph object per glyph id, with the characters it was first made
//   for. A glyph first met as a component of a composite (the "A" of "Á") has none, so a
//   later plain "A" vanished from the text layer ("RES LUTI N"), and what a document said
//   depended on the documents painted before it with the same parsed font.
// - One glyph may stand for several characters. Noto Naskh Arabic draws beh, teh, noon and
//   yeh in a medial position with one dotless "tooth" glyph plus separate dot glyphs, so a
//   map with one entry per glyph turned every yeh into the teh met first ("التوصتلتة").
//
// So every glyph object says exactly which characters it was shaped from in this call, and
// each distinct (glyph, characters) pair gets a code of its own in the font subset (the
// outline is simply stored twice), with its own ToUnicode entry. Dots and other glyphs a
// shaper inserts map to no character.
import type * as fontkit from 'fontkit'
import { mirrored as mirroredCharacter } from '../../layout/inline/bidi.js'
import { shareShapedRuns } from './shared-runs.js'

/** The part of a fontkit glyph these maps read. */
interface GlyphLike {
  id: number
  codePoints: number[]
  advanceWidth: number
}

/** The fields of pdfkit's EmbeddedFont that encoding touches (pdfkit's typings omit them). */
export interface EmbeddedFontLike {
  font: fontkit.Font
  subset: { glyphs: number[] }
  unicode: number[][]
  widths: number[]
  scale: number
  layout(text: string, features?: unknown): { glyphs: GlyphLike[]; positions: unknown[]; direction?: 'ltr' | 'rtl' }
  layoutRun(text: string, features?: unknown): unknown
  encode(text: string, features?: unknown): [string[], unknown[]]
  /** Set by exactEncoding for the next text drawn: its brackets are mirrored. */
  itudocMirrored?: boolean
}

const exactFonts = new WeakSet<object>()

/**
 * Make a parsed font return glyph objects that carry exactly the characters of the call
 * that asked for them. fontkit's own objects stay cached (outlines, metrics); a caller
 * asking with other characters gets a copy that differs only in its characters.
 */
export function exactGlyphCharacters(font: fontkit.Font): void {
  if (exactFonts.has(font)) return
  exactFonts.add(font)
  const target = font as unknown as { getGlyph(id: number, codePoints?: number[]): GlyphLike | null }
  const cached = target.getGlyph.bind(font)
  target.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = cached(id, codePoints)
    if (!glyph || sameCharacters(glyph.codePoints, codePoints)) return glyph
    return Object.assign(Object.create(Object.getPrototypeOf(glyph) as object) as GlyphLike, glyph, { codePoints })
  }
}

function sameCharacters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i])
}

const exactEncoders = new WeakSet<object>()

/**
 * Replace one pdfkit font's encoder (per document) by one that gives each distinct glyph
 * and character sequence its own code, so the ToUnicode map can say what every glyph drawn
 * stands for. `mirrored`: the text about to be drawn has its brackets mirrored (a
 * right-to-left level); their glyphs stand for the characters of the source, so a reader
 * that puts the line back into logical order gets "(1" back as "1)".
 */
export function exactEncoding(embedded: EmbeddedFontLike, mirrored: boolean): void {
  embedded.itudocMirrored = mirrored
  if (exactEncoders.has(embedded)) return
  exactEncoders.add(embedded)
  exactGlyphCharacters(embedded.font)
  shareShapedRuns(embedded)
  const codes = new Map<string, number>()
  embedded.encode = (text, features) => {
    const run = embedded.layout(text, features)
    const characters = withMarksOnBases(run.glyphs, run.direction === 'rtl')
    if (embedded.itudocMirrored) for (const chars of characters) chars.forEach((c, i) => (chars[i] = mirroredCodePoint(c)))
    const encoded = run.glyphs.map((glyph, i) => {
      const key = `${glyph.id}:${characters[i]!.join(',')}`
      let code = codes.get(key)
      if (code === undefined) {
        code = embedded.subset.glyphs.push(glyph.id) - 1
        codes.set(key, code)
        embedded.widths[code] = glyph.advanceWidth * embedded.scale
        embedded.unicode[code] = characters[i]!
      }
      return `0000${code.toString(16)}`.slice(-4)
    })
    return [encoded, run.positions]
  }
}

/** Only combining marks (fontkit's own flag depends on the characters a glyph was first made for). */
function isMark(codePoints: readonly number[]): boolean {
  return codePoints.length > 0 && codePoints.every((c) => /\p{M}/u.test(String.fromCodePoint(c)))
}

/**
 * The characters each glyph stands for, with those of a mark (an Arabic vowel sign, a
 * combining accent) moved onto the glyph it sits on. Extractors place a mark by its own
 * box, which GPOS lifts above or below the line: poppler then took a fatha for a line of
 * its own and cut the word in two ("نمو ا"). Glyphs a shaper inserted (the dots of a
 * dotless base) stand for nothing and are never a base.
 *
 * `rtl`: the glyphs are in visual order, so a mark's base is the glyph to its right. A
 * reader reverses right-to-left lines into logical order; poppler reverses the characters
 * of one glyph along with them only when all are right-to-left letters (a lam-alef
 * ligature), so a letter with its vowel sign is stored in visual order for it to come out
 * logical.
 */
function withMarksOnBases(glyphs: readonly GlyphLike[], rtl: boolean): number[][] {
  const characters = glyphs.map((glyph) => [...glyph.codePoints])
  let base = -1
  for (let n = 0; n < glyphs.length; n++) {
    const i = rtl ? glyphs.length - 1 - n : n
    if (!characters[i]!.length) continue
    if (!isMark(characters[i]!)) base = i
    else if (base >= 0) {
      characters[base]!.push(...characters[i]!)
      characters[i] = []
    }
  }
  return rtl ? characters.map((chars) => (chars.length > 1 && !chars.every(isRtlLetter) ? chars.reverse() : chars)) : characters
}

/** Strong right-to-left letters (Hebrew, Arabic and their presentation forms). */
function isRtlLetter(codePoint: number): boolean {
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(String.fromCodePoint(codePoint)) && !/[\p{M}\p{N}]/u.test(String.fromCodePoint(codePoint))
}

function mirroredCodePoint(codePoint: number): number {
  return mirroredCharacter(String.fromCodePoint(codePoint)).codePointAt(0)!
}
