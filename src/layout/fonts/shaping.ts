// Fonts parsed once per process and text shaped once per font, shared by layout (which
// measures runs) and the PDF writer (which draws the same runs). Each had parsed its own
// copy of every font and shaped every word again: fontkit decodes a font's GSUB and GPOS
// lookups on first use and runs them on every call, and the second copy cost about 0.3 s
// of the 4.6 s the 60-resolution corpus took as PDF.
// Shaping is a function of the font and the text alone, so a shared run is what either
// side would have made itself, whatever was shaped before it.
import * as fontkit from 'fontkit'

// By the font file's bytes: build hands layout and the writer the same buffer per face.
const parsed = new WeakMap<Uint8Array, fontkit.Font>()
const shaped = new WeakMap<fontkit.Font, Map<string, fontkit.GlyphRun>>()

/** The one parsed font of a font file. */
export function parsedFont(data: Uint8Array): fontkit.Font {
  let font = parsed.get(data)
  if (!font) {
    font = fontkit.create(data)
    exactGlyphCharacters(font)
    parsed.set(data, font)
  }
  return font
}

/**
 * `text` shaped with the font's default features: a chunk of a left-to-right line (up to and
 * including a space, as pdfkit shapes it) or a right-to-left word with its spaces (units.ts),
 * which fontkit orders visually. One cache serves both: fontkit shapes a text asked with no
 * features and with an empty list alike (both become no user features). The run is shared:
 * callers must not change it.
 */
export function shapeText(font: fontkit.Font, text: string): fontkit.GlyphRun {
  let runs = shaped.get(font)
  if (!runs) shaped.set(font, (runs = new Map()))
  let run = runs.get(text)
  if (run === undefined) runs.set(text, (run = font.layout(text)))
  return run
}

/**
 * Whether a chunk of left-to-right text, shaped on its own, ends after index `i` (`end`: where
 * the text measured or drawn ends): after a space or a tab, as pdfkit chunks a line (kerning
 * does not cross a chunk), and between two CJK ideographs. Chinese has no spaces, so its
 * chunks had been whole lines, each shaped anew (a line's text seldom recurs) and kept: a
 * tenth of a Chinese PDF's build, and a cache that grew with every page. The ideographs of the
 * shipped Han faces take part in no substitution or positioning across glyphs that fontkit
 * applies by default (test/unit/layout/han-chunks.test.ts reads their lookups), so they shape
 * alike one by one: the same glyphs and advances, the same PDF bytes.
 */
export function chunkEndsAfter(text: string, i: number, end: number): boolean {
  const kind = chunkKinds[text.charCodeAt(i)]
  return kind === spaceKind || (kind === ideographKind && i + 1 < end && chunkKinds[text.charCodeAt(i + 1)] === ideographKind)
}

const spaceKind = 1
const ideographKind = 2

/** The ideographs of the Basic Multilingual Plane (CJK Unified Ideographs, Extension A, compatibility ideographs). */
export const ideographRanges: ReadonlyArray<readonly [number, number]> = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]
// By code unit: spaces and tabs, and ideographs.
const chunkKinds = new Uint8Array(0x10000)
chunkKinds[0x20] = chunkKinds[0x09] = spaceKind
for (const [from, to] of ideographRanges) chunkKinds.fill(ideographKind, from, to + 1)

/**
 * Make a parsed font return glyph objects that carry exactly the characters of the call
 * that asked for them. fontkit caches one glyph object per glyph id with the characters it
 * was first made for, and the PDF's text layer is written from them (render/pdf/glyphs.ts
 * says why that fails); with runs shared, the font must do this before anything is shaped
 * on it. fontkit's own objects stay cached (outlines, metrics); a caller asking with other
 * characters gets a copy that differs only in its characters.
 */
function exactGlyphCharacters(font: fontkit.Font): void {
  const target = font as unknown as { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph | null }
  const cached = target.getGlyph.bind(font)
  target.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = cached(id, codePoints)
    if (!glyph || sameCharacters(glyph.codePoints, codePoints)) return glyph
    return Object.assign(Object.create(Object.getPrototypeOf(glyph) as object) as fontkit.Glyph, glyph, { codePoints })
  }
}

function sameCharacters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i])
}
