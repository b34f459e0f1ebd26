// Placing one broken line: bidi reordering of each tab segment (rules L1–L2), cutting it
// into runs of one face and direction, preparing each run for the shaper (mirrored
// brackets; reversed where fontkit will not reverse, or will when it must not), then
// alignment and justification — spaces stretched in Latin text, every character spaced in
// Chinese. Right-to-left lines carry their logical text for extraction (ActualText).
import type { Item, LinkItem, TextItem } from '../frame.js'
import type { Face } from '../fonts/face.js'
import { visible } from '../fonts/select.js'
import { lineFactor } from '../styles.js'
import { mirrored, visualOrder, type Levels } from './bidi.js'
import type { LineRange } from './lines.js'
import { isHan, type Piece } from './pieces.js'
import { rangeAt, type LinkTarget, type Span } from './styled.js'

export type Alignment = 'start' | 'center' | 'end' | 'justify'

/** A laid-out line: items relative to the column's left edge and the line's top. */
export interface LineBox {
  height: number
  /** Baseline distance from the line's top. */
  ascent: number
  items: Item[]
  /** Footnotes referenced on this line. */
  footnotes: number[]
}

/** What placing needs to know about the paragraph the line belongs to. */
export interface LineContext {
  text: string
  pieces: readonly Piece[]
  levels: Levels
  dir: 'ltr' | 'rtl'
  align: Alignment
  /** Width of the column the paragraph sits in. */
  columnWidth: number
  /** Available width and start offset of line `index` (from the column's start edge). */
  width(index: number): number
  offset(index: number): number
  /** Metrics of an empty line. */
  base: { face: Face; size: number }
  /** The structure element of the paragraph and of each link in it. */
  tag: number
  linkTag(target: LinkTarget): number
  /** A new id for an actual-text span. */
  spanId(): number
}

/** One run of one piece in one direction: what becomes a text item. */
interface Run {
  piece: Piece
  /** Logical range. */
  start: number
  end: number
  rtl: boolean
}

/** A unit where it goes, with the character spacing that justifies it (Han text). */
interface Placed { unit: Unit; x: number; characterSpacing: number }

/** A run prepared for drawing, with its natural width and its share of justification. */
interface Unit {
  run: Run
  text: string
  shaping: TextItem['shaping']
  width: number
  /** Stretchable gaps on its left and right (spaces); glyphs spread by character spacing (Han faces). */
  gapLeft: number
  gapRight: number
  han: number
}

export function ascentOf(face: Face, size: number): number {
  return (face.ascent + face.lineGap) * lineFactor[face.script] * size
}

export function descentOf(face: Face, size: number): number {
  return face.descent * lineFactor[face.script] * size
}

export function placeLine(range: LineRange, index: number, ctx: LineContext): LineBox {
  const available = ctx.width(index)
  const offset = ctx.offset(index)
  const boxLeft = ctx.dir === 'ltr' ? offset : ctx.columnWidth - offset - available
  const justify = ctx.align === 'justify' && !range.hard
  const segments = range.segments.map((segment, i) => {
    const next = range.segments[i + 1]
    const end = next ? next.start - 1 : range.end
    return { start: segment.start, end: Math.max(segment.start, trimSpaces(ctx.text, segment.start, end)), x: segment.x }
  })
  const placed: Placed[] = []
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    const units = unitsOf(segment.start, segment.end, ctx, justify && last)
    const natural = units.reduce((w, u) => w + u.width, 0)
    const room = available - segment.x
    let spread = 0
    if (justify && last) {
      const slots = units.reduce((n, u) => n + u.gapLeft + u.gapRight + u.han, 0) - trailingHan(units)
      spread = slots > 0 ? Math.max(0, room - natural) / slots : 0
    }
    const width = spread ? room : natural
    let left: number
    if (segments.length === 1 && !spread) {
      const free = available - width
      const shift = ctx.align === 'center' ? free / 2 : (ctx.align === 'end') === (ctx.dir === 'ltr') ? free : 0
      left = boxLeft + shift
    } else {
      left = ctx.dir === 'ltr' ? boxLeft + segment.x : boxLeft + available - segment.x - width
    }
    let x = left
    for (const unit of units) {
      x += unit.gapLeft * spread
      const characterSpacing = unit.han ? spread : 0
      placed.push({ unit, x, characterSpacing })
      x += unit.width + unit.han * characterSpacing + unit.gapRight * spread
    }
  })
  return boxOf(placed, ctx)
}

