// The Unicode bidirectional algorithm for one paragraph: embedding levels (rules up to I2:
// bidi-levels.ts, or bidi-js for text with explicit embeddings, overrides or boundary
// neutrals), then, per line after line breaking, rules L1 and L2 to get the visual order,
// and the mirrored form of brackets on right-to-left levels. pdfkit has no bidi at all
// (shared/reference/dependency-notes.md §3), so this is where Arabic gets its order.
import bidiModule from 'bidi-js'
import { BidiLevels } from './bidi-levels.js'

// bidi-js ships a UMD main with an ESM-style d.ts: under NodeNext the default import
// type-checks as the module object, while at run time it may be the factory itself.
const bidiFactory: typeof bidiModule.default = (bidiModule as unknown as { default?: typeof bidiModule.default }).default ?? (bidiModule as unknown as typeof bidiModule.default)
const bidi = bidiFactory()
const resolver = new BidiLevels(bidi)

/** Characters with a strong right-to-left type (Hebrew, Arabic and their presentation forms). */
const rtlCharacter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/

export interface Levels {
  /** Base level of the paragraph: 0 left-to-right, 1 right-to-left. */
  base: number
  /** One level per UTF-16 index; all equal to `base` when nothing needs reordering. */
  levels: Uint8Array
  /** False when every level is the base level of a left-to-right paragraph (the fast path). */
  mixed: boolean
}

export function paragraphLevels(text: string, dir: 'ltr' | 'rtl'): Levels {
  const base = dir === 'rtl' ? 1 : 0
  if (base === 0 && !rtlCharacter.test(text)) return { base, levels: new Uint8Array(text.length), mixed: false }
  return { base, levels: resolver.levels(text, base) ?? bidi.getEmbeddingLevels(text, dir).levels, mixed: true }
}

/**
 * The logical indices of `[start, end)` in visual (left-to-right) order, after rule L1
 * (white space at the end of the range goes back to the base level) and rule L2
 * (reverse every run at or above each odd level, highest first).
 */
export function visualOrder(text: string, levels: Levels, start: number, end: number): Int32Array {
  // Typed arrays and index loops: number arrays, Array.from and a swap by destructuring were
  // 84 MB of the 470 MB a warm layout of the Arabic bench corpus allocated.
  const order = new Int32Array(Math.max(0, end - start))
  for (let i = 0; i < order.length; i++) order[i] = start + i
  if (!levels.mixed) return order
  const line = levels.levels.slice(start, end)
  for (let i = line.length - 1; i >= 0 && resolver.trailing(text.charCodeAt(start + i)); i--) line[i] = levels.base
  let max = 0
  let minOdd = Infinity
  for (const level of line) {
    if (level > max) max = level
    if (level & 1 && level < minOdd) minOdd = level
  }
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < line.length; i++) {
      if (line[i]! < level) continue
      let j = i
      while (j + 1 < line.length && line[j + 1]! >= level) j++
      reverse(order, i, j)
      reverse(line, i, j)
      i = j
    }
  }
  return order
}

function reverse(values: Int32Array | Uint8Array, from: number, to: number): void {
  for (let a = from, b = to; a < b; a++, b--) {
    const swap = values[a]!
    values[a] = values[b]!
    values[b] = swap
  }
}

/** The level of one index after rule L1 does not matter for drawing; the resolved level does. */
export function isRtl(levels: Levels, index: number): boolean {
  return (levels.levels[index]! & 1) === 1
}

/** The mirrored form of a character on a right-to-left level ("(" → ")"), or the character itself. */
export function mirrored(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char
}

// Mirrored forms by UTF-16 code unit (0: not asked yet). Every mirrored pair of Unicode is
// in the Basic Multilingual Plane (test/unit/layout/units.test.ts checks all code points),
// so a code unit, a surrogate half included, mirrors exactly as its character does.
const mirrors = new Uint16Array(0x10000)

/** `mirrored` for one UTF-16 code unit, without a string per character. */
export function mirroredUnit(code: number): number {
  let known = mirrors[code]!
  if (known === 0) mirrors[code] = known = mirrored(String.fromCharCode(code)).charCodeAt(0)
  return known
}
