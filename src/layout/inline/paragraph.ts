// A paragraph from styled text to lines: pieces (faces), bidi levels, line breaking with
// the paragraph's indents and tab stops, then each line placed and aligned.
import type { LayoutProblem } from '../frame.js'
import type { Face } from '../fonts/face.js'
import type { FontBook } from '../fonts/select.js'
import { defaultTabInterval, tabStops } from '../styles.js'
import type { StructBuilder } from '../struct.js'
import { paragraphLevels } from './bidi.js'
import type { Hyphenator } from './hyphenate.js'
import { breakLines, longestAtom, minimumWidths, type LineGeometry } from './lines.js'
import { makePieces } from './pieces.js'
import { placeLine, type Alignment, type LineBox } from './place.js'
import { visible } from '../fonts/select.js'
import { rangeFinder, type LinkTarget, type StyledText } from './styled.js'

export interface ParagraphFormat {
  align: Alignment
  dir: 'ltr' | 'rtl'
  columnWidth: number
  /** Start indent, first-line offset from it (negative: hanging), end indent. */
  indent: number
  firstLine: number
  endIndent: number
  /** Face and size of an empty line. */
  base: { face: Face; size: number }
  /** Structure element the text belongs to. */
  tag: number
}

/** The document-wide services inline layout uses. */
export interface InlineKit {
  book: FontBook
  problems: LayoutProblem[]
  struct: StructBuilder
  /** Where words too wide for their line may be hyphenated (by the document's language). */
  hyphenate?: Hyphenator
}

const epsilon = 0.01

export function lineGeometry(format: Pick<ParagraphFormat, 'columnWidth' | 'indent' | 'firstLine' | 'endIndent'>): LineGeometry {
  const first = (index: number) => (index === 0 ? format.firstLine : 0)
  return {
    width: (index) => Math.max(1, format.columnWidth - format.indent - format.endIndent - first(index)),
    offset: (index) => format.indent + first(index),
    nextTab(index, x) {
      // A hanging indent is a tab stop on the first line (the "a)<tab>" of enumlev styles).
      if (index === 0 && format.firstLine < 0 && x < format.indent - epsilon) return format.indent
      const stop = tabStops.find((t) => t > x + epsilon)
      return stop ?? (Math.floor(x / defaultTabInterval) + 1) * defaultTabInterval
    },
  }
}

export function layoutParagraph(styled: StyledText, format: ParagraphFormat, kit: InlineKit): LineBox[] {
  const pieces = styled.text ? makePieces(styled, kit.book, kit.problems) : []
  const levels = paragraphLevels(styled.text, format.dir)
  const geometry = lineGeometry(format)
  const lines = breakLines(styled.text, pieces, geometry, kit.hyphenate)
  const linkTags = new Map<LinkTarget, number>()
  const context = {
    text: styled.text,
    pieces,
    levels,
    dir: format.dir,
    align: format.align,
    columnWidth: format.columnWidth,
    width: geometry.width,
    offset: geometry.offset,
    base: format.base,
    tag: format.tag,
    linkTag(target: LinkTarget): number {
      let tag = linkTags.get(target)
      if (tag === undefined) {
        tag = kit.struct.add('Link', format.tag)
        linkTags.set(target, tag)
      }
      return tag
    },
  }
  if (levels.mixed) attachActualText(styled, format.tag, kit.struct)
  return lines.map((range, index) => placeLine(range, index, context))
}

/**
 * The narrowest column the paragraph fits in without breaking a word (`word`) or with
 * hyphenation only (`fragment`), indents included (table column widths).
 */
export function paragraphMinimum(styled: StyledText, format: Pick<ParagraphFormat, 'indent' | 'endIndent'>, kit: InlineKit): { word: number; fragment: number } {
  const pieces = styled.text ? makePieces(styled, kit.book, kit.problems) : []
  const widths = minimumWidths(styled.text, pieces, kit.hyphenate)
  const indents = Math.max(0, format.indent) + Math.max(0, format.endIndent)
  return { word: widths.word + indents, fragment: widths.fragment + indents }
}

/** Characters of narrowLatinRanges only (fonts/face.ts). */
const narrowLatin = /^[\x20-\x7e\u00c0-\u017f]*$/
/** Ems per character of the bound beyond the widest glyph: room for pair kerning (at most
 *  0.095 em between these characters in the shipped Tinos faces). */
const kerningRoom = 0.1

/**
 * An upper bound of paragraphMinimum's `word` and `fragment` without shaping (a hyphenated
 * fragment has fewer characters than its word, the hyphen included): the longest word's
 * characters at the widest advance of their faces, plus `kerningRoom`. Infinity unless every
 * character is one of `narrowLatin`, set in a Latin face.
 */
export function paragraphBound(styled: StyledText, format: Pick<ParagraphFormat, 'indent' | 'endIndent'>, book: FontBook): { word: number; fragment: number } {
  const { text, spans } = styled
  const unbounded = { word: Infinity, fragment: Infinity }
  if (!narrowLatin.test(text)) return unbounded
  const spanAt = rangeFinder(spans)
  const faces = book.assign(text, (i) => spanAt(i).style)
  let widest = 0
  for (let i = 0; i < text.length; i++) {
    const face = faces[i]
    if (!face) continue
    if (face.script !== 'latin') return unbounded
    widest = Math.max(widest, face.widestNarrowLatin)
  }
  const size = Math.max(0, ...spans.map((span) => span.style.size))
  const word = longestAtom(text) * size * (widest + kerningRoom) + Math.max(0, format.indent) + Math.max(0, format.endIndent)
  return { word, fragment: word }
}

/**
 * Right-to-left text: the structure element gets its logical text, which readers of the
 * tags use instead of the glyphs (Naskh shares glyphs between letters). Runs tagged on
 * their own (a list label) give their element their own text; links stay inside the text
 * of their paragraph, which replaces theirs.
 */
function attachActualText(styled: StyledText, tag: number, struct: StructBuilder): void {
  const texts = new Map<number, string>()
  for (const span of styled.spans) {
    const owner = span.tag ?? tag
    texts.set(owner, (texts.get(owner) ?? '') + styled.text.slice(span.start, span.end))
  }
  for (const [owner, text] of texts) {
    const node = struct.nodes[owner]!
    const clean = visible(text).replace(/[\t\n\ufffc]/g, ' ').replace(/ +/g, ' ').trim()
    node.actualText = node.actualText ? `${node.actualText} ${clean}` : clean
  }
}
