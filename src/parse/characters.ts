// Characters no output can print, and invisible controls that change how text reads. Found
// on the source text before parsing, at their exact line and column.
//
// - Unprintable: NUL and the other C0/C1 controls (tab, line feed and carriage return are
//   text), the Specials block's interlinear annotation marks and U+FFFC (object replacement,
//   left over from pasting an embedded object), noncharacters and unassigned code points.
//   U+FFFD (the replacement character) is printable and stays.
// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible,
//   they can make a sentence display in another order than it reads ("Trojan Source").
//   Arabic text may need them; outside a line with right-to-left letters they are reported.
import type { Point } from 'unist'

export interface CharacterFinding { char: string; kind: 'unprintable' | 'bidi'; point: Point }

/** At most this many of each kind are reported per file: the first ones say what to fix. */
export const characterReportLimit = 20

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unprintable = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFF9-\uFFFC\p{Cn}]/u
const bidi = /[\u202A-\u202E\u2066-\u2069]/
/**
 * Everything but characters of neither kind (assigned, printable, not a bidi control) that
 * make up nearly all of a source in the six languages: ASCII with tab and line ends, Latin,
 * Greek, Cyrillic, Arabic, dashes and quotation marks, CJK punctuation and ideographs, full-
 * width forms. The scan finds these with a simple class and tries the two exact ones only
 * there: `\p{Cn}` alone is some 700 ranges, and scanning every character with it took 80 ms
 * of the six-language bench corpus (4.5 million characters), this 7 ms. A character assigned
 * stays assigned in every later version of Unicode, so these ranges stay clear (a test
 * checks every code point).
 */
const unusual = /[^\t\n\r\x20-\x7E\xA0-\u0377\u0400-\u052F\u0600-\u06FF\u2010-\u2027\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF5E]/g
const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** Every unprintable character and every bidi control outside right-to-left lines, in order. */
export function checkCharacters(source: string): CharacterFinding[] {
  const found: CharacterFinding[] = []
  const counts = { unprintable: 0, bidi: 0 }
  let line = 1
  let lineStart = 0
  let scanned = 0
  let rtlLine: { line: number; isRtl: boolean } | undefined
  for (const match of source.matchAll(unusual)) {
    // The whole character (a pair's low half comes next on its own: no kind of its own).
    const char = String.fromCodePoint(source.codePointAt(match.index)!)
    const kind = unprintable.test(char) ? 'unprintable' : bidi.test(char) ? 'bidi' : undefined
    if (!kind || counts[kind] >= characterReportLimit) continue
    // Advance the line count up to the match (linear overall).
    for (let i = source.indexOf('\n', scanned); i >= 0 && i < match.index; i = source.indexOf('\n', i + 1)) {
      line += 1
      lineStart = i + 1
    }
    scanned = match.index
    if (kind === 'bidi') {
      if (rtlLine?.line !== line) {
        const end = source.indexOf('\n', match.index)
        rtlLine = { line, isRtl: rightToLeft.test(source.slice(lineStart, end < 0 ? source.length : end)) }
      }
      if (rtlLine.isRtl) continue
    }
    counts[kind] += 1
    found.push({ char, kind, point: { line, column: match.index - lineStart + 1, offset: match.index } })
  }
  return found
}

/** "U+FFFC" */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** A short name for the kinds of character reported. */
export function characterName(char: string): string {
  const code = char.codePointAt(0)!
  if (code === 0) return 'NUL'
  if (code < 0x20 || code === 0x7f) return 'a control character'
  if (code >= 0x80 && code <= 0x9f) return 'a C1 control character'
  if (code === 0xfffc) return 'object replacement character'
  if (code >= 0xfff9 && code <= 0xfffb) return 'interlinear annotation mark'
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return 'a noncharacter'
  return 'unassigned in Unicode'
}
