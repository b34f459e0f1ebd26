// Cutting typed text out of a paragraph's spans: the label before a tab ("a)<tab>"), the
// clause number of a heading, "NOTE – ", "Source: ", the number line of an annex heading.
import type { Span } from './word.js'

/** Characters a span contributes to `spanText` (tabs and breaks count one). */
function length(span: Span): number {
  switch (span.type) {
    case 'text': return span.value.length
    case 'tab': case 'break': return 1
    case 'link': case 'xref': case 'ins': return span.children.reduce((n, s) => n + length(s), 0)
    case 'unsupported': return span.text.length
    default: return 0
  }
}

/** Drop the first `count` characters (as spanText counts them); bookmarks and notes are kept. */
export function dropChars(spans: readonly Span[], count: number): Span[] {
  const out: Span[] = []
  let left = count
  for (const span of spans) {
    if (left <= 0) { out.push(span); continue }
    const size = length(span)
    if (size === 0) { if (span.type !== 'del') out.push(span); continue }
    if (size <= left) { left -= size; continue }
    if (span.type === 'text') out.push({ ...span, value: span.value.slice(left) })
    else if (span.type === 'link' || span.type === 'xref' || span.type === 'ins') out.push({ ...span, children: dropChars(span.children, left) })
    else if (span.type === 'unsupported') out.push({ ...span, text: span.text.slice(left) })
    left = 0
  }
  return out
}

/** Drop leading whitespace and tabs. */
export function trimStart(spans: readonly Span[]): Span[] {
  let i = 0
  const out = [...spans]
  while (i < out.length) {
    const span = out[i]!
    if (span.type === 'tab' || (span.type === 'text' && !span.value.trim())) { out.splice(i, 1); continue }
    if (span.type === 'text') { out[i] = { ...span, value: span.value.replace(/^\s+/, '') }; break }
    if (span.type === 'bookmark' || span.type === 'comment') { i++; continue }
    break
  }
  return out
}

export function trimEnd(spans: readonly Span[]): Span[] {
  const out = [...spans]
  while (out.length) {
    const span = out[out.length - 1]!
    if (span.type === 'tab' || span.type === 'break' || (span.type === 'text' && !span.value.trim())) { out.pop(); continue }
    if (span.type === 'text') out[out.length - 1] = { ...span, value: span.value.replace(/\s+$/, '') }
    break
  }
  return out
}

/** Split at line breaks (an annex number line, then its title). */
export function splitLines(spans: readonly Span[]): Span[][] {
  const lines: Span[][] = [[]]
  for (const span of spans) {
    if (span.type === 'break') lines.push([])
    else lines[lines.length - 1]!.push(span)
  }
  return lines
}

/** Bookmarks named in spans (to give the element an id). */
export function bookmarksIn(spans: readonly Span[]): string[] {
  return spans.flatMap((span) => (span.type === 'bookmark' ? [span.name] : span.type === 'ins' || span.type === 'link' ? bookmarksIn(span.children) : []))
}

/** Images in spans. */
export function imagesIn(spans: readonly Span[]): Array<Extract<Span, { type: 'image' }>> {
  return spans.flatMap((span) => (span.type === 'image' ? [span] : span.type === 'ins' || span.type === 'link' ? imagesIn(span.children) : []))
}

export function withoutImages(spans: readonly Span[]): Span[] {
  return spans.filter((span) => span.type !== 'image')
}

export function plain(text: string): Span[] {
  return text ? [{ type: 'text', value: text, marks: {} }] : []
}

/** Every character of text is bold (a heading or a title typed with direct bold). */
export function isBold(spans: readonly Span[]): boolean {
  const texts = spans.filter((s): s is Extract<Span, { type: 'text' }> => s.type === 'text' && s.value.trim() !== '')
  return texts.length > 0 && texts.every((s) => s.marks.bold)
}

/** Bold removed: headings and titles are bold by their style, not by emphasis. */
export function unbold(spans: readonly Span[]): Span[] {
  return spans.map((span) => (span.type === 'text' && span.marks.bold ? { ...span, marks: { ...span.marks, bold: false } } : span))
}
