// The runs of one line segment, in visual order, prepared for drawing: each run of one
// piece and one direction becomes a unit with its text in the order the shaper needs
// (mirrored brackets; reversed where fontkit will not reverse, or will when it must not)
// and its natural width. For justification a unit also says what may stretch: the space
// after each word (runs are cut into words, each drawn with its space glyph, so the text
// keeps its spaces for readers and tags), or each glyph of Chinese (character spacing).
import type { TextItem } from '../frame.js'
import { visible } from '../fonts/select.js'
import { mirroredUnit, visualOrder, type Levels } from './bidi.js'
import { isHan, type Piece } from './pieces.js'
import { rangeIndexAt } from '../../model/ranges.js'
import { rangeFinder } from './styled.js'

/** One run of one piece in one direction. */
export interface Run {
  piece: Piece
  /** Logical range. */
  start: number
  end: number
  rtl: boolean
}

export interface Unit {
  run: Run
  /** What the shaper gets (for a spaced unit: the words joined by single spaces). */
  text: string
  shaping: TextItem['shaping']
  /** Natural advance. */
  width: number
  /** Stretchable gaps on its left and right (the space after a right-to-left or left-to-right word). */
  gapLeft: number
  gapRight: number
  /** Glyphs spread by character spacing (Han faces); 0 otherwise. */
  han: number
}

export interface UnitSource {
  text: string
  pieces: readonly Piece[]
  levels: Levels
}

/** Runs of `[start, end)` in visual order, cut into units ready to stretch when `justify`. */
export function unitsOf(start: number, end: number, source: UnitSource, justify: boolean): Unit[] {
  const runs = source.levels.mixed ? visualRuns(start, end, source) : logicalRuns(start, end, source.pieces)
  const units: Unit[] = []
  for (const run of runs) {
    if (run.piece.kind === 'tab' || run.piece.kind === 'break') continue
    // Right-to-left-script runs always go word by word: shaping never joins across a space,
    // so a word shaped and measured once serves every line it is on, where a line's whole
    // run was shaped and drawn anew (a third of an Arabic PDF's layout); the pages come out
    // the same, pixel for pixel (npm run bench's Arabic corpus, checked with pdftoppm).
    const words = justify || run.piece.rtlScript ? splitAtSpaces(source.text, run) : [run]
    for (const word of run.rtl ? words.reverse() : words) units.push(unitOf(word, source.text))
  }
  return units
}

/**
 * Runs of a range with nothing to reorder (left-to-right text alone): one per piece it
 * crosses, what `visualRuns` makes of it without an index array and a piece lookup per character.
 */
function logicalRuns(start: number, end: number, pieces: readonly Piece[]): Run[] {
  const runs: Run[] = []
  if (start >= end) return runs
  for (let p = rangeIndexAt(pieces, start); p < pieces.length && pieces[p]!.start < end; p++) {
    const piece = pieces[p]!
    runs.push({ piece, start: Math.max(start, piece.start), end: Math.min(end, piece.end), rtl: false })
  }
  return runs
}

/** Runs of a range in visual order: characters of one piece and one direction, next to each other. */
function visualRuns(start: number, end: number, source: UnitSource): Run[] {
  const runs: Run[] = []
  const pieceAt = rangeFinder(source.pieces)
  const order = visualOrder(source.text, source.levels, start, end)
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    const piece = pieceAt(i)
    const rtl = (source.levels.levels[i]! & 1) === 1
    const run = runs[runs.length - 1]
    if (run && run.piece === piece && run.rtl === rtl && piece.kind === 'text' && (rtl ? i === run.start - 1 : i === run.end)) {
      if (rtl) run.start = i
      else run.end = i + 1
    } else {
      runs.push({ piece, start: i, end: i + 1, rtl })
    }
  }
  return runs
}

/**
 * Logical words of a run, each with the spaces that follow it. A combining mark after a
 * space (a vowel sign cited alone) stays with the word before: shaped whole, the line would
 * set it on that space.
 */
function splitAtSpaces(text: string, run: Run): Run[] {
  const words: Run[] = []
  let from = run.start
  for (let i = run.start; i < run.end; i++) {
    if (text[i] === ' ' && text[i + 1] !== ' ' && i + 1 < run.end && !isCombiningMark(text.charCodeAt(i + 1))) {
      words.push({ ...run, start: from, end: i + 1 })
      from = i + 1
    }
  }
  words.push({ ...run, start: from, end: run.end })
  return words
}

const combiningMark = /\p{M}/u

