// The source text with its line table, and the one way out of the fast parser.
import type { Point, Position } from 'unist'
import { linesOf, rangeIndexAt } from '../../model/ranges.js'

/**
 * Thrown the moment the fast parser meets anything it does not reproduce with certainty;
 * `fastParse` catches it and the caller falls back to micromark. An exception rather than
 * `undefined` threaded through every function: bailing is rare and may happen deep inside.
 */
export class Unsupported extends Error {}

export function bail(why: string): never {
  throw new Unsupported(why)
}

/** One line of the source: [start, end) excludes the "\n". */
export interface Line { start: number; end: number }

export class Source {
  readonly lines: Line[]

  constructor(readonly text: string) {
    this.lines = linesOf(text)
  }

  /** The line of the last point asked for: points are mostly asked for in source order. */
  private hint = 0

  /** unist point of an offset; columns count UTF-16 units, as micromark's do. */
  point(offset: number): Point {
    const lines = this.lines
    const hint = lines[this.hint]!
    if (hint.start <= offset && offset <= hint.end) return { line: this.hint + 1, column: offset - hint.start + 1, offset }
    const low = rangeIndexAt(lines, offset)
    this.hint = low
    return { line: low + 1, column: offset - lines[low]!.start + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}
