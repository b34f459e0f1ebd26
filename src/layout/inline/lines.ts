// Line breaking: UAX #14 break opportunities (the linebreak package: no break before a
// closing bracket or full stop, breaks between ideographs), then first-fit filling of
// lines of the widths the paragraph allows, with tab stops. A word wider than the line (a
// narrow table column) is hyphenated by its language's patterns; what cannot be hyphenated
// (a long URL, an identifier) is cut between characters rather than overflowing. Table
// columns are first widened so that neither happens (`minimumWidths`).
import LineBreaker from 'linebreak'
import { tokenBreaks, type Hyphenator } from './hyphenate.js'
import { measure, measuredInPlace, type Piece } from './pieces.js'
import { BREAK, TAB } from './styled.js'

/** A stretch of text no line may break inside (or a tab, which is its own atom). */
interface Atom {
  start: number
  end: number
  /** Width with and without the trailing spaces. */
  width: number
  inner: number
  tab: boolean
  /** A line must end after this atom (forced break, end of paragraph). */
  required: boolean
  /** Already cut between characters or at a hyphenation point: never cut again. */
  cut?: boolean
  /** Ends at a hyphenation point: the line ends after it, with a hyphen (counted in the widths). */
  hyphen?: boolean
}

export interface LineRange {
  start: number
  /** End of the line's text, trailing spaces and the forced-break character excluded. */
  end: number
  /** The line ends the paragraph or a forced break: it is not justified. */
  hard: boolean
  /** The line ends inside a hyphenated word: a hyphen is drawn after its text. */
  hyphen?: boolean
  /** Where each tab-separated segment begins: its first index and its x from the line's start. */
  segments: Array<{ start: number; x: number }>
}

export interface LineGeometry {
  /** Available width of line `index` (the first line may differ). */
  width(index: number): number
  /** Where line `index` starts, measured from the column's start edge. */
  offset(index: number): number
  /** The next tab stop after `x` (measured from the column's start edge) on line `index`. */
  nextTab(index: number, x: number): number
}

const epsilon = 0.01

export function breakLines(text: string, pieces: readonly Piece[], geometry: LineGeometry, hyphenate?: Hyphenator): LineRange[] {
  if (!text.length) return [{ start: 0, end: 0, hard: true, segments: [{ start: 0, x: 0 }] }]
  const atoms = makeAtoms(text, pieces)
  const lines: LineRange[] = []
  let line = { start: atoms[0]!.start, segments: [{ start: atoms[0]!.start, x: 0 }] }
  let x = 0
  let hasContent = false
  const close = (end: number, hard: boolean, hyphen = false): void => {
    const range: LineRange = { start: line.start, end: trimEnd(text, line.start, end), hard, segments: line.segments }
    if (hyphen) range.hyphen = hyphen
    lines.push(range)
    line = { start: end, segments: [{ start: end, x: 0 }] }
    x = 0
    hasContent = false
  }
  // Atoms in order; `pending` holds the pieces of an atom cut between characters.
  let next = 0
  let pending: Atom[] = []
  const take = (): Atom | undefined => pending.shift() ?? atoms[next++]
  let atom = take()
  while (atom) {
    const index = lines.length
    const available = geometry.width(index)
    if (atom.tab) {
      const offset = geometry.offset(index)
      x = Math.min(available, geometry.nextTab(index, offset + x) - offset)
      line.segments.push({ start: atom.end, x })
      hasContent = true
    } else {
      if (hasContent && x + atom.inner > available + epsilon) {
        close(atom.start, false)
        continue
      }
      if (!hasContent && atom.inner > available + epsilon && !atom.cut && atom.end - atom.start > 1) {
        const parts = (hyphenate && !atom.hyphen && hyphenateAtom(text, pieces, atom, available, hyphenate)) || splitAtom(text, pieces, atom, available)
        // A syllable cut between characters still ends with its hyphen.
        if (atom.hyphen) {
          const last = parts[parts.length - 1]!
          const extra = hyphenWidth(pieces, last.end)
          parts[parts.length - 1] = { ...last, width: last.width + extra, inner: last.inner + extra, hyphen: true }
        }
        pending = [...parts, ...pending]
        atom = take()!
        continue
      }
      x += atom.width
      hasContent = true
    }
    if (atom.required) close(atom.end, true)
    else if (atom.hyphen) close(atom.end, false, true)
    atom = take()
  }
  if (hasContent || lines.length === 0) close(text.length, true)
  else lines[lines.length - 1]!.hard = true
  return lines
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === BREAK)) end--
  return end
}

/** The inner width chunkedWidths gives back (one object for every atom). */
const scratch = { inner: 0 }

function makeAtoms(text: string, pieces: readonly Piece[]): Atom[] {
  const breaker = new LineBreaker(text)
  const atoms: Atom[] = []
  let last = 0
  let piece = 0
  const widthOf = (from: number, to: number): number => {
    while (pieces[piece]!.end <= from) piece++
    let width = 0
    for (let p = piece; p < pieces.length && pieces[p]!.start < to; p++) {
      const it = pieces[p]!
      width += it.kind === 'object' ? it.span.object!.width : measure(text, it, Math.max(from, it.start), Math.min(to, it.end))
    }
    return width
  }
  const push = (start: number, end: number, required: boolean): void => {
    if (start >= end) return
    let inner = end
    while (inner > start && (text[inner - 1] === ' ' || text[inner - 1] === BREAK)) inner--
    while (pieces[piece]!.end <= start) piece++
    const it = pieces[piece]!
    if (inner < end && it.end >= end && inner > start && measuredInPlace(text, it, start, end)) {
      // A word and its spaces in one piece (nearly every atom): both widths from one scan.
      const width = it.face.chunkedWidths(text, start, inner, end, scratch) * it.size
      atoms.push({ start, end, width, inner: scratch.inner * it.size, tab: false, required })
      return
    }
    const innerWidth = widthOf(start, inner)
    atoms.push({ start, end, width: inner === end ? innerWidth : widthOf(start, end), inner: innerWidth, tab: false, required })
  }
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    // Tabs are atoms of their own (their width depends on where they fall).
    let from = last
    for (let i = last; i < bk.position; i++) {
      if (text[i] !== TAB) continue
      push(from, i, false)
      atoms.push({ start: i, end: i + 1, width: 0, inner: 0, tab: true, required: false })
      from = i + 1
    }
    push(from, bk.position, bk.required || bk.position === text.length)
    if (from >= bk.position && atoms.length && (bk.required || bk.position === text.length)) atoms[atoms.length - 1]!.required = true
    last = bk.position
  }
  return atoms
}

