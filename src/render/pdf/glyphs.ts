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
import { chunkEndsAfter, shapeText } from '../../layout/fonts/shaping.js'
import { mirroredUnit } from '../../layout/inline/bidi.js'

/** The part of a fontkit glyph these maps read. */
interface GlyphLike {
  id: number
  codePoints: number[]
  advanceWidth: number
}

/** One glyph's place in a shaped run, in 1000ths of the font size. */
export interface GlyphPosition { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }

/** A run as drawn: its glyphs, their places in 1000ths of the font size, whether it starts with a mark and sets a glyph off the line. */
interface ShapedRun {
  glyphs: GlyphLike[]
  positions: GlyphPosition[]
  direction: 'ltr' | 'rtl'
  leadingMark: boolean
  hasOffsets: boolean
  /** What each glyph stands for, plain and mirrored: the same in every document, made when first drawn. */
  plain?: GlyphCharacters
  mirrored?: GlyphCharacters
}

/** The characters each glyph of a run stands for, and its pair's number (see `PairNumbers`). */
interface GlyphCharacters { pairs: Int32Array; characters: number[][] }

/**
 * Each distinct (glyph id, characters) pair of a font by a number, the same for every document
 * of the build, so that a document finds the code it gave a pair by index. Found by a string
 * key in each document, the codes of the 180 PDFs of the corpus in French, Arabic and Chinese
 * took 290 ms.
 */
class PairNumbers {
  private readonly numbers = new Map<string | number, number>()

  of(id: number, characters: readonly number[]): number {
    // Most glyphs stand for one character: their pair is a number, with no string to make.
    const key = characters.length === 1 ? id * 0x110000 + characters[0]! : `${id}:${characters.join(',')}`
    let number = this.numbers.get(key)
    if (number === undefined) this.numbers.set(key, (number = this.numbers.size))
    return number
  }

  get size(): number {
    return this.numbers.size
  }
}

const fontPairs = new WeakMap<fontkit.Font, PairNumbers>()

function pairNumbersOf(font: fontkit.Font): PairNumbers {
  let pairs = fontPairs.get(font)
  if (!pairs) fontPairs.set(font, (pairs = new PairNumbers()))
  return pairs
}

/** Glyph codes by glyph index, four hex digits each, as pdfkit writes them; made when first asked for. */
const hexCodes: string[] = []
const hexCode = (index: number): string => (hexCodes[index] ??= `0000${index.toString(16)}`.slice(-4))

/** The fields of pdfkit's EmbeddedFont that encoding touches (pdfkit's typings omit them). */
export interface EmbeddedFontLike {
  font: fontkit.Font
  subset: { glyphs: number[] }
  unicode: number[][]
  widths: number[]
  scale: number
}

// Runs are shaped once per build (layout/fonts/shaping.ts) in the font's units; their places
// scaled as pdfkit would scale them are kept beside them for every document.
const drawn = new WeakMap<fontkit.GlyphRun, ShapedRun>()

function drawnRun(run: fontkit.GlyphRun, scale: number): ShapedRun {
  let shaped = drawn.get(run)
  if (!shaped) {
    const positions = run.positions.map((position, i): GlyphPosition => ({
      xAdvance: position.xAdvance * scale,
      advanceWidth: run.glyphs[i]!.advanceWidth * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
    }))
    const first = run.glyphs.find((glyph) => glyph.codePoints.length > 0)
    const leadingMark = first !== undefined && isMark(first.codePoints)
    const hasOffsets = positions.some((position) => position.xOffset !== 0 || position.yOffset !== 0)
    drawn.set(run, (shaped = { glyphs: run.glyphs, positions, direction: run.direction, leadingMark, hasOffsets }))
  }
  return shaped
}

/** A chunk of text shaped on its own; encoded when first drawn (mirrored or not). */
interface Chunk { run: ShapedRun; plain?: EncodedRun; mirrored?: EncodedRun }

/** Glyph codes of a run, four hex digits each, and where its glyphs go. */
export interface EncodedRun {
  codes: readonly string[]
  positions: readonly GlyphPosition[]
  /** Some glyph is set off the line (a mark placed by GPOS). */
  hasOffsets: boolean
}

/**
 * One document's encoding of one font: each distinct glyph and character sequence gets a
 * code of its own, so the ToUnicode map can say what every glyph drawn stands for.
 * `mirrored`: the text has its brackets mirrored (a right-to-left level); their glyphs
 * stand for the characters of the source, so a reader that puts the line back into
 * logical order gets "(1" back as "1)".
 */
export class ExactEncoder {
  private readonly embedded: EmbeddedFontLike
  private readonly pairs: PairNumbers
  /** The glyph index given to each pair (see `PairNumbers`) plus one; 0: none yet. */
  private indexes = new Int32Array(64)
  /** Chunks by their text: most words recur in a document, and are encoded once. */
  private readonly chunks = new Map<string, Chunk>()

  constructor(embedded: EmbeddedFontLike) {
    this.embedded = embedded
    this.pairs = pairNumbersOf(embedded.font)
  }

