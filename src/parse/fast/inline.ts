// Phrasing content: code spans, escapes, hard breaks, inline links and images, `<scheme:…>`
// autolinks, GFM autolink literals (autolink.ts) and footnote calls, text directives, and
// emphasis/strong by CommonMark's delimiter-run algorithm exactly as micromark resolves it
// (core-commonmark/lib/attention.js: every closer walks back to the nearest matching opener,
// the rule of three on the *remaining* run sizes).
import type { Link, PhrasingContent, Text } from 'mdast'
import { autolinkAt, autolinkCandidates, mayBeLinkedLater, type Autolink } from './autolink.js'
import { classify, isAsciiPunctuation } from './characters.js'
import { nameEnd, parseAttributes } from './directive.js'
import { bail, type Source } from './source.js'

/** A stretch of source forming one line of inline content: [start, end). */
export interface Segment { start: number; end: number }

export interface InlineContext {
  source: Source
  /** Whether a footnote call at `offset`, read in micromark's pass `pass`, has a definition. */
  isFootnoteDefined(identifier: string, offset: number, pass: number): boolean
}

interface TextItem { kind: 'text'; value: string; start: number; end: number }
interface NodeItem { kind: 'node'; node: PhrasingContent }
interface Delimiter {
  kind: 'delim'
  marker: number
  /** Remaining run, in the source: [start, end). */
  start: number
  end: number
  open: boolean
  close: boolean
}
/** An opening "[" or "![": its index in the items and its source offset. */
interface Bracket { index: number; start: number; image: boolean; active: boolean }
type Item = TextItem | NodeItem | Delimiter

