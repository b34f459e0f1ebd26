// Pieces: the styled text cut wherever the face, the span or the kind of content changes.
// A piece is the smallest thing drawn as one text run, and what width is measured on.
// Characters no face covers are reported here.
import type { LayoutProblem } from '../frame.js'
import type { Face } from '../fonts/face.js'
import { hasInvisible, scriptOf, visible, type FontBook } from '../fonts/select.js'
import { scriptSize } from '../styles.js'
import { BREAK, OBJECT, TAB, rangeFinder, type Span, type StyledText } from './styled.js'

export interface Piece {
  start: number
  end: number
  span: Span
  face: Face
  /** Size the glyphs are set at (smaller for superscripts). */
  size: number
  /** How far the baseline is raised (superscripts). */
  rise: number
  kind: 'text' | 'tab' | 'break' | 'object'
  /** Holds characters of a right-to-left script: shaped a word at a time, each word one run (units.ts). */
  rtlScript: boolean
}

/** Superscripts are set at two thirds of the size, raised by a third (Word's proportions). */
const superscript = { scale: 0.65, rise: 0.35 }

// By code unit: `text[i]` made a string of every character outside Latin-1 (Arabic, Chinese).
const tab = TAB.charCodeAt(0)
const lineBreak = BREAK.charCodeAt(0)
const object = OBJECT.charCodeAt(0)

function kindOf(code: number): Piece['kind'] {
  return code === tab ? 'tab' : code === lineBreak ? 'break' : code === object ? 'object' : 'text'
}

/** Whether `[start, end)` holds a character of the Arabic script (no slice and regex per piece). */
function hasArabic(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (scriptOf(text.charCodeAt(i)) === 'arabic') return true
  return false
}

export function makePieces(styled: StyledText, book: FontBook, problems: LayoutProblem[]): Piece[] {
  const { text, spans } = styled
  const pieces: Piece[] = []
  const spanAt = rangeFinder(spans)
  const faces = book.assign(text, (i) => spanAt(i).style)
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      let face = faces[i]
      if (!face) {
        reportMissing(text, i, span, problems)
        face = book.face('latin', span.style.bold, span.style.italic)
      }
      const kind = kindOf(text.charCodeAt(i))
      const last = pieces[pieces.length - 1]
      if (last && last.span === span && last.face === face && last.kind === 'text' && kind === 'text' && last.end === i) {
        last.end = i + 1
        continue
      }
      const full = scriptSize(span.style, face.script)
      const size = span.style.superscript ? full * superscript.scale : full
      pieces.push({ start: i, end: i + 1, span, face, size, rise: span.style.superscript ? full * superscript.rise : 0, kind, rtlScript: false })
    }
  }
  for (const piece of pieces) piece.rtlScript = piece.kind === 'text' && hasArabic(text, piece.start, piece.end)
  return pieces
}

function reportMissing(text: string, index: number, span: Span, problems: LayoutProblem[]): void {
  const cp = text.codePointAt(index)
  // The low half of a pair was reported with its high half.
  if (cp === undefined || (cp >= 0xdc00 && cp <= 0xdfff && index > 0 && text.codePointAt(index - 1)! > 0xffff)) return
  const char = String.fromCodePoint(cp)
  const source = span.source
  if (!source) return
  // Point at the character in the source: its offset in the node's original text.
  const offset = Math.max(0, source.original.indexOf(char))
  const before = source.original.slice(0, offset)
  const newlines = before.split('\n').length - 1
  const start = source.position.start
  const line = start.line + newlines
  const column = newlines ? offset - before.lastIndexOf('\n') : start.column + offset
  problems.push({ kind: 'missingGlyph', char, position: { start: { line, column }, end: { line, column: column + 1 } } })
}

/**
 * Whether `[from, to)` of a piece is measured in place, by chunkedWidth on the paragraph's
 * text: left-to-right text with nothing invisible (nearly all). A slice per call was a
 * string per word of every paragraph, 5 MB of the English bench corpus.
 */
export function measuredInPlace(text: string, piece: Piece, from: number, to: number): boolean {
  return piece.kind === 'text' && !piece.rtlScript && !hasInvisible(text, from, to)
}

/** Width in points of `[from, to)` of a piece, measured the way it will be drawn. */
export function measure(text: string, piece: Piece, from: number, to: number): number {
  if (piece.kind !== 'text' || from >= to) return 0
  // Right-to-left words too are measured in place: a slice of each was 2 strings a word per layout of an Arabic paragraph.
  if (!hasInvisible(text, from, to)) return (piece.rtlScript ? piece.face.runWidth(text, from, to) : piece.face.chunkedWidth(text, from, to)) * piece.size
  const sub = visible(text.slice(from, to))
  if (!sub) return 0
  return (piece.rtlScript ? piece.face.runWidth(sub) : piece.face.chunkedWidth(sub)) * piece.size
}

/** Whether a character is Han (or CJK punctuation): the units inter-character justification spreads. */
export function isHan(codePoint: number): boolean {
  return scriptOf(codePoint) === 'han'
}
