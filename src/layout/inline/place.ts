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

/**
 * The units of the line being placed, where each goes: where its text starts, its drawn
 * width, how its glyphs stretch. Columns kept from one line to the next (a line is placed
 * and boxed before the next begins): an object per unit was 10 MB of the 483 MB the
 * English bench corpus allocates as PDF.
 */
class Placed {
  count = 0
  readonly units: Unit[] = []
  x: Float64Array = new Float64Array(64)
  width: Float64Array = new Float64Array(64)
  characterSpacing: Float64Array = new Float64Array(64)

  push(unit: Unit, x: number, width: number, characterSpacing: number): void {
    if (this.count === this.x.length) this.grow()
    this.units[this.count] = unit
    this.x[this.count] = x
    this.width[this.count] = width
    this.characterSpacing[this.count++] = characterSpacing
  }

  private grow(): void {
    this.x = larger(this.x)
    this.width = larger(this.width)
    this.characterSpacing = larger(this.characterSpacing)
  }
}

const placed = new Placed()

function larger(values: Float64Array): Float64Array {
  const copy = new Float64Array(values.length * 2)
  copy.set(values)
  return copy
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
  const segments = range.segments
  placed.count = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const next = segments[i + 1]
    const last = !next
    const end = Math.max(segment.start, trimSpaces(ctx.text, segment.start, next ? next.start - 1 : range.end))
    const units = unitsOf(segment.start, end, ctx, justify && last)
    if (last && range.hyphen) addHyphen(units, range.end)
    let natural = 0
    for (const unit of units) natural += unit.width
    const room = available - segment.x
    let spread = 0
    if (justify && last) {
      let slots = 0
      for (const unit of units) slots += slotsOf(unit)
      slots -= trailingHan(units)
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
      placed.push(unit, x, unit.width + Math.max(0, unit.han - 1) * characterSpacing, characterSpacing)
      x += unit.width + unit.han * characterSpacing + unit.gapRight * spread
    }
  }
  // A line that wraps at a space keeps that space, invisible past the margin, so text read
  // from the glyphs (tags, copying) does not run the last word into the next line's first.
  const end = placed.units[placed.count - 1]
  if (!range.hard && ctx.dir === 'ltr' && end && !end.run.rtl && end.shaping === 'chunks' && ctx.text[range.end] === ' ' && end.text) {
    placed.units[placed.count - 1] = { ...end, text: `${end.text} ` }
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

function boxOf(placed: Placed, ctx: LineContext): LineBox {
  let ascent = ascentOf(ctx.base.face, ctx.base.size)
  let descent = descentOf(ctx.base.face, ctx.base.size)
  for (let u = 0; u < placed.count; u++) {
    const { piece } = placed.units[u]!.run
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
  for (let u = 0; u < placed.count; u++) {
    const unit = placed.units[u]!
    const x = placed.x[u]!
    const drawn = placed.width[u]!
    const characterSpacing = placed.characterSpacing[u]!
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