function trimSpaces(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === ' ') end--
  return end
}

/** The last glyph of a line needs no space after it. */
function trailingHan(units: readonly Unit[]): number {
  return units.length && units[units.length - 1]!.han ? 1 : 0
}

/** Runs of `[start, end)` in visual order, cut into units (one per word when justifying). */
function unitsOf(start: number, end: number, ctx: LineContext, byWord: boolean): Unit[] {
  const runs: Run[] = []
  const pieceAt = pieceFinder(ctx.pieces)
  for (const i of visualOrder(ctx.text, ctx.levels, start, end)) {
    const piece = pieceAt(i)
    const rtl = (ctx.levels.levels[i]! & 1) === 1
    const run = runs[runs.length - 1]
    if (run && run.piece === piece && run.rtl === rtl && piece.kind === 'text' && (rtl ? i === run.start - 1 : i === run.end)) {
      if (rtl) run.start = i
      else run.end = i + 1
    } else {
      runs.push({ piece, start: i, end: i + 1, rtl })
    }
  }
  const units: Unit[] = []
  for (const run of runs) {
    if (run.piece.kind === 'tab' || run.piece.kind === 'break') continue
    const words = byWord ? splitAtSpaces(ctx.text, run) : [run]
    for (const word of run.rtl ? words.reverse() : words) units.push(unitOf(word, ctx))
  }
  return units
}

/** Logical words of a run, each with the spaces that follow it. */
function splitAtSpaces(text: string, run: Run): Run[] {
  const words: Run[] = []
  let from = run.start
  for (let i = run.start; i < run.end; i++) {
    if (text[i] === ' ' && text[i + 1] !== ' ' && i + 1 < run.end) {
      words.push({ ...run, start: from, end: i + 1 })
      from = i + 1
    }
  }
  words.push({ ...run, start: from, end: run.end })
  return words
}

function unitOf(run: Run, ctx: LineContext): Unit {
  const { piece } = run
  if (piece.kind === 'object') return { run, text: '', shaping: 'chunks', width: piece.span.object!.width, gapLeft: 0, gapRight: 0, han: 0 }
  let chars = Array.from(ctx.text.slice(run.start, run.end))
  if (run.rtl) chars = chars.map(mirrored)
  // fontkit reverses a run whose script is right-to-left and nothing else: reverse the
  // others on right-to-left levels (brackets, European text), and pre-reverse
  // right-to-left-script characters on left-to-right levels (Arabic-Indic digits).
  if (run.rtl !== piece.rtlScript) chars.reverse()
  const text = visible(chars.join(''))
  const shaping: TextItem['shaping'] = piece.rtlScript ? 'run' : 'chunks'
  const width = (shaping === 'run' ? piece.face.runWidth(text) : piece.face.chunkedWidth(text)) * piece.size
  const endsWithSpace = ctx.text[run.end - 1] === ' '
  // Chinese is justified by spacing every glyph of the Han face (CJK punctuation included).
  const han = piece.face.script === 'han' && Array.from(text).some((c) => isHan(c.codePointAt(0)!)) ? Array.from(text).length : 0
  return { run, text, shaping, width, gapLeft: endsWithSpace && run.rtl ? 1 : 0, gapRight: endsWithSpace && !run.rtl ? 1 : 0, han }
}

/** Pieces by index; lines read them in runs, so the last hit is tried first. */
function pieceFinder(pieces: readonly Piece[]): (index: number) => Piece {
  let last = pieces[0]
  return (index) => {
    if (!last || index < last.start || index >= last.end) last = rangeAt(pieces, index)
    return last
  }
}

