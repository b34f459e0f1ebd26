// Placing one broken line: its tab segments at their stops, each segment's units (units.ts)
// aligned or justified — the gaps after words stretched, every glyph spaced in Chinese —
// then the items: text, highlights, decorations, links.
import type { Item, LinkItem, TextItem } from '../frame.js'
import type { Face } from '../fonts/face.js'
import { lineFactor } from '../styles.js'
import type { Levels } from './bidi.js'
import type { LineRange } from './lines.js'
import type { Piece } from './pieces.js'
import type { LinkTarget, Span } from './styled.js'
import { slotsOf, unitsOf, type Unit } from './units.js'

export type Alignment = 'start' | 'center' | 'end' | 'justify'

/** A laid-out line: items relative to the column's left edge and the line's top. */
export interface LineBox {
  height: number
  /** Baseline distance from the line's top. */
  ascent: number
  items: Item[]
  /** Ids of the footnotes referenced on this line. */
  footnotes: string[]
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
}

/** A unit where it goes: where its text starts, its drawn width, how its glyphs stretch. */
interface Placed { unit: Unit; x: number; width: number; characterSpacing: number }

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
    if (last && range.hyphen) addHyphen(units, range.end)
    const natural = units.reduce((w, u) => w + u.width, 0)
    const room = available - segment.x
    let spread = 0
    if (justify && last) {
      const slots = units.reduce((n, u) => n + slotsOf(u), 0) - trailingHan(units)
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
      // The spacing after the last glyph is not ink: it does not count in the width.
      placed.push({ unit, x, width: unit.width + Math.max(0, unit.han - 1) * characterSpacing, characterSpacing })
      x += unit.width + unit.han * characterSpacing + unit.gapRight * spread
    }
  })
  // A line that wraps at a space keeps that space, invisible past the margin, so text read
  // from the glyphs (tags, copying) does not run the last word into the next line's first.
  const end = placed[placed.length - 1]
  if (!range.hard && ctx.dir === 'ltr' && end && !end.unit.run.rtl && end.unit.shaping === 'chunks' && ctx.text[range.end] === ' ' && end.unit.text) {
    placed[placed.length - 1] = { ...end, unit: { ...end.unit, text: `${end.unit.text} ` } }
  }
  return boxOf(placed, ctx)
}

/** A line ending inside a hyphenated word: its last unit (the word's first part) takes a hyphen. */
function addHyphen(units: Unit[], end: number): void {
  const index = units.findIndex((u) => u.run.start < end && end <= u.run.end && !u.run.rtl && u.run.piece.kind === 'text')
  const unit = units[index]
  if (!unit) return
  const { piece } = unit.run
  units[index] = { ...unit, text: `${unit.text}-`, width: unit.width + piece.face.chunkedWidth('-') * piece.size }
}

function trimSpaces(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === ' ') end--
  return end
}

/** The last glyph of a line needs no space after it. */
function trailingHan(units: readonly Unit[]): number {
  return units.length && units[units.length - 1]!.han ? 1 : 0
}

/** Items of a placed line: highlights first (under the text), text, decorations, links. */

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
  const under: Item[] = []
  const items: Item[] = []
  const over: Item[] = []
  const links: LinkItem[] = []
  const footnotes: string[] = []
  for (const { unit, x, width: drawn, characterSpacing } of placed) {
    const { piece } = unit.run
    const span0: Span = piece.span
    const style = span0.style
    const tag = span0.tag ?? (span0.link ? ctx.linkTag(span0.link) : ctx.tag)
    const baseline = ascent - piece.rise
    if (span0.footnote !== undefined && !footnotes.includes(span0.footnote)) footnotes.push(span0.footnote)
    if (style.highlight) under.push({ kind: 'rect', rect: { x, y: ascent - ascentOf(piece.face, piece.size), width: drawn, height: ascentOf(piece.face, piece.size) + descentOf(piece.face, piece.size) }, fill: style.highlight })
    if (piece.kind === 'object') {
      const object = span0.object!
      items.push({ kind: 'image', rect: { x, y: ascent - object.height, width: object.width, height: object.height }, src: object.src, tag })
    } else if (unit.text) {
      const item: TextItem = { kind: 'text', x, y: baseline, text: unit.text, face: piece.face.key, size: piece.size, shaping: unit.shaping, width: drawn, tag }
      if (characterSpacing) item.characterSpacing = characterSpacing
      if (style.color) item.color = style.color
      if (unit.run.rtl) item.mirrored = true
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
  // Most lines are text alone: their items need no second array.
  const all = under.length || over.length || links.length ? [...under, ...items, ...over, ...links] : items
  return { height: ascent + descent, ascent, items: all, footnotes }
}
