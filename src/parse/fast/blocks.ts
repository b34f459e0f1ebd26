// Block structure: front matter, ATX headings, paragraphs, lists, block quotes, GFM tables and
// footnote definitions, container and leaf directives. Lines are read once, container by
// container: a container hands its children the "views" of its lines with its own prefix
// (list indent, "> ") removed. Inline content is parsed afterwards (see `inlineJobs`), once
// every footnote definition is known, since a call to an undefined footnote is plain text.
import type { BlockContent, DefinitionContent, FootnoteDefinition, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import { nameEnd, parseAttributes } from './directive.js'
import { parseInline, type InlineContext, type Segment } from './inline.js'
import { bail, Source } from './source.js'

/** A line as a container's content sees it: [start, end) after the container prefixes. */
interface View { line: number; start: number; end: number }

/** A parsed block and the source lines it spans (blank lines after it excluded). */
interface Block { node: RootContent; first: number; last: number }

/** Where a flow is: directives and footnote definitions are only read at the document's own level. */
type FlowKind = 'document' | 'container'

type Marker = { kind: string; width: number; ordered: boolean; start: number }

const blank = /^ *$/
/** First characters of lines that may be something other than paragraph text. */
const blockStart: boolean[] = []
for (const char of ' \t#:>-*+|[`~<=_0123456789') blockStart[char.charCodeAt(0)] = true
const heading = /^(#{1,6})(?: +|$)/
const bullet = /^([-*+])( +)(?=[^ ])/
const ordered = /^(\d{1,9})([.)])( +)(?=[^ ])/
const thematicOrSetext = /^(?:([-*_])(?: *\1){2,} *|=+ *|-+ *)$/
const footnoteLabel = /^\[\^([A-Za-z0-9_-]+)\]: +(?=[^ ])/
const fenceLine = /^:{3,}/
const bareFence = /^(:{3,}) *$/
/** Starts of blocks this parser does not read: fenced code, HTML, tab indentation, empty list items, a tab after a heading or list marker. */
const unsupportedStart = /^(?:```|~~~|<|\t| *\t|[-*+] *$|\d{1,9}[.)] *$|(?:#{1,6}|[-*+]|\d{1,9}[.)]) *\t)/

export class BlockParser implements InlineContext {
  readonly source: Source
  /**
   * Footnote definitions by identifier, with when micromark learns of them. micromark reads
   * a directive's content one nesting level later than the text around the directive, level
   * by level, in document order within a level (its subtokenize passes): so a definition at
   * directive depth d is known to text of depth ≥ d, and to text of depth d - 1 that comes
   * after the directive's content starts. `pass` is d; `at` is where that content starts.
   */
  private readonly definitions = new Map<string, Array<{ pass: number; at: number }>>()
  /** The directive depth being read and where its content starts (0 and 0 for the document). */
  private level = { depth: 0, contentStart: 0 }
  private readonly text: string
  private readonly inlineJobs: Array<() => void> = []

  constructor(text: string) {
    this.source = new Source(text)
    this.text = text
  }

  document(): Root {
    const lines = this.source.lines
    const children: RootContent[] = []
    let first = 0
    if (this.text.startsWith('---\n')) {
      const close = lines.findIndex((line, index) => index > 0 && this.text.slice(line.start, line.end) === '---')
      if (close < 2) bail('front matter')
      children.push({ type: 'yaml', value: this.text.slice(lines[1]!.start, lines[close]!.start - 1), position: this.source.position(0, lines[close]!.end) })
      first = close + 1
    }
    const views = lines.slice(first).map((line, index) => ({ line: first + index, start: line.start, end: line.end }))
    for (const block of this.flow(views, 'document')) children.push(block.node)
    for (const job of this.inlineJobs) job()
    return { type: 'root', children, position: this.source.position(0, this.text.length) }
  }

  private content(view: View): string {
    return this.text.slice(view.start, view.end)
  }

  /** Text at directive depth d is read in micromark's pass d + 1 (see `definitions`). */
  isFootnoteDefined(identifier: string, offset: number, pass: number): boolean {
    return this.definitions.get(identifier)?.some((definition) => definition.pass < pass || (definition.pass === pass && definition.at < offset)) ?? false
  }

  private inline(segments: Segment[], into: { children: PhrasingContent[] }): void {
    const pass = this.level.depth + 1
    this.inlineJobs.push(() => {
      into.children = parseInline(this, segments, pass)
    })
  }

  /** A line of spaces only; checked by code, as it is asked of every line at every level. */
  private isBlank(view: View): boolean {
    for (let k = view.start; k < view.end; k++) if (this.text.charCodeAt(k) !== 32) return false
    return true
  }

  private indentedBy(view: View, width: number): boolean {
    if (view.start + width > view.end) return false
    for (let k = view.start; k < view.start + width; k++) if (this.text.charCodeAt(k) !== 32) return false
    return true
  }

  private flow(views: View[], kind: FlowKind): Block[] {
    const blocks: Block[] = []
    let i = 0
    while (i < views.length) {
      const view = views[i]!
      if (this.isBlank(view)) {
        i++
        continue
      }
      let block: Block
      let next: number
      // Most lines start a paragraph: their first character settles it without a regex.
      if (!blockStart[this.text.charCodeAt(view.start)]) {
        [block, next] = this.paragraph(views, i, kind)
        blocks.push(block)
        i = next
        continue
      }
      const t = this.content(view)
      if (t[0] === ' ' || unsupportedStart.test(t) || thematicOrSetext.test(t)) bail('block start')
      if (heading.test(t)) [block, next] = [this.heading(views[i]!), i + 1]
      else if (fenceLine.test(t)) [block, next] = this.containerDirective(views, i, kind)
      else if (t.startsWith('::') && nameEnd(t, 2) > 2) [block, next] = [this.leafDirective(views[i]!, kind), i + 1]
      else if (t[0] === '>') [block, next] = this.blockQuote(views, i)
      else if (listMarker(t)) [block, next] = this.list(views, i)
      else if (t[0] === '|') [block, next] = this.table(views, i)
      else if (t.startsWith('[^') && footnoteLabel.test(t)) [block, next] = this.footnoteDefinition(views, i, kind)
      else [block, next] = this.paragraph(views, i, kind)
      blocks.push(block)
      i = next
    }
    return blocks
  }

  private heading(view: View): Block {
    const t = this.content(view)
    const match = heading.exec(t)!
    const contentStart = view.start + match[0].length
    let contentEnd = view.end
    while (contentEnd > contentStart && this.text[contentEnd - 1] === ' ') contentEnd--
    if (contentEnd === contentStart || this.text[contentEnd - 1] === '#') bail('empty heading or closing sequence')
    const node = { type: 'heading', depth: match[1]!.length as 1, children: [], position: this.source.position(view.start, view.end) } satisfies RootContent
    this.inline([{ start: contentStart, end: contentEnd }], node)
    return { node, first: view.line, last: view.line }
  }

  /** Does `t`, at the start of a line right after paragraph text, end that paragraph? */
  /**
   * Does `t`, at the start of a line right after paragraph text, end that paragraph? After a
   * container's last line (`afterContainer`) the question is whether the line starts a block
   * rather than continuing the container's paragraph lazily; an ordered item not numbered 1
   * then starts a list, while inside the same flow it is paragraph text.
   */
  private interrupts(t: string, kind: FlowKind, afterContainer = false): boolean {
    if (!blockStart[t.charCodeAt(0)]) return false
    const indent = leadingSpaces(t)
    if (indent >= 4) return false
    if (indent > 0) {
      // Up to three spaces may precede a block start, which this parser does not place.
      if (t[indent] === ':' || t[indent] === '\t' || this.interrupts(t.slice(indent), kind, afterContainer)) bail('indented block after paragraph')
      return false
    }
    if (thematicOrSetext.test(t) || unsupportedStart.test(t) || t[0] === '|' || /^\[\^[^\]]*\]:/.test(t)) bail('setext, table or definition after paragraph')
    if (heading.test(t)) return true
    if (t[0] === '>') {
      if (!afterContainer) noInterruptingOrderedList(t)
      return true
    }
    if (fenceLine.test(t) || (t.startsWith('::') && nameEnd(t, 2) > 2)) {
      if (kind !== 'document') bail('directive in a container')
      return true
    }
    const marker = listMarker(t)
    if (!marker) return false
    const interrupting = !marker.ordered || marker.start === 1
    if (interrupting && !afterContainer) noInterruptingOrderedList(t)
    return interrupting || afterContainer
  }

  private paragraph(views: View[], i: number, kind: FlowKind): [Block, number] {
    if (this.content(views[i]!).startsWith('[')) this.noDefinition(views, i)
    let j = i + 1
    while (j < views.length) {
      if (this.isBlank(views[j]!) || this.interrupts(this.content(views[j]!), kind)) break
      j++
    }
    const segments = views.slice(i, j).map((view) => {
      const t = this.content(view)
      return { start: view.start + leadingSpaces(t), end: view.end }
    })
    const last = views[j - 1]!
    const node: Paragraph = { type: 'paragraph', children: [], position: this.source.position(segments[0]!.start, last.end) }
    this.inline(segments, node)
    return [{ node, first: views[i]!.line, last: last.line }, j]
  }

  /** A paragraph starting with "[label]:" may be a link reference definition: not read here. */
  private noDefinition(views: View[], i: number): void {
    for (let j = i; j < views.length && !blank.test(this.content(views[j]!)); j++) if (this.content(views[j]!).includes(']:')) bail('possible definition')
  }

  /** After a container's last line, a non-blank line would be lazy continuation unless it starts a block. */
  private checkNotLazy(views: View[], after: number, sibling?: (t: string) => boolean): void {
    if (after >= views.length) return
    const t = this.content(views[after]!)
    if (blank.test(t) || sibling?.(t)) return
    if (t[0] === ' ' || !this.interrupts(t, 'document', true)) bail('lazy continuation')
  }

  private list(views: View[], i: number): [Block, number] {
    const first = listMarker(this.content(views[i]!))!
    const items: ListItem[] = []
    const sameList = (t: string): boolean => listMarker(t)?.kind === first.kind
    let spread = false
    let j = i
    let lastLine: number
    for (;;) {
      const marker = listMarker(this.content(views[j]!))!
      if (/^\[[ xX]\]/.test(this.content(views[j]!).slice(marker.width))) bail('task list item')
      const itemViews: View[] = [{ ...views[j]!, start: views[j]!.start + marker.width }]
      let k = j + 1
      let lastNonBlank = j
      for (; k < views.length; k++) {
        const view = views[k]!
        if (this.isBlank(view)) {
          itemViews.push({ line: view.line, start: Math.min(view.end, view.start + marker.width), end: view.end })
          continue
        }
        if (!this.indentedBy(view, marker.width)) break
        itemViews.push({ line: view.line, start: view.start + marker.width, end: view.end })
        lastNonBlank = k
      }
      if (k === lastNonBlank + 1) this.checkNotLazy(views, k, sameList)
      const children = this.flow(itemViews.slice(0, lastNonBlank - j + 1), 'container')
      const itemSpread = children.some((child, index) => index > 0 && child.first > children[index - 1]!.last + 1)
      items.push({
        type: 'listItem', spread: itemSpread, checked: null, children: children.map((child) => child.node as BlockContent),
        position: this.source.position(views[j]!.start, views[lastNonBlank]!.end),
      })
      lastLine = lastNonBlank
      let n = lastNonBlank + 1
      while (n < views.length && this.isBlank(views[n]!)) n++
      if (n < views.length && sameList(this.content(views[n]!))) {
        if (n > lastNonBlank + 1) spread = true
        j = n
        continue
      }
      break
    }
    const node: List = {
      type: 'list', ordered: first.ordered, start: first.ordered ? first.start : null, spread, children: items,
      position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
    }
    return [{ node, first: views[i]!.line, last: views[lastLine]!.line }, lastLine + 1]
  }

  private blockQuote(views: View[], i: number): [Block, number] {
    let j = i
    const inner: View[] = []
    while (j < views.length && this.text[views[j]!.start] === '>') {
      const view = views[j]!
      inner.push({ ...view, start: view.start + (this.text[view.start + 1] === ' ' ? 2 : 1) })
      j++
    }
    if (blank.test(this.content(inner[inner.length - 1]!))) bail('block quote ending blank')
    this.checkNotLazy(views, j)
    const children = this.flow(inner, 'container')
    const last = views[j - 1]!
    const node = { type: 'blockquote', children: children.map((child) => child.node as BlockContent | DefinitionContent), position: this.source.position(views[i]!.start, last.end) } satisfies RootContent
    return [{ node, first: views[i]!.line, last: last.line }, j]
  }

  private footnoteDefinition(views: View[], i: number, kind: FlowKind): [Block, number] {
    if (kind !== 'document') bail('footnote definition in a container')
    const view = views[i]!
    const t = this.content(view)
    const match = footnoteLabel.exec(t)!
    const label = match[1]!
    const next = views[i + 1]
    if (next && !blank.test(this.content(next)) && !footnoteLabel.test(this.content(next))) this.checkNotLazy(views, i + 1)
    // The definition's content is flow content, like a list item's.
    const children = this.flow([{ ...view, start: view.start + match[0].length }], 'container').map((block) => block.node as BlockContent)
    const identifier = label.toLowerCase()
    const known = this.definitions.get(identifier) ?? []
    known.push({ pass: this.level.depth, at: this.level.contentStart })
    this.definitions.set(identifier, known)
    const node: FootnoteDefinition = { type: 'footnoteDefinition', identifier, label, children, position: this.source.position(view.start, view.end) }
    return [{ node, first: view.line, last: view.line }, i + 1]
  }

  private table(views: View[], i: number): [Block, number] {
    const header = views[i]!
    const delimiter = views[i + 1]
    if (!delimiter) bail('table without delimiter row')
    const headerCells = this.cellBounds(header)
    const align = this.cellBounds(delimiter).map(([from, to], index, all) => {
      const cell = trimSpaces(this.text.slice(from + 1, index === all.length - 1 ? to - 1 : to))
      if (!/^:?-+:?$/.test(cell)) bail('table delimiter row')
      const left = cell.startsWith(':')
      const right = cell.endsWith(':')
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null
    })
    if (align.length !== headerCells.length) bail('table column count')
    const rows: TableRow[] = [this.tableRow(header, headerCells)]
    let j = i + 2
    for (; j < views.length; j++) {
      const t = this.content(views[j]!)
      if (blank.test(t)) break
      if (t[0] !== '|') bail('table row without leading pipe')
      const cells = this.cellBounds(views[j]!)
      if (cells.length > headerCells.length) bail('table row too long')
      rows.push(this.tableRow(views[j]!, cells))
    }
    const last = views[j - 1]!
    const node: Table = { type: 'table', align, children: rows, position: this.source.position(header.start, last.end) }
    return [{ node, first: header.line, last: last.line }, j]
  }

  /** Each cell as [its leading pipe, its end]: the next pipe, or the line's end for the last. */
  private cellBounds(view: View): Array<[number, number]> {
    const t = this.content(view)
    if (t[0] !== '|' || !t.endsWith('|') || t.length < 2 || /[\\`]/.test(t)) bail('table row shape')
    const pipes: number[] = []
    for (let k = 0; k < t.length; k++) if (t[k] === '|') pipes.push(view.start + k)
    return pipes.slice(0, -1).map((pipe, index) => [pipe, index === pipes.length - 2 ? view.end : pipes[index + 1]!])
  }

  private tableRow(view: View, cells: Array<[number, number]>): TableRow {
    const children = cells.map(([from, to], index): TableCell => {
      const contentEnd = index === cells.length - 1 ? to - 1 : to
      let start = from + 1
      let end = contentEnd
      while (start < end && this.text[start] === ' ') start++
      while (end > start && this.text[end - 1] === ' ') end--
      const cell: TableCell = { type: 'tableCell', children: [], position: this.source.position(from, to) }
      if (end > start) this.inline([{ start, end }], cell)
      return cell
    })
    return { type: 'tableRow', children, position: this.source.position(view.start, view.end) }
  }

  /** `:::name[label]{attributes}`, its content, and its closing fence. */
  private containerDirective(views: View[], i: number, kind: FlowKind): [Block, number] {
    if (kind !== 'document') bail('directive in a container')
    const open = views[i]!
    const t = this.content(open)
    const fence = /^:+/.exec(t)![0].length
    const head = this.directiveHead(open, fence)
    if (!blank.test(head.rest)) bail('text after directive opener')
    // Nested directives must use shorter fences: micromark closes the outer one on an equal fence.
    const stack = [fence]
    let j = i + 1
    for (; j < views.length; j++) {
      const line = this.content(views[j]!)
      if (!fenceLine.test(line)) continue
      const bare = bareFence.exec(line)
      const length = /^:+/.exec(line)![0].length
      if (bare) {
        if (length !== stack[stack.length - 1]) bail('closing fence length')
        stack.pop()
        if (stack.length === 0) break
      } else {
        if (length >= stack[stack.length - 1]!) bail('nested fence length')
        stack.push(length)
      }
    }
    if (j === views.length) bail('unclosed directive')
    const children: RootContent[] = []
    if (head.label) children.push(head.label)
    const outer = this.level
    this.level = { depth: outer.depth + 1, contentStart: views[i + 1]!.start }
    for (const block of this.flow(views.slice(i + 1, j), 'document')) children.push(block.node)
    this.level = outer
    const node = {
      type: 'containerDirective', name: head.name, attributes: head.attributes, children: children as Array<BlockContent | DefinitionContent>,
      position: this.source.position(open.start, views[j]!.end),
    } satisfies RootContent
    return [{ node, first: open.line, last: views[j]!.line }, j + 1]
  }

  private leafDirective(view: View, kind: FlowKind): Block {
    if (kind !== 'document') bail('directive in a container')
    const head = this.directiveHead(view, 2)
    if (head.rest !== '') bail('text after leaf directive')
    const node = {
      type: 'leafDirective', name: head.name, attributes: head.attributes, children: head.label?.children ?? [],
      position: this.source.position(view.start, view.end),
    } satisfies RootContent
    if (head.label) {
      const label = head.label
      this.inlineJobs.push(() => {
        node.children = label.children
      })
    }
    return { node, first: view.line, last: view.line }
  }

  /** Name, label (as the label paragraph of a container) and attributes after `fence` colons. */
  private directiveHead(view: View, fence: number): { name: string; label?: Paragraph; attributes: Record<string, string>; rest: string } {
    const t = this.content(view)
    const end = nameEnd(t, fence)
    if (end < 0 || t[end] === ':') bail('directive name')
    const name = t.slice(fence, end)
    let k = end
    let label: Paragraph | undefined
    if (t[k] === '[') {
      const close = t.indexOf(']', k)
      const inner = close < 0 ? '' : t.slice(k + 1, close)
      if (close < 0 || inner.trim() !== inner || inner === '' || /[[\\]/.test(inner)) bail('directive label')
      label = { type: 'paragraph', data: { directiveLabel: true }, children: [], position: this.source.position(view.start + k, view.start + close + 1) } as Paragraph
      this.inline([{ start: view.start + k + 1, end: view.start + close }], label)
      k = close + 1
    }
    const { attributes, end: afterAttributes } = parseAttributes(t, k)
    k = afterAttributes
    return { name, ...(label ? { label } : {}), attributes, rest: t.slice(k) }
  }
}