// HTML, character references, strikethrough and references are not handled here: "<", "&"
// and "~" are declined where they may start one, as a URL may hold them.
/** What may be a character reference: micromark reads names of up to 31 characters. */
const characterReference = /^&(?:#|[\dA-Za-z]{1,31};)/
/** Text that may hold an autolink literal: the only text that pays for looking for one. */
const literalHint = /@|www|http/i
/** A scheme of 2 to 32 characters, then anything but controls, spaces and "<" up to ">". */
const angleUrl = /^<([A-Za-z][+\-.\dA-Za-z]{1,31}:[^\0-\x20<>\x7f]*)>/
/** ASCII atext, "@", dot-separated labels of at most 63 letters, digits and inner dashes. */
const angleEmail = /^<([#-'*+\--9=?A-Z^-~]+@[\dA-Za-z](?:[-\dA-Za-z]{0,61}[\dA-Za-z])?(?:\.[\dA-Za-z](?:[-\dA-Za-z]{0,61}[\dA-Za-z])?)*)>/
// A tab inside a line is plain text; next to a line's edge it would be stripped (or count
// towards a hard break), which is not reproduced here.
const tabAtEdge = /\t[\n ]|[\n ]\t|^\t|\t$/
const special = /[\\`*_[\]!:\n&~<]/g

/**
 * The inline content of the segments, joined by line endings (a paragraph's lines, or one
 * segment for a heading, cell or label). Offsets map back to the source per segment.
 */
export function parseInline(ctx: InlineContext, segments: Segment[], pass: number): PhrasingContent[] {
  return new InlineParser(ctx, segments, pass).run()
}

class InlineParser {
  private readonly text: string
  /** Start of each segment in `text`, for mapping back to the source. */
  private readonly starts: number[] = []
  /** Inline items in order; emphasis resolution leaves holes where its groups' contents were. */
  private readonly items: Array<Item | undefined> = []
  private readonly brackets: Bracket[] = []
  private readonly sourceText: string
  private readonly mayHoldLiterals: boolean
  /** Where autolink literals may start (autolinkCandidates), and the next one not yet passed. */
  private readonly candidates: number[]
  private candidate = 0

  constructor(private readonly ctx: InlineContext, private readonly segments: Segment[], private readonly pass: number) {
    this.sourceText = ctx.source.text
    let length = 0
    const parts: string[] = []
    for (const segment of segments) {
      this.starts.push(length)
      parts.push(this.sourceText.slice(segment.start, segment.end))
      length += segment.end - segment.start + 1
    }
    this.text = parts.join('\n')
    if (this.text.includes('\t') && tabAtEdge.test(this.text)) bail('tab at a line edge')
    this.mayHoldLiterals = literalHint.test(this.text)
    this.candidates = this.mayHoldLiterals ? autolinkCandidates(this.text) : []
  }

  /** Source offset of an index in `text` (a joining "\n" maps to its line's end). */
  private at(index: number): number {
    // Binary search: a paragraph may have thousands of lines.
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= index) low = mid
      else high = mid - 1
    }
    return this.segments[low]!.start + index - starts[low]!
  }

  private pushText(value: string, start: number, end: number): void {
    this.items.push({ kind: 'text', value, start, end })
  }

  run(): PhrasingContent[] {
    const text = this.text
    let i = 0
    while (i < text.length) {
      special.lastIndex = i
      const found = special.exec(text)
      const next = found ? found.index : text.length
      if (next > i) {
        const link = this.autolinkIn(i, next)
        const end = link ? link.start : next
        if (end > i) this.pushText(text.slice(i, end), this.at(i), this.at(i) + end - i)
        i = link ? this.pushAutolink(link) : next
        continue
      }
      i = this.special(i)
    }
    this.trimTrailingSpaces(text.length, false)
    this.resolveEmphasis(0)
    const nodes = this.toNodes(0, this.items.length)
    if (this.mayHoldLiterals && nodes.some(holdsUnlinkedLiteral)) bail('autolink literal left to the transform')
    return nodes
  }

  /**
   * The first autolink literal starting in [from, to), plain text micromark reads character
   * by character, trying the literals' constructs wherever their "previous" rule allows.
   */
  private autolinkIn(from: number, to: number): Autolink | undefined {
    const candidates = this.candidates
    while (this.candidate < candidates.length && candidates[this.candidate]! < from) this.candidate++
    // No literal starts after a "[" still open (micromark's previousUnbalanced).
    if (this.brackets.length > 0) return undefined
    for (let k = this.candidate; k < candidates.length && candidates[k]! < to; k++) {
      const link = autolinkAt(this.text, candidates[k]!)
      if (link) return link
    }
    return undefined
  }

  /** `<scheme:…>` or `<address@domain>` (core-commonmark/lib/autolink.js); a "<" that may start HTML bails. */
  private angleAutolink(i: number): number {
    const after = this.text.slice(i, i + 2048)
    const url = angleUrl.exec(after)
    const match = url ?? angleEmail.exec(after)
    if (!match) {
      // "!", "/", "?", letters may start HTML (core-commonmark/lib/html-text.js), atext an
      // e-mail autolink; before anything else "<" is text.
      if (/[!#-'*+\--9=?A-Z^-~]/.test(this.text[i + 1] ?? '')) bail('HTML or autolink')
      this.pushText('<', this.at(i), this.at(i) + 1)
      return i + 1
    }
    const value = match[1]!
    return this.pushLink(i, i + match[0].length, url ? value : `mailto:${value}`, 1)
  }

  /** The link node of a literal; returns the index after it. */
  private pushAutolink(link: Autolink): number {
    return this.pushLink(link.start, link.end, link.url, 0)
  }

  /**
   * An autolink over text[start, end) (never across a line ending), whose text is its source
   * inside `marker` characters ("<", ">") at either end; returns `end`.
   */
  private pushLink(start: number, end: number, url: string, marker: number): number {
    const from = this.at(start)
    const to = from + end - start
    const value = this.text.slice(start + marker, end - marker)
    const node: Link = {
      type: 'link', title: null, url, children: [{ type: 'text', value, position: this.ctx.source.position(from + marker, to - marker) }],
      position: this.ctx.source.position(from, to),
    }
    this.items.push({ kind: 'node', node })
    return end
  }

  /** Handle the special character at `i`; returns the index after what it consumed. */
  private special(i: number): number {
    const text = this.text
    const char = text[i]!
    switch (char) {
      case '\\': {
        const next = text.charCodeAt(i + 1)
        if (text[i + 1] === '\n') {
          this.items.push({ kind: 'node', node: { type: 'break', position: this.ctx.source.position(this.at(i), this.at(i + 1) + 1) } })
          return i + 2
        }
        if (isAsciiPunctuation(next)) {
          this.pushText(text[i + 1]!, this.at(i), this.at(i) + 2)
          return i + 2
        }
        this.pushText('\\', this.at(i), this.at(i) + 1)
        return i + 1
      }
      case '`':
        return this.codeSpan(i)
      case '_': {
        // An e-mail address may start with "_": micromark tries it before emphasis.
        const link = this.autolinkIn(i, i + 1)
        return link ? this.pushAutolink(link) : this.delimiterRun(i)
      }
      case '*':
        return this.delimiterRun(i)
      case '&':
        // "&name;", "&#…;": character references are not decoded here ("R&D" is text).
        if (characterReference.test(text.slice(i, i + 34))) bail('character reference')
        this.pushText('&', this.at(i), this.at(i) + 1)
        return i + 1
      case '~':
        return bail('strikethrough')
      case '<':
        return this.angleAutolink(i)
      case '!':
        // micromark turns "![^1]" into "!" and a call when the note is defined: not modelled.
        if (text[i + 1] === '[' && text[i + 2] === '^') bail('image or footnote call')
        if (text[i + 1] === '[') {
          this.openBracket(i, true)
          return i + 2
        }
        this.pushText('!', this.at(i), this.at(i) + 1)
        return i + 1
      case '[':
        if (text[i + 1] === '^') return this.footnoteCall(i)
        this.openBracket(i, false)
        return i + 1
      case ']':
        return this.closeBracket(i)
      case ':':
        return this.textDirective(i)
      default:
        return this.lineEnding(i)
    }
  }

  /** Spaces before a line ending or the end: ≥ 2 before a line ending make a hard break. */
  private trimTrailingSpaces(i: number, lineEnding: boolean): number {
    let spaces = 0
    while (i - spaces > 0 && this.text[i - spaces - 1] === ' ') spaces++
    if (spaces > 0) {
      const last = this.items[this.items.length - 1]
      // Spaces only come from plain text runs, which end exactly here.
      if (last?.kind !== 'text' || last.value.length < spaces || last.end !== this.at(i - 1) + 1) bail('trailing spaces')
      last.value = last.value.slice(0, -spaces)
      last.end -= spaces
      if (last.value === '') this.items.pop()
    }
    return lineEnding ? spaces : 0
  }

  private lineEnding(i: number): number {
    const spaces = this.trimTrailingSpaces(i, true)
    const nl = this.at(i)
    if (spaces >= 2) this.items.push({ kind: 'node', node: { type: 'break', position: this.ctx.source.position(nl - spaces, nl + 1) } })
    else this.pushText('\n', nl, nl + 1)
    return i + 1
  }


  private codeSpan(i: number): number {
    const text = this.text
    let size = 1
    while (text[i + size] === '`') size++
    let search = i + size
    for (;;) {
      const close = text.indexOf('`', search)
      if (close < 0) break
      let closeSize = 1
      while (text[close + closeSize] === '`') closeSize++
      if (closeSize === size) {
        let value = text.slice(i + size, close)
        if (value.includes('\n')) bail('code span across lines')
        if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1)
        this.items.push({ kind: 'node', node: { type: 'inlineCode', value, position: this.ctx.source.position(this.at(i), this.at(close) + size) } })
        return close + size
      }
      search = close + closeSize
    }
    // micromark's search for the closing run went past a line ending and back: the line
    // endings after it then end after the next line's container prefix, which is not modelled.
    if (text.includes('\n', i)) bail('unclosed code span before a line ending')
    this.pushText('`'.repeat(size), this.at(i), this.at(i) + size)
    return i + size
  }

  private delimiterRun(i: number): number {
    const text = this.text
    const marker = text.charCodeAt(i)
    let size = 1
    while (text.charCodeAt(i + size) === marker) size++
    const before = classify(i > 0 ? text.charCodeAt(i - 1) : undefined)
    const after = classify(i + size < text.length ? text.charCodeAt(i + size) : undefined)
    const open = !after || (after === 2 && before !== 0) || false
    const close = !before || (before === 2 && after !== 0) || false
    const start = this.at(i)
    this.items.push({
      kind: 'delim', marker, start, end: start + size,
      open: marker === 42 ? open : open && (before !== 0 || !close),
      close: marker === 42 ? close : close && (after !== 0 || !open),
    })
    return i + size
  }

  private openBracket(i: number, image: boolean): void {
    const length = image ? 2 : 1
    const start = this.at(i)
    this.brackets.push({ index: this.items.length, start, image, active: true })
    this.pushText(image ? '![' : '[', start, start + length)
  }

  private footnoteCall(i: number): number {
    const match = /^\[\^([A-Za-z0-9_-]+)\]/.exec(this.text.slice(i, i + 80))
    if (!match) bail('footnote call label')
    const label = match[1]!
    const identifier = label.toLowerCase()
    if (!this.ctx.isFootnoteDefined(identifier, this.at(i), this.pass)) {
      this.openBracket(i, false)
      return i + 1
    }
    if (this.brackets.length > 0) bail('footnote call inside brackets')
    this.items.push({ kind: 'node', node: { type: 'footnoteReference', identifier, label, position: this.ctx.source.position(this.at(i), this.at(i) + match[0].length) } })
    return i + match[0].length
  }

  private closeBracket(i: number): number {
    const opener = this.brackets.pop()
    if (!opener) {
      this.pushText(']', this.at(i), this.at(i) + 1)
      return i + 1
    }
    if (!opener.active) {
      this.pushText(']', this.at(i), this.at(i) + 1)
      return i + 1
    }
    if (this.text[i + 1] !== '(') {
      // micromark then looks for a reference label "[…]"; when that search crosses a line
      // ending, later line endings end after the next line's container prefix (as with an
      // unclosed code span), which is not modelled.
      if (this.text[i + 1] === '[') {
        const newline = this.text.indexOf('\n', i + 2)
        const close = this.text.indexOf(']', i + 2)
        if (newline >= 0 && (close < 0 || newline < close)) bail('reference label across a line ending')
      }
      this.pushText(']', this.at(i), this.at(i) + 1)
      return i + 1
    }
    const resource = this.resource(i + 1)
    const from = opener.index
    this.resolveEmphasis(from + 1)
    const children = this.toNodes(from + 1, this.items.length)
    const position = this.ctx.source.position(opener.start, this.at(resource.end - 1) + 1)
    const node: PhrasingContent = opener.image
      ? { type: 'image', title: resource.title, url: resource.url, alt: children.map(plainText).join(''), position }
      : { type: 'link', title: resource.title, url: resource.url, children, position }
    // Brackets still open are all before `from`, so their indices stay valid.
    this.items.length = from
    this.items.push({ kind: 'node', node })
    // Links may not contain links: earlier openers become plain text.
    if (!opener.image) for (const bracket of this.brackets) if (!bracket.image) bracket.active = false
    return resource.end
  }

  /** `(destination "title")` at `i` (the "("); anything unusual bails. */
  private resource(i: number): { url: string; title: string | null; end: number } {
    const text = this.text
    let j = i + 1
    while (text[j] === ' ') j++
    const destStart = j
    let depth = 0
    for (; j < text.length; j++) {
      const c = text[j]!
      if (c === '(') depth++
      else if (c === ')') {
        if (depth === 0) break
        depth--
      } else if (c === ' ' || c === '\n' || c === '\\' || c === '<' || c === '&' || text.charCodeAt(j) < 32) break
    }
    const url = text.slice(destStart, j)
    // A destination's character references are decoded, which is not done here.
    if (depth !== 0 || text[j] === '\\' || text[j] === '<' || text[j] === '\n' || text[j] === '&') bail('link destination')
    let title: string | null = null
    if (text[j] === ' ') {
      while (text[j] === ' ') j++
      const quote = text[j]
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, j + 1)
        if (close < 0) bail('link title')
        title = text.slice(j + 1, close)
        if (/[\\\n&]/.test(title)) bail('link title')
        j = close + 1
        while (text[j] === ' ') j++
      } else if (quote !== ')') bail('link title')
    }
    if (text[j] !== ')' || (url === '' && destStart !== i + 1)) bail('link resource')
    return { url, title, end: j + 1 }
  }

  private textDirective(i: number): number {
    const text = this.text
    const previous = this.items[this.items.length - 1]
    // After an unescaped ":" no directive starts (micromark's `previous`).
    const escapedColon = previous?.kind === 'text' && previous.end - previous.start === 2 && previous.value === ':'
    const end = i > 0 && text[i - 1] === ':' && !escapedColon ? -1 : nameEnd(text, i + 1)
    if (end < 0 || text[end] === ':') {
      this.pushText(':', this.at(i), this.at(i) + 1)
      return i + 1
    }
    const name = text.slice(i + 1, end)
    let j = end
    let children: PhrasingContent[] = []
    if (text[j] === '[') {
      const close = text.indexOf(']', j + 1)
      if (close < 0) bail('text directive label')
      const label = text.slice(j + 1, close)
      if (/[[\\\n]/.test(label)) bail('text directive label')
      const start = this.at(j + 1)
      children = label === '' ? [] : parseInline(this.ctx, [{ start, end: start + label.length }], this.pass)
      j = close + 1
    }
    const { attributes, end: afterAttributes } = parseAttributes(text, j)
    j = afterAttributes
    this.items.push({ kind: 'node', node: { type: 'textDirective', name, attributes, children, position: this.ctx.source.position(this.at(i), this.at(j - 1) + 1) } })
    return j
  }

  /** micromark's resolveAllAttention over the items from `from`. */
  private resolveEmphasis(from: number): void {
    const items = this.items
    for (let index = from; index < items.length; index++) {
      const closer = items[index]
      if (closer?.kind !== 'delim' || !closer.close) continue
      for (let open = index - 1; open >= from; open--) {
        const opener = items[open]
        if (opener?.kind !== 'delim' || !opener.open || opener.marker !== closer.marker || opener.end === opener.start) continue
        const openSize = opener.end - opener.start
        const closeSize = closer.end - closer.start
        if ((opener.close || closer.open) && closeSize % 3 && !((openSize + closeSize) % 3)) continue
        const use = openSize > 1 && closeSize > 1 ? 2 : 1
        opener.end -= use
        closer.start += use
        const children = this.toNodes(open + 1, index)
        const node: PhrasingContent = {
          type: use > 1 ? 'strong' : 'emphasis',
          children,
          position: this.ctx.source.position(opener.end, closer.start),
        } as PhrasingContent
        // The group takes the place of its contents (holes rather than a splice, which would
        // make a paragraph with thousands of emphases quadratic).
        items[open + 1] = { kind: 'node', node }
        for (let k = open + 2; k < index; k++) items[k] = undefined
        // The closer is looked at again if any of it remains.
        if (closer.end > closer.start) index--
        break
      }
    }
  }

  /** mdast for items[from, to): leftover runs become text, adjacent text merges. */
  private toNodes(from: number, to: number): PhrasingContent[] {
    const nodes: PhrasingContent[] = []
    let text: { value: string; start: number; end: number } | undefined
    const flush = (): void => {
      if (!text) return
      nodes.push({ type: 'text', value: text.value, position: this.ctx.source.position(text.start, text.end) } satisfies Text)
      text = undefined
    }
    for (let k = from; k < to; k++) {
      const item = this.items[k]
      if (item === undefined) continue
      if (item.kind === 'node') {
        flush()
        nodes.push(item.node)
        continue
      }
      if (item.end === item.start) continue
      const value = item.kind === 'text' ? item.value : String.fromCharCode(item.marker).repeat(item.end - item.start)
      if (text) {
        text.value += value
        text.end = item.end
      } else text = { value, start: item.start, end: item.end }
    }
    flush()
    return nodes
  }
}

/**
 * Whether GFM's transform could find a literal in the text of these nodes (outside links, which
 * it skips, and text directives, whose labels are parsed, and checked, on their own).
 */
function holdsUnlinkedLiteral(node: PhrasingContent): boolean {
  if (node.type === 'text') return mayBeLinkedLater(node.value)
  if (node.type === 'link' || node.type === 'textDirective' || !('children' in node)) return false
  return node.children.some((child) => holdsUnlinkedLiteral(child as PhrasingContent))
}

/** mdast-util-to-string of one node, as an image's alt is made. */
function plainText(node: PhrasingContent): string {
  if ('value' in node) return node.value
  if ('alt' in node) return node.alt ?? ''
  return 'children' in node ? node.children.map((child) => plainText(child as PhrasingContent)).join('') : ''
}