/** Whether a code unit is a combining mark (all of them lie at U+0300 and above). */
function isCombiningMark(code: number): boolean {
  return code >= 0x300 && combiningMark.test(String.fromCharCode(code))
}

export function unitOf(run: Run, source: string): Unit {
  const { piece } = run
  if (piece.kind === 'object') return { run, text: '', shaping: 'chunks', width: piece.span.object!.width, gapLeft: 0, gapRight: 0, han: 0 }
  const text = piece.rtlScript ? rtlScriptText(run, source) : visible(run.rtl ? shaperOrder(run, source, false) : source.slice(run.start, run.end))
  const shaping: TextItem['shaping'] = piece.rtlScript ? 'run' : 'chunks'
  const width = (shaping === 'run' ? piece.face.runWidth(text) : piece.face.chunkedWidth(text)) * piece.size
  const endsWithSpace = source[run.end - 1] === ' '
  // Chinese is justified by spacing every glyph of the Han face (CJK punctuation included).
  const han = piece.face.script === 'han' ? hanSlots(text) : 0
  return { run, text, shaping, width, gapLeft: endsWithSpace && run.rtl ? 1 : 0, gapRight: endsWithSpace && !run.rtl ? 1 : 0, han }
}

/** The characters of a Han-face text when one of them is Han (every one is spaced), else 0. */
function hanSlots(text: string): number {
  let characters = 0
  let anyHan = false
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    characters++
    if (!anyHan) anyHan = isHan(cp)
  }
  return anyHan ? characters : 0
}

/**
 * Right-to-left text as the shaper needs it. By code unit into one scratch array, where
 * Array.from/map/join made a string per character and two arrays per unit (80 ms of the
 * Arabic bench build's CPU profile).
 */
function shaperOrder(run: Run, source: string, reversedByShaper: boolean): string {
  const { start, end, rtl } = run
  // fontkit reverses a run whose script is right-to-left and nothing else: reverse the
  // others on right-to-left levels (brackets, European text, Arabic punctuation standing
  // alone), and pre-reverse right-to-left-script characters on left-to-right levels
  // (Arabic-Indic digits).
  const reverse = rtl !== reversedByShaper
  if (!reverse && !(rtl && anyMirrored(source, start, end))) return source.slice(start, end)
  if (scratch.length < end - start) scratch = new Uint16Array(end - start)
  let n = 0
  if (reverse) {
    // Code points in reverse order: a surrogate pair keeps its two halves in order.
    for (let i = end; i > start;) {
      if (i - 2 >= start && isLowSurrogate(source.charCodeAt(i - 1)) && isHighSurrogate(source.charCodeAt(i - 2))) {
        scratch[n++] = source.charCodeAt(i - 2)
        scratch[n++] = source.charCodeAt(i - 1)
        i -= 2
      } else {
        const code = source.charCodeAt(--i)
        scratch[n++] = rtl ? mirroredUnit(code) : code
      }
    }
  } else {
    for (let i = start; i < end; i++) scratch[n++] = mirroredUnit(source.charCodeAt(i))
  }
  return stringOf(scratch, n)
}

let scratch = new Uint16Array(256)

/**
 * The text of a right-to-left-script unit as fontkit needs it. fontkit reverses a text when
 * the first character of a script of its own is right-to-left (the script of the text, for
 * fontkit), not a word of punctuation alone ("؛ "), which it sets left to right: asked of the
 * shaper itself, on the logical text, which is nearly always the very text it then shapes
 * (a right-to-left word with no bracket to mirror; shaping is cached).
 */
function rtlScriptText(run: Run, source: string): string {
  const logical = visible(source.slice(run.start, run.end))
  const reversedByShaper = logical === '' || run.piece.face.reversesWhenShaped(logical)
  if (run.rtl === reversedByShaper && !(run.rtl && anyMirrored(source, run.start, run.end))) return logical
  return visible(shaperOrder(run, source, reversedByShaper))
}

function anyMirrored(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i)
    if (mirroredUnit(code) !== code) return true
  }
  return false
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** The first `n` code units as a string, in slices short enough to pass as arguments. */
function stringOf(codes: Uint16Array, n: number): string {
  let text = ''
  for (let from = 0; from < n; from += 4096) text += String.fromCharCode(...codes.subarray(from, Math.min(n, from + 4096)))
  return text
}

/** How many stretchable slots a unit has. */
export function slotsOf(unit: Unit): number {
  return unit.gapLeft + unit.gapRight + unit.han
}