  /**
   * The text's glyphs, as runs drawn one after the other. `whole`: shape the text as one run
   * (right-to-left); else chunk by chunk, as layout measured it.
   */
  encode(text: string, whole: boolean, mirrored: boolean): readonly EncodedRun[] {
    if (whole) {
      const run = drawnRun(shapeText(this.embedded.font, text), this.embedded.scale)
      return [{ codes: this.runCodes(run, run.direction === 'rtl', mirrored), positions: run.positions, hasOffsets: run.hasOffsets }]
    }
    const chunks = this.chunksOf(text)
    // A mark at the start of a chunk sits on the glyph before it (a space): the line is one unit.
    if (chunks.some((chunk, i) => i > 0 && chunk.run.leadingMark)) {
      const positions = chunks.flatMap((chunk) => chunk.run.positions)
      const glyphs = chunks.flatMap((chunk) => chunk.run.glyphs)
      return [{ codes: this.glyphCodes(glyphs, glyphCharacters(glyphs, false, mirrored, this.pairs)), positions, hasOffsets: chunks.some((chunk) => chunk.run.hasOffsets) }]
    }
    return chunks.map((chunk) => this.chunkCodes(chunk, mirrored))
  }

  /** The chunks layout measured a text in (chunkEndsAfter): each up to and including a space or tab, or one ideograph. */
  private chunksOf(text: string): Chunk[] {
    const chunks: Chunk[] = []
    let last = 0
    for (let i = 0; i < text.length; i++) {
      if (chunkEndsAfter(text, i, text.length)) {
        chunks.push(this.chunk(text.slice(last, i + 1)))
        last = i + 1
      }
    }
    if (last < text.length) chunks.push(this.chunk(last === 0 ? text : text.slice(last)))
    return chunks
  }

  private chunk(text: string): Chunk {
    let chunk = this.chunks.get(text)
    if (!chunk) {
      this.chunks.set(text, (chunk = { run: drawnRun(shapeText(this.embedded.font, text), this.embedded.scale) }))
    }
    return chunk
  }

  private chunkCodes(chunk: Chunk, mirrored: boolean): EncodedRun {
    const { run } = chunk
    if (mirrored) return (chunk.mirrored ??= { codes: this.runCodes(run, false, true), positions: run.positions, hasOffsets: run.hasOffsets })
    return (chunk.plain ??= { codes: this.runCodes(run, false, false), positions: run.positions, hasOffsets: run.hasOffsets })
  }

  /** The code of each glyph of a run (its characters made once per build), see `glyphCodes`. */
  private runCodes(run: ShapedRun, rtl: boolean, mirrored: boolean): string[] {
    const { pairs } = this
    const made = mirrored ? (run.mirrored ??= glyphCharacters(run.glyphs, rtl, true, pairs)) : (run.plain ??= glyphCharacters(run.glyphs, rtl, false, pairs))
    return this.glyphCodes(run.glyphs, made)
  }

  /** The code of each glyph, registering (glyph, characters) pairs met for the first time in the subset, ToUnicode map and widths. */
  private glyphCodes(glyphs: readonly GlyphLike[], { pairs, characters }: GlyphCharacters): string[] {
    const codes = new Array<string>(glyphs.length)
    for (let i = 0; i < glyphs.length; i++) {
      const pair = pairs[i]!
      if (pair >= this.indexes.length) this.grow(pair)
      let index = this.indexes[pair]! - 1
      if (index < 0) {
        const { embedded } = this
        const glyph = glyphs[i]!
        index = embedded.subset.glyphs.push(glyph.id) - 1
        embedded.widths[index] = glyph.advanceWidth * embedded.scale
        // Shared by every document drawing the run: pdfkit only reads it.
        embedded.unicode[index] = characters[i]!
        this.indexes[pair] = index + 1
      }
      codes[i] = hexCode(index)
    }
    return codes
  }

  /** Room in `indexes` for every pair numbered so far, `pair` among them. */
  private grow(pair: number): void {
    const grown = new Int32Array(Math.max(2 * this.indexes.length, this.pairs.size, pair + 1))
    grown.set(this.indexes)
    this.indexes = grown
  }
}

/** What each glyph stands for (see `withMarksOnBases`), mirrored back to the source's brackets when `mirrored`. */
function glyphCharacters(glyphs: readonly GlyphLike[], rtl: boolean, mirrored: boolean, numbers: PairNumbers): GlyphCharacters {
  const characters = withMarksOnBases(glyphs, rtl)
  if (mirrored) for (const chars of characters) chars.forEach((c, i) => (chars[i] = mirroredCodePoint(c)))
  const pairs = new Int32Array(glyphs.length)
  for (let i = 0; i < glyphs.length; i++) pairs[i] = numbers.of(glyphs[i]!.id, characters[i]!)
  return { pairs, characters }
}

/**
 * A test of one character, remembered by code point: a regular expression's match and a
 * string per glyph were a third of finding what the glyphs of a run stand for (the 180 PDFs
 * of the corpus in French, Arabic and Chinese: 140 of 300 ms).
 */
function remembered(test: (character: string) => boolean): (codePoint: number) => boolean {
  const known = new Map<number, boolean>()
  return (codePoint) => {
    let is = known.get(codePoint)
    if (is === undefined) known.set(codePoint, (is = test(String.fromCodePoint(codePoint))))
    return is
  }
}

const isMarkCharacter = remembered((c) => /\p{M}/u.test(c))

/** Only combining marks (fontkit's own flag depends on the characters a glyph was first made for). */
function isMark(codePoints: readonly number[]): boolean {
  return codePoints.length > 0 && codePoints.every(isMarkCharacter)
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
const isRtlLetter = remembered((c) => /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(c) && !/[\p{M}\p{N}]/u.test(c))

/** Every mirrored pair is in the Basic Multilingual Plane (see mirroredUnit). */
const mirroredCodePoint = (codePoint: number): number => (codePoint > 0xffff ? codePoint : mirroredUnit(codePoint))