/** Cut an atom wider than the line between characters (never inside a pair or before a mark). */
function splitAtom(text: string, pieces: readonly Piece[], atom: Atom, available: number): Atom[] {
  const parts: Atom[] = []
  let start = atom.start
  let width = 0
  let i = atom.start
  const pieceAt = (index: number): Piece => pieces.find((p) => p.start <= index && index < p.end)!
  while (i < atom.end) {
    let next = i + (text.codePointAt(i)! > 0xffff ? 2 : 1)
    while (next < atom.end && /\p{M}/u.test(text[next]!)) next++
    const w = measure(text, pieceAt(i), i, next)
    if (width + w > available && i > start) {
      parts.push({ start, end: i, width, inner: width, tab: false, required: false, cut: true })
      start = i
      width = 0
    }
    width += w
    i = next
  }
  const rest = atom.end > start ? measureRest(text, pieces, start, atom) : undefined
  if (rest) parts.push(rest)
  return parts
}

function measureRest(text: string, pieces: readonly Piece[], start: number, atom: Atom): Atom {
  const inner = innerEnd(text, start, atom.end)
  return { start, end: atom.end, width: widthBetween(text, pieces, start, atom.end), inner: widthBetween(text, pieces, start, inner), tab: false, required: atom.required, cut: true }
}

/** Width of `[from, to)` as drawn. */
function widthBetween(text: string, pieces: readonly Piece[], from: number, to: number): number {
  return pieces.filter((p) => p.start < to && p.end > from).reduce((w, p) => w + measure(text, p, Math.max(from, p.start), Math.min(to, p.end)), 0)
}

function innerEnd(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === ' ') end--
  return end
}

/** Width of the hyphen drawn after the character before `index`, in that character's face. */
function hyphenWidth(pieces: readonly Piece[], index: number): number {
  const piece = pieces.find((p) => p.start < index && index <= p.end)
  return piece && piece.kind === 'text' ? piece.face.chunkedWidth('-') * piece.size : 0
}

/** Where the word of an atom may be hyphenated (text offsets), punctuation around it left aside. */
function hyphenationPoints(text: string, atom: Pick<Atom, 'start' | 'end'>, hyphenate: Hyphenator): number[] {
  return tokenBreaks(text.slice(atom.start, innerEnd(text, atom.start, atom.end)), hyphenate).map((offset) => atom.start + offset)
}

/**
 * Hyphenate a word wider than the line: as many syllables on each line as fit with their
 * hyphen (a syllable wider than the line alone is cut later). Undefined if it has no
 * hyphenation point.
 */
function hyphenateAtom(text: string, pieces: readonly Piece[], atom: Atom, available: number, hyphenate: Hyphenator): Atom[] | undefined {
  const points = hyphenationPoints(text, atom, hyphenate)
  if (!points.length) return undefined
  const parts: Atom[] = []
  let start = atom.start
  const inner = innerEnd(text, atom.start, atom.end)
  while (widthBetween(text, pieces, start, inner) > available + epsilon) {
    const after = points.filter((p) => p > start)
    if (!after.length) break
    const withHyphen = (end: number): number => widthBetween(text, pieces, start, end) + hyphenWidth(pieces, end)
    const end = after.filter((p) => withHyphen(p) <= available + epsilon).pop() ?? after[0]!
    const width = withHyphen(end)
    // A syllable wider than the line alone stays open to cutting between characters.
    parts.push({ start, end, width, inner: width, tab: false, required: false, hyphen: true, cut: width <= available + epsilon })
    start = end
  }
  parts.push(measureRest(text, pieces, start, atom))
  return parts
}

/** The most characters between two break opportunities of `text` (spaces before a break not counted). */
export function longestAtom(text: string): number {
  const breaker = new LineBreaker(text)
  let longest = 0
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    longest = Math.max(longest, trimEnd(text, last, bk.position) - last)
    last = bk.position
  }
  return longest
}

/**
 * The narrowest a paragraph's column can be: `word`, so that no word is broken; `fragment`,
 * so that only hyphenation breaks words (identifiers, URLs and unhyphenable words whole).
 */
export function minimumWidths(text: string, pieces: readonly Piece[], hyphenate?: Hyphenator): { word: number; fragment: number } {
  let word = 0
  let fragment = 0
  if (!text.length) return { word, fragment }
  for (const atom of makeAtoms(text, pieces)) {
    if (atom.tab) continue
    word = Math.max(word, atom.inner)
    const points = hyphenate ? hyphenationPoints(text, atom, hyphenate) : []
    const edges = [atom.start, ...points, innerEnd(text, atom.start, atom.end)]
    for (let i = 1; i < edges.length; i++) {
      const end = edges[i]!
      fragment = Math.max(fragment, widthBetween(text, pieces, edges[i - 1]!, end) + (i < edges.length - 1 ? hyphenWidth(pieces, end) : 0))
    }
  }
  return { word, fragment }
}
