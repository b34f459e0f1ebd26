// Styled text: a paragraph's inline nodes flattened into one logical string plus spans
// that say how each stretch is set (face style, size, colour, decorations) and what it
// is (a link, a footnote mark, an inline image). Line breaking, bidi and drawing all
// work on this one string, so indices mean the same thing everywhere.
import type { Position } from 'unist'
import { rangeIndexAt } from '../../model/ranges.js'

export interface RunStyle {
  bold: boolean
  italic: boolean
  /** Font size in points. */
  size: number
  /** Text colour (#rrggbb); black when absent. */
  color?: string
  /** Underline colour (insertions, links). */
  underline?: string
  /** Strike-through colour (deletions, GFM strikethrough). */
  strike?: string
  /** Background colour (highlights, review comments). */
  highlight?: string
  /** Raised and smaller (footnote marks). */
  superscript?: boolean
  /** Right-to-left script set this much larger than the style's default (headings). */
  complexScale?: number
}

/** Where a span points to: a URL or a named destination in the document. */
export type LinkTarget = { url: string } | { destination: string }

/** An inline image, set as one object character (U+FFFC). */
export interface InlineObject { src: string; width: number; height: number }

export interface Span {
  start: number
  end: number
  style: RunStyle
  /** Source of the text (for findings); `original` is the node's value before whitespace folding. */
  source?: { position: Position; original: string }
  link?: LinkTarget
  /** The footnote's id, on the mark of a footnote reference (numbers restart in each document of a publication). */
  footnote?: string
  /** Structure element of this stretch when it is not the paragraph's (a list label: Lbl). */
  tag?: number
  object?: InlineObject
}

export interface StyledText {
  text: string
  spans: Span[]
}

/** The placeholder characters layout puts into the logical string. */
export const TAB = '\t'
export const BREAK = '\n'
export const OBJECT = '\ufffc'

/** Builds a StyledText: a style stack plus append operations. */
export class TextBuilder {
  // The text as pieces and their length: appending to one string and asking it endsWith()
  // flattens it each time, quadratic in a 4 MB code block of short lines.
  private readonly pieces: string[] = []
  private length = 0
  private readonly spans: Span[] = []
  private readonly styles: RunStyle[]
  private readonly links: LinkTarget[] = []
  private readonly tags: number[] = []

  constructor(base: RunStyle) {
    this.styles = [base]
  }

  get style(): RunStyle {
    return this.styles[this.styles.length - 1]!
  }

  /** Run `body` with the style changed by `change`. */
  styled(change: Partial<RunStyle>, body: () => void): void {
    this.styles.push({ ...this.style, ...change })
    body()
    this.styles.pop()
  }

  /** Run `body` inside a link. */
  linked(target: LinkTarget, body: () => void): void {
    this.links.push(target)
    body()
    this.links.pop()
  }

  /** Run `body` with its text tagged as its own structure element. */
  tagged(tag: number, body: () => void): void {
    this.tags.push(tag)
    body()
    this.tags.pop()
  }

  /**
   * Append text. Markdown soft breaks and runs of white space become one space, as a
   * browser or Word would show them; space at a paragraph's start is dropped.
   */
  append(value: string, position?: Position, options: { preserve?: boolean } = {}): void {
    let text = options.preserve ? value : value.replace(/[ \t\r\n]+/g, ' ')
    if (!options.preserve && (this.length === 0 || this.endsWith(' ') || this.endsWith(BREAK))) text = text.replace(/^ /, '')
    if (!text) return
    this.push(text, {}, position ? { position, original: value } : undefined)
  }

  /** A tab stop, a forced line break or an inline object. */
  placeholder(char: typeof TAB | typeof BREAK, position?: Position): void {
    if (char === BREAK) this.trimEnd()
    this.push(char, {}, position ? { position, original: char } : undefined)
  }

  object(object: InlineObject, position?: Position): void {
    this.push(OBJECT, { object }, position ? { position, original: OBJECT } : undefined)
  }

  /** A footnote mark: its number, raised; `id` says which footnote it is. */
  footnoteMark(number: number, id: string, position?: Position): void {
    this.styled({ superscript: true }, () => this.push(String(number), { footnote: id }, position ? { position, original: String(number) } : undefined))
  }

  finish(): StyledText {
    this.trimEnd()
    return { text: this.pieces.join(''), spans: this.spans }
  }

  /** Whether the text so far ends with `suffix` (one character). */
  private endsWith(suffix: string): boolean {
    return this.pieces.length > 0 && this.pieces[this.pieces.length - 1]!.endsWith(suffix)
  }

  private trimEnd(): void {
    while (this.endsWith(' ')) {
      const piece = this.pieces.pop()!.slice(0, -1)
      if (piece) this.pieces.push(piece)
      this.length -= 1
      const last = this.spans[this.spans.length - 1]!
      last.end -= 1
      if (last.end === last.start) this.spans.pop()
    }
  }

  private push(text: string, extra: Partial<Span>, source: Span['source']): void {
    const start = this.length
    if (text) this.pieces.push(text)
    this.length += text.length
    const link = this.links[this.links.length - 1]
    const tag = this.tags[this.tags.length - 1]
    const span: Span = { start, end: this.length, style: this.style, ...extra }
    if (link) span.link = link
    if (tag !== undefined) span.tag = tag
    if (source) span.source = source
    this.spans.push(span)
  }
}

/** In a sorted, contiguous list of ranges, the one covering `index` (binary search). */
export function rangeAt<T extends { start: number }>(ranges: readonly T[], index: number): T {
  return ranges[rangeIndexAt(ranges, index)]!
}

/**
 * `rangeAt` for callers that ask in runs of increasing indices (characters of a paragraph):
 * the last hit is tried first.
 */
export function rangeFinder<T extends { start: number; end: number }>(ranges: readonly T[]): (index: number) => T {
  let last = ranges[0]
  return (index) => {
    if (!last || index < last.start || index >= last.end) last = rangeAt(ranges, index)
    return last
  }
}
