// Type declarations for the two layout dependencies that ship none: fontkit (shaping and
// metrics; the same engine pdfkit draws with) and linebreak (UAX #14 break opportunities).
// Only what layout uses is declared.

declare module 'fontkit' {
  export interface Glyph {
    id: number
    advanceWidth: number
    codePoints: number[]
  }
  export interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }
  export interface GlyphRun {
    glyphs: Glyph[]
    positions: GlyphPosition[]
    advanceWidth: number
    script: string
    direction: 'ltr' | 'rtl'
  }
  export interface Font {
    unitsPerEm: number
    ascent: number
    descent: number
    lineGap: number
    underlinePosition: number
    underlineThickness: number
    postscriptName: string
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    layout(text: string, features?: string[]): GlyphRun
  }
  export function create(data: Uint8Array): Font
}

declare module 'linebreak' {
  export interface Break { position: number; required: boolean }
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}

// hyphen: Liang's algorithm with the TeX (CTAN) patterns, one module per language. The
// hyphenator marks every permitted break of every word with `hyphenChar`.
declare module 'hyphen/*' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string
}
