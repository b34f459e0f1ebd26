// Line breaking: UAX #14 break opportunities (the linebreak package: no break before a
// closing bracket or full stop, breaks between ideographs), then first-fit filling of
// lines of the widths the paragraph allows, with tab stops. An unbreakable word wider
// than the line (a long URL) is cut between characters rather than overflowing.
import LineBreaker from 'linebreak'
import { measure, type Piece } from './pieces.js'
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
  /** Already cut between characters: never cut again. */
  cut?: boolean
}

export interface LineRange {
  start: number
  /** End of the line's text, trailing spaces and the forced-break character excluded. */
  end: number
  /** The line ends the paragraph or a forced break: it is not justified. */
  hard: boolean
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

export function breakLines(text: string, pieces: readonly Piece[], geometry: LineGeometry): LineRange[] {
  if (!text.length) return [{ start: 0, end: 0, hard: true, segments: [{ start: 0, x: 0 }] }]
  const atoms = makeAtoms(text, pieces)
  const lines: LineRange[] = []
  let line = { start: atoms[0]!.start, segments: [{ start: atoms[0]!.start, x: 0 }] }
  let x = 0
  let hasContent = false
  const close = (end: number, hard: boolean): void => {
    lines.push({ start: line.start, end: trimEnd(text, line.start, end), hard, segments: line.segments })
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
        pending = [...splitAtom(text, pieces, atom, available), ...pending]
        atom = take()!
        continue
      }
      x += atom.width
      hasContent = true
    }
    if (atom.required) close(atom.end, true)
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
  let inner = atom.end
  while (inner > start && text[inner - 1] === ' ') inner--
  const sum = (to: number): number => pieces.filter((p) => p.start < to && p.end > start).reduce((w, p) => w + measure(text, p, Math.max(start, p.start), Math.min(to, p.end)), 0)
  return { start, end: atom.end, width: sum(atom.end), inner: sum(inner), tab: false, required: atom.required, cut: true }
}
