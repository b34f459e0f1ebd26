// A font face as layout sees it: metrics in em units, glyph coverage, and advance widths
// measured exactly the way pdfkit will draw the text, so a run placed by layout ends where
// pdfkit's glyphs end. Widths are cached per face (the same face serves every document).
import * as fontkit from 'fontkit'
import type { FaceKey } from '../frame.js'

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

export class Face {
  readonly key: FaceKey
  readonly script: FaceScript
  readonly bold: boolean
  readonly italic: boolean
  /** Ascent, descent (positive) and line gap in em. */
  readonly ascent: number
  readonly descent: number
  readonly lineGap: number
  /** Underline offset below the baseline and thickness, in em. */
  readonly underlineOffset: number
  readonly underlineThickness: number
  private readonly font: fontkit.Font
  private readonly coverage = new Map<number, boolean>()
  private readonly chunks = new Map<string, number>()
  private readonly runs = new Map<string, number>()

  constructor(input: FaceInput) {
    this.key = input.key
    this.script = input.script
    this.bold = input.bold
    this.italic = input.italic
    this.font = fontkit.create(input.data)
    const upm = this.font.unitsPerEm
    this.ascent = this.font.ascent / upm
    this.descent = -this.font.descent / upm
    this.lineGap = this.font.lineGap / upm
    this.underlineOffset = -this.font.underlinePosition / upm || 0.1
    this.underlineThickness = this.font.underlineThickness / upm || 0.05
  }

  covers(codePoint: number): boolean {
    let known = this.coverage.get(codePoint)
    if (known === undefined) {
      known = this.font.hasGlyphForCodePoint(codePoint)
      this.coverage.set(codePoint, known)
    }
    return known
  }

  /**
   * Width in em of left-to-right text. pdfkit lays such text out in chunks that end after
   * each space or tab (kerning does not cross a chunk boundary), so we measure the same way.
   */
  chunkedWidth(text: string): number {
    let width = 0
    let last = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9) {
        width += this.chunk(text.slice(last, i + 1))
        last = i + 1
      }
    }
    if (last < text.length) width += this.chunk(text.slice(last))
    return width
  }

  /** Width in em of text shaped as one run (right-to-left runs; see Shaping 'run'). */
  runWidth(text: string): number {
    let width = this.runs.get(text)
    if (width === undefined) {
      width = this.font.layout(text, []).advanceWidth / this.font.unitsPerEm
      this.runs.set(text, width)
    }
    return width
  }

  private chunk(text: string): number {
    let width = this.chunks.get(text)
    if (width === undefined) {
      width = this.font.layout(text).advanceWidth / this.font.unitsPerEm
      this.chunks.set(text, width)
    }
    return width
  }
}

// Faces are keyed by their bytes: build hands the same buffers to every document, so
// parsing and the width caches are shared across a whole build. A WeakMap lets them go
// when the buffers do.
const loaded = new WeakMap<Uint8Array, Face>()

export function loadFace(input: FaceInput): Face {
  let face = loaded.get(input.data)
  if (!face || face.key !== input.key) {
    face = new Face(input)
    loaded.set(input.data, face)
  }
  return face
}