/** Items of a placed line: highlights first (under the text), text, decorations, links. */
/** The line's characters left to right; a gap wider than a space (a tab) reads as one. */
function lineText(placed: readonly Placed[], text: string): string {
  let out = ''
  let end = -Infinity
  for (const { unit, x } of [...placed].sort((p, q) => p.x - q.x)) {
    if (out && x - end > unit.run.piece.size / 3 && !out.endsWith(' ')) out += ' '
    out += drawnOrder(text, unit.run)
    end = x + unit.width
  }
  return out
}

/** A run's characters in the order its glyphs are drawn, unmirrored. */
function drawnOrder(text: string, run: Run): string {
  if (run.piece.kind !== 'text') return ''
  const chars = Array.from(visible(text.slice(run.start, run.end)))
  return (run.rtl ? chars.reverse() : chars).join('')
}

function boxOf(placed: readonly Placed[], ctx: LineContext): LineBox {
  let ascent = ascentOf(ctx.base.face, ctx.base.size)
  let descent = descentOf(ctx.base.face, ctx.base.size)
  for (const { unit } of placed) {
    const { piece } = unit.run
    if (piece.kind === 'object') ascent = Math.max(ascent, piece.span.object!.height)
    else if (!piece.rise) {
      ascent = Math.max(ascent, ascentOf(piece.face, piece.size))
      descent = Math.max(descent, descentOf(piece.face, piece.size))
    }
  }
  const needsActualText = placed.some(({ unit }) => unit.run.rtl || unit.run.piece.rtlScript)
  const span = needsActualText ? { id: ctx.spanId(), text: lineText(placed, ctx.text) } : undefined
  const under: Item[] = []
  const items: Item[] = []
  const over: Item[] = []
  const links: LinkItem[] = []
  const footnotes: number[] = []
  for (const { unit, x, characterSpacing } of placed) {
    const { piece } = unit.run
    const span0: Span = piece.span
    const style = span0.style
    const tag = span0.tag ?? (span0.link ? ctx.linkTag(span0.link) : ctx.tag)
    const baseline = ascent - piece.rise
    // The spacing after the last glyph is not ink: it does not count in the width.
    const drawn = unit.width + Math.max(0, unit.han - 1) * characterSpacing
    if (span0.footnote !== undefined && !footnotes.includes(span0.footnote)) footnotes.push(span0.footnote)
    if (style.highlight) under.push({ kind: 'rect', rect: { x, y: ascent - ascentOf(piece.face, piece.size), width: drawn, height: ascentOf(piece.face, piece.size) + descentOf(piece.face, piece.size) }, fill: style.highlight })
    if (piece.kind === 'object') {
      const object = span0.object!
      items.push({ kind: 'image', rect: { x, y: ascent - object.height, width: object.width, height: object.height }, src: object.src, tag })
    } else if (unit.text) {
      const item: TextItem = { kind: 'text', x, y: baseline, text: unit.text, face: piece.face.key, size: piece.size, shaping: unit.shaping, width: drawn, tag }
      if (characterSpacing) item.characterSpacing = characterSpacing
      if (style.color) item.color = style.color
      if (span) item.span = span
      items.push(item)
    }
    const thickness = Math.max(0.5, piece.face.underlineThickness * piece.size)
    if (style.underline) {
      const y = baseline + piece.face.underlineOffset * piece.size
      over.push({ kind: 'line', x1: x, y1: y, x2: x + drawn, y2: y, width: thickness, color: style.underline })
    }
    if (style.strike) {
      const y = baseline - 0.3 * piece.size
      over.push({ kind: 'line', x1: x, y1: y, x2: x + drawn, y2: y, width: thickness, color: style.strike })
    }
    if (span0.link) {
      const target = 'url' in span0.link ? { url: span0.link.url } : { destination: span0.link.destination }
      const previous = links[links.length - 1]
      const same = previous && (previous.url ?? previous.destination) === (target.url ?? target.destination) && Math.abs(previous.rect.x + previous.rect.width - x) < 0.5
      if (same) previous.rect.width = x + drawn - previous.rect.x
      else links.push({ kind: 'link', rect: { x, y: 0, width: drawn, height: ascent + descent }, ...target, tag })
    }
  }
  return { height: ascent + descent, ascent, items: [...under, ...items, ...over, ...links], footnotes }
}