/** Only U+0020 counts as indentation (String#trim would also take no-break spaces). */
function leadingSpaces(t: string): number {
  let n = 0
  while (t.charCodeAt(n) === 32) n++
  return n
}

function trimSpaces(t: string): string {
  return t.replace(/^ +| +$/g, '')
}

/**
 * A block quote or list interrupting a paragraph leaves micromark's "interrupt" state on for
 * the rest of that line: an ordered list not starting at 1 does not start inside it
 * ("a\n> 2. b" quotes a paragraph). Not modelled.
 */
function noInterruptingOrderedList(t: string): void {
  let rest = t
  for (;;) {
    if (rest[0] === '>') {
      rest = rest.slice(rest[1] === ' ' ? 2 : 1)
      continue
    }
    const marker = listMarker(rest)
    if (!marker) return
    if (marker.ordered && marker.start !== 1 && rest !== t) bail('ordered list inside a container interrupting a paragraph')
    rest = rest.slice(marker.width)
  }
}

function listMarker(t: string): Marker | undefined {
  if (!blockStart[t.charCodeAt(0)]) return undefined
  const b = bullet.exec(t)
  // Five spaces or more after the marker: the content is indented code.
  if (b) return b[2]!.length > 4 ? bail('list indent') : { kind: b[1]!, width: b[0].length, ordered: false, start: 0 }
  const o = ordered.exec(t)
  if (o) return o[3]!.length > 4 ? bail('list indent') : { kind: o[2]!, width: o[0].length, ordered: true, start: Number.parseInt(o[1]!, 10) }
  return undefined
}
