// A font face as layout sees it: metrics in em units, glyph coverage, and advance widths
// measured exactly the way pdfkit will draw the text, so a run placed by layout ends where
// pdfkit's glyphs end. Widths are cached per face (the same face serves every document).
import type * as fontkit from 'fontkit'
import type { FaceKey } from '../frame.js'
import { chunkEndsAfter, parsedFont, shapeText } from './shaping.js'
import { WidthTable, hashOf, hashSeed, hashStep } from './widths.js'

/** Which writing system a face is chosen for first; coverage decides the rest. */
export type FaceScript = 'latin' | 'arabic' | 'han'

/** A face handed to layout by the caller (build reads the files; layout never does). */
export interface FaceInput {
  key: FaceKey
  script: FaceScript
  bold: boolean
  italic: boolean
  data: Uint8Array
}

/** The characters paragraphBound (inline/paragraph.ts) bounds without shaping. */
export const narrowLatinRanges: ReadonlyArray<readonly [number, number]> = [[0x20, 0x7e], [0xc0, 0x17f]]

/** A face's vertical metrics in em. */
interface Metrics { ascent: number; descent: number; lineGap: number; underlineOffset: number; underlineThickness: number }

export class Face {
  readonly key: FaceKey
  readonly script: FaceScript
  readonly bold: boolean
  readonly italic: boolean
  private readonly input: FaceInput
  // Parsed when first measured or asked about: a face that no character of the build needs
  // (the 15 MB Chinese faces in an English build) is never read or parsed. The PDF writer
  // draws with the same parsed font and shaped runs (shaping.ts).
  private parsed: fontkit.Font | undefined
  private metrics: Metrics | undefined
  // Coverage is asked for every character laid out: the Basic Multilingual Plane's answers
  // sit in a table (0 not asked yet, 1 covered, 2 not), the rest in a map.
  private readonly coverage = new Uint8Array(0x10000)
  private readonly coverageBeyond = new Map<number, boolean>()
  /** Widths in em of shaped texts: chunks of left-to-right lines and right-to-left words alike. */
  private readonly widths = new WidthTable()

  constructor(input: FaceInput) {
    this.key = input.key
    this.script = input.script
    this.bold = input.bold
    this.italic = input.italic
    this.input = input
  }

  private get font(): fontkit.Font {
    return (this.parsed ??= parsedFont(this.input.data))
  }

  private get em(): Metrics {
    if (!this.metrics) {
      const font = this.font
      const upm = font.unitsPerEm
      this.metrics = {
        ascent: font.ascent / upm,
        descent: -font.descent / upm,
        lineGap: font.lineGap / upm,
        underlineOffset: -font.underlinePosition / upm || 0.1,
        underlineThickness: font.underlineThickness / upm || 0.05,
      }
    }
    return this.metrics
  }

  /** Ascent, descent (positive) and line gap in em. */
  get ascent(): number { return this.em.ascent }
  get descent(): number { return this.em.descent }
  get lineGap(): number { return this.em.lineGap }
  /** Underline offset below the baseline and thickness, in em. */
  get underlineOffset(): number { return this.em.underlineOffset }
  get underlineThickness(): number { return this.em.underlineThickness }

  private widestNarrow: number | undefined
  /**
   * The widest advance, in em, of the characters layout may bound without shaping
   * (paragraphBound: printable ASCII, Latin-1 and Latin Extended-A letters), read from the
   * font's own metrics, so that the bound holds for whatever face is shipped.
   */
  get widestNarrowLatin(): number {
    if (this.widestNarrow === undefined) {
      let widest = 0
      for (const [from, to] of narrowLatinRanges) {
        for (let c = from; c <= to; c++) widest = Math.max(widest, this.font.glyphForCodePoint(c).advanceWidth)
      }
      this.widestNarrow = widest / this.font.unitsPerEm
    }
    return this.widestNarrow
  }

  covers(codePoint: number): boolean {
    if (codePoint < 0x10000) {
      let known = this.coverage[codePoint]!
      if (known === 0) this.coverage[codePoint] = known = this.font.hasGlyphForCodePoint(codePoint) ? 1 : 2
      return known === 1
    }
    let known = this.coverageBeyond.get(codePoint)
    if (known === undefined) {
      known = this.font.hasGlyphForCodePoint(codePoint)
      this.coverageBeyond.set(codePoint, known)
    }
    return known
  }

  /**
   * Width in em of left-to-right text, measured in the chunks the PDF writer draws it in
   * (shaping.ts chunkEndsAfter: after each space or tab, as pdfkit does, and between ideographs).
   * `[from, to)` measures part of the text without slicing it first.
   */
  chunkedWidth(text: string, from = 0, to = text.length): number {
    return this.chunkedWidths(text, from, to, to, unread)
  }

  /**
   * chunkedWidth of `[from, to)` and, into `out.inner`, of `[from, inner)`, where only spaces
   * lie between `inner` and `to` (a word and the spaces after it), from one scan: the chunks
   * before `inner` are summed once, and the inner width is made by the very additions a scan
   * ending at `inner` makes. Measuring each word with and without its spaces had been two
   * scans, a third of the width lookups: ~3 % of a warm layout's CPU profile.
   */
  chunkedWidths(text: string, from: number, inner: number, to: number, out: { inner: number }): number {
    let width = 0
    let last = from
    let hash = hashSeed
    for (let i = from; i < to; i++) {
      if (i === inner) out.inner = last < inner ? width + this.stretchWidth(text, last, inner, hash) : width
      const c = text.charCodeAt(i)
      hash = hashStep(hash, c)
      if (chunkEndsAfter(text, i, to)) {
        width += this.stretchWidth(text, last, i + 1, hash)
        last = i + 1
        hash = hashSeed
      }
    }
    if (last < to) width += this.stretchWidth(text, last, to, hash)
    if (inner === to) out.inner = width
    return width
  }

  /** Width in em of text shaped as one run (right-to-left words; see Shaping 'run'; and each chunk of chunkedWidth); `[from, to)` without slicing it first. */
  runWidth(text: string, from = 0, to = text.length): number {
    return this.stretchWidth(text, from, to, hashOf(text, from, to))
  }

  /** Whether the shaper sets `text` right to left (reversing it): the script of its first letter is. */
  reversesWhenShaped(text: string): boolean {
    return shapeText(this.font, text).direction === 'rtl'
  }

  /** runWidth of `[from, to)` of `text`, whose hash is `hash`: sliced only when first measured. */
  private stretchWidth(text: string, from: number, to: number, hash: number): number {
    let width = this.widths.find(text, from, to, hash)
    if (Number.isNaN(width)) {
      const stretch = text.slice(from, to)
      width = shapeText(this.font, stretch).advanceWidth / this.font.unitsPerEm
      this.widths.add(stretch, hash, width)
    }
    return width
  }
}

/** Where chunkedWidth lets chunkedWidths put the inner width nobody reads. */
const unread = { inner: 0 }

// Faces are kept by their input: build hands the same inputs to every document, so parsing
// and the width caches are shared across a whole build (and the bytes, which an input may
// read only when asked, are not read to find the face). A WeakMap lets them go with the inputs.
const loaded = new WeakMap<FaceInput, Face>()

export function loadFace(input: FaceInput): Face {
  let face = loaded.get(input)
  if (!face) {
    face = new Face(input)
    loaded.set(input, face)
  }
  return face
}
