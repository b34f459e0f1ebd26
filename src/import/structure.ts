// Classified Word paragraphs and tables → itudoc Markdown blocks. One pass over the body
// with the open containers on a small stack: an annex holds everything after its heading,
// a call holds its paragraphs and items, a section (Summary, Abstract …) runs to the next
// heading. Typed labels and Word numbering alike become lists that itudoc numbers again:
// the level of an item comes from Word's numbering level, the enumlev style, or, for typed
// labels, from the label's scheme (letters under numbers, roman under letters).
import type { Rule } from '../model/diagnostic.js'
import { importRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import { classify, isTypedClause, matchCall, type Role } from './classify.js'
import { LABELLED_ROW, TYPED_ITEM, TYPED_NUMBER, alphaIndex, schemeOf, type LabelSet, type Scheme } from './labels.js'
import type { MdBlock, MdItem } from './markdown.js'
import { bookmarksIn, dropChars, imagesIn, isBold, plain, splitLines, trimEnd, trimStart, unbold, withoutImages } from './spans.js'
import { spanText, type Span, type WordBlock, type WordParagraph, type WordTable } from './word.js'

export interface BuildContext {
  labels: LabelSet
  template: Template
  /** A finding of the import at a Word paragraph. */
  warn<D extends object>(at: number, rule: Rule<D>, data: D): void
  /** The file name an image part is written to, next to the source. */
  image(part: string): string
  /** The element id a bookmark becomes, if something refers to it. */
  bookmarkId(name: string): string | undefined
  /** Paragraphs already read as cover fields. */
  used: Set<number>
}

interface ListFrame { list: Extract<MdBlock, { type: 'list' }>; scheme: Scheme; lastValue: string; level: number }

/** Section containers by the word of their heading. */
const sectionConstruct = { summary: 'summary', keywords: 'keywords', introduction: 'introduction', history: 'history', abstract: 'abstract', lessons: 'lessons', bibliography: 'bibliography' } as const

export class FlowBuilder {
  readonly root: MdBlock[] = []
  private annex?: Extract<MdBlock, { type: 'container' }>
  private section?: Extract<MdBlock, { type: 'container' }>
  private call?: { block: Extract<MdBlock, { type: 'container' }>; kind: 'preambular' | 'operative' }
  private lists: ListFrame[] = []
  private note?: Extract<MdBlock, { type: 'container' }>
  private pendingCaption?: { spans: Span[]; at: number; id?: string }
  private pendingFigure?: { image: Extract<Span, { type: 'image' }>; at: number; legends: MdBlock[] }
  private lastNumber?: string
  private lettering = false
  /** An annex heading without its title: a short bold line right after it is the title. */
  private annexAwaitsTitle = false

  constructor(private readonly ctx: BuildContext, private readonly inCell = false) {}

  private get flow(): MdBlock[] {
    return this.call?.block.children ?? this.section?.children ?? this.annex?.children ?? this.root
  }

  private allows(construct: string): boolean {
    return (this.ctx.template.structure.allows as readonly string[]).includes(construct)
  }

  private closeLists(): void { this.lists = [] }
  private closeNote(): void { this.note = undefined }
  private closeInline(): void {
    this.flushFigure()
    this.closeLists()
    this.closeNote()
  }
  private closeCall(): void { this.closeInline(); this.call = undefined }
  private closeSection(): void { this.closeCall(); this.section = undefined }

  private push(block: MdBlock): void {
    this.flow.push(block)
  }

  private idOf(spans: readonly Span[]): string | undefined {
    for (const name of bookmarksIn(spans)) {
      const id = this.ctx.bookmarkId(name)
      if (id) return id
    }
    return undefined
  }

  // ---------------------------------------------------------------- entry

  /** Front matter mode: keep only sections (Summary, Keywords …); report what is left out. */
  front?: number[]

  add(block: WordBlock): void {
    if (block.kind === 'table') {
      const section = this.section
      this.table(block)
      // A frame that held a section (Summary on a cover page) ends it.
      if (this.front && this.section !== section) this.closeSection()
      return
    }
    if (this.ctx.used.has(block.index)) return
    const { role, text } = classify(block, this.ctx.labels)
    if (this.front && !this.section && role.kind !== 'headingb' && role.kind !== 'skip') {
      this.front.push(block.index)
      return
    }
    this.paragraph(block, role, text)
  }

  finish(): MdBlock[] {
    this.closeSection()
    if (this.pendingCaption) this.push({ type: 'paragraph', spans: this.pendingCaption.spans, at: this.pendingCaption.at })
    this.pendingCaption = undefined
    return this.root
  }

  private paragraph(p: WordParagraph, role: Role, text: string): void {
    const at = p.index
    if (this.annexAwaitsTitle && role.kind !== 'skip') {
      this.annexAwaitsTitle = false
      const spans = trimEnd(trimStart(p.spans))
      if (this.annex && role.kind === 'body' && isBold(spans) && spanText(spans).split(/\s+/).length <= 20) { this.annex.label = unbold(spans); return }
    }
    for (const span of p.spans) if (span.type === 'unsupported') this.ctx.warn(at, importRules.unsupported, { what: span.what })
    if (role.kind === 'body' && role.unknownStyle) this.ctx.warn(at, importRules.unmappedStyle, { style: role.unknownStyle, count: 1 })
    const spans = trimEnd(trimStart(p.spans))
    if (this.pendingFigure && role.kind !== 'caption' && role.kind !== 'legend' && role.kind !== 'skip') this.flushFigure()
    if (this.pendingCaption && role.kind !== 'skip') {
      // A table caption not followed by a table is text.
      this.push({ type: 'paragraph', spans: this.pendingCaption.spans, at: this.pendingCaption.at })
      this.pendingCaption = undefined
    }
    switch (role.kind) {
      case 'skip': case 'cover': return
      case 'heading': return this.heading(p, spans, role.level, role.number)
      case 'headingb': return this.headingb(p, spans, text)
      case 'labelledSection': {
        this.headingb(p, spans, role.label)
        return this.body(p, trimStart(dropChars(spans, LABELLED_ROW.exec(text)![0].length)))
      }
      case 'call': return this.callLine(p, spans, text)
      case 'item': return this.item(p, spans, role)
      case 'numbered': return this.numbered(p, spans, role.number, text)
      case 'note': return this.noteParagraph(p, spans)
      case 'annex': return this.annexPart(p, spans, role.variant, role.part)
      case 'caption': return this.caption(p, spans, role.of)
      case 'figure': return this.figureParagraph(p, spans)
      case 'legend': {
        // A legend typed "NOTE – …" is a note under the figure.
        const note = this.ctx.labels.note.test(spanText(spans).trim()) && this.allows('note') ? this.noteBlock(spans, at) : undefined
        if (this.pendingFigure) { this.pendingFigure.legends.push(note ?? { type: 'paragraph', spans, at }); return }
        return note ? this.noteParagraph(p, spans) : this.body(p, spans)
      }
      case 'coverLine': return this.body(p, spans)
      case 'reference': case 'abbreviation': return this.entry(p, spans, text)
      case 'sourceLine': {
        const match = this.ctx.labels.sourceLine.exec(spanText(spans).trim())
        this.closeInline()
        if (match && this.allows('source')) return this.push({ type: 'source', spans: trimStart(dropChars(spans, spanText(spans).indexOf(match[1]!))), at })
        return this.body(p, spans)
      }
      case 'quote': {
        this.closeInline()
        const last = this.flow[this.flow.length - 1]
        const paragraph: MdBlock = { type: 'paragraph', spans, at }
        if (last?.type === 'blockquote') last.children.push(paragraph)
        else this.push({ type: 'blockquote', children: [paragraph], at })
        return
      }
      case 'code': {
        this.closeInline()
        const last = this.flow[this.flow.length - 1]
        const line = spanText(p.spans)
        if (last?.type === 'code') last.text += `\n${line}`
        else this.push({ type: 'code', text: line, at })
        return
      }
      case 'boxTitle': {
        this.closeInline()
        return this.push({ type: 'paragraph', spans: [{ type: 'text', value: spanText(spans), marks: { bold: true } }], at })
      }
      case 'body': return this.body(p, spans)
    }
  }

  // ---------------------------------------------------------------- paragraphs

  private body(p: WordParagraph, spans: Span[]): void {
    const at = p.index
    if (imagesIn(spans).length && !spanText(spans).trim()) return this.figureParagraph(p, spans)
    // A paragraph in Note style after a note continues it; an enumlev paragraph without a
    // label continues the item above (ITU indents an item's later paragraphs with a tab).
    if (this.note && p.chain.some((s) => s.key === 'note')) { this.note.children.push({ type: 'paragraph', spans, at }); return }
    const frame = this.lists[this.lists.length - 1]
    if (frame && (p.chain.some((s) => /^enumlev\d$/.test(s.key)) || p.spans[0]?.type === 'tab') && !this.call) {
      frame.list.items[frame.list.items.length - 1]!.blocks.push({ type: 'paragraph', spans, at })
      return
    }
    this.closeInline()
    this.push({ type: 'paragraph', spans: this.imagesInline(spans), at })
  }

  /** Images inside running text stay inline. */
  private imagesInline(spans: Span[]): Span[] {
    return spans.map((span) => (span.type === 'image' ? { ...span, part: this.ctx.image(span.part), alt: span.alt || 'image' } : span))
  }

  private heading(p: WordParagraph, spans: Span[], level: number, number?: string): void {
    const at = p.index
    const text = spanText(spans)
    if (this.section && this.ctx.labels.sections.has(text.trim().toLowerCase())) return this.headingb(p, spans, text)
    this.closeSection()
    let content = spans
    let depth = level
    const typed = TYPED_NUMBER.exec(text)
    if (typed) {
      content = trimStart(dropChars(spans, typed[0].length))
      const parts = typed[1]!.split('.')
      depth = parts.length - (this.annex && /^[A-Z]+$/.test(parts[0]!) && parts.length > 1 ? 1 : 0)
    } else if (number && this.annex && /^[A-Z]+\./.test(number)) depth = number.split('.').length - 1
    if (!spanText(content).trim()) return
    const id = this.idOf(spans)
    if (!this.ctx.template.numbering.headings && !this.annex && depth === 1 && !this.allows('call')) depth = 1
    this.push({ type: 'heading', depth: Math.max(1, Math.min(depth, 6)), spans: unbold(content), ...(id ? { id } : {}), at })
    this.lastNumber = undefined
  }

  private headingb(p: WordParagraph, spans: Span[], text: string): void {
    const at = p.index
    const key = this.ctx.labels.sections.get(text.trim().replace(/[:.]$/, '').toLowerCase())
    const construct = key ? sectionConstruct[key] : undefined
    if (construct && this.allows(construct)) {
      this.closeSection()
      const block: Extract<MdBlock, { type: 'container' }> = { type: 'container', name: construct, children: [], at }
      this.flow.push(block)
      this.section = block
      return
    }
    this.closeInline()
    this.push({ type: 'paragraph', spans: spans.map((s) => (s.type === 'text' ? { ...s, marks: { ...s.marks, bold: true } } : s)), at })
  }

  private callLine(p: WordParagraph, spans: Span[], text: string): void {
    const at = p.index
    if (!this.allows('call')) {
      this.ctx.warn(at, importRules.unmappedStyle, { style: `${p.style.name} (call in a ${this.ctx.template.id})`, count: 1 })
      return this.body(p, spans)
    }
    this.closeCall()
    this.section = undefined
    const match = matchCall(text, this.ctx.labels)
    const allowed = this.ctx.template.structure.calls?.allowed
    const known = match && (!allowed || (allowed as readonly string[]).includes(match.key))
    const block: Extract<MdBlock, { type: 'container' }> = known
      ? { type: 'container', name: match.key, ...(match.addressee ? { label: plain(match.addressee) } : {}), children: [], at }
      : { type: 'container', name: 'call', label: plain(text.trim()), children: [], at }
    this.flow.push(block)
    const operative = known ? /^(resolves|further-resolves|decides|instructs|further-instructs|invites|further-invites|requests|encourages|urges|calls-upon|appeals-to|recommends|further-recommends|is-of-the-view|declares|endorses|approves)/.test(match.key) : false
    this.call = { block, kind: operative ? 'operative' : 'preambular' }
  }

  private noteParagraph(p: WordParagraph, spans: Span[]): void {
    const at = p.index
    const text = spanText(spans)
    const match = this.ctx.labels.note.exec(text.trim())
    if (!this.allows('note')) return this.body(p, spans)
    if (!match && this.note) { this.note.children.push({ type: 'paragraph', spans, at }); return }
    this.flushFigure()
    this.closeLists()
    const note = this.noteBlock(spans, at)
    this.push(note)
    this.note = note
  }

  /** A note container of a paragraph typed "NOTE – …" (the label dropped: itudoc prints it). */
  private noteBlock(spans: Span[], at: number): Extract<MdBlock, { type: 'container' }> {
    const text = spanText(spans)
    const match = this.ctx.labels.note.exec(text.trim())
    const content = match ? trimStart(dropChars(spans, text.length - text.trimStart().length + (text.trim().length - match[1]!.length))) : spans
    return { type: 'container', name: 'note', children: [{ type: 'paragraph', spans: content, at }], at }
  }

  // ---------------------------------------------------------------- lists

  private item(p: WordParagraph, spans: Span[], role: Extract<Role, { kind: 'item' }>): void {
    const at = p.index
    const text = spanText(spans)
    let content = spans
    const typed = TYPED_ITEM.exec(text)
    let label = role.label
    let scheme = role.scheme
    if (typed) {
      content = trimStart(dropChars(spans, typed[0].length))
      label = typed[1]!
      scheme = schemeOf(label).scheme
    } else if (!label && role.level) {
      // An enumlev paragraph without a label continues the item above it.
      const frame = this.lists.find((f) => f.level === role.level) ?? this.lists[this.lists.length - 1]
      if (frame) { frame.list.items[frame.list.items.length - 1]!.blocks.push({ type: 'paragraph', spans: trimStart(spans), at }); return }
    }
    // "1<tab>Scope" outside a call, short and unpunctuated: a clause heading typed in Normal.
    if (typed && !this.call && !this.inCell && this.ctx.template.numbering.headings && isTypedClause(label, spanText(content))) {
      return this.heading(p, spans, 1, label)
    }
    this.flushFigure()
    this.closeNote()
    const value = schemeOf(label).value
    // "i)" after "h)" is the letter i, not roman one.
    if (scheme === 'roman' && this.lists.some((f) => f.scheme === 'alpha' && alphaIndex(value) === alphaIndex(f.lastValue) + 1)) scheme = 'alpha'
    const styled = !typed && role.level !== undefined && p.numbering === undefined ? role.level : undefined
    let level: number
    if (p.numbering) level = p.numbering.level + 1
    else if (styled !== undefined && !this.call) level = styled
    else {
      const same = this.lists.findIndex((f) => f.scheme === scheme && (scheme !== 'bullet' || f.lastValue === value))
      level = same >= 0 ? same + 1 : this.lists.length + 1
      if (typed && role.level !== undefined && !this.call && same < 0) level = Math.min(role.level, this.lists.length + 1)
    }
    level = Math.max(1, Math.min(level, this.lists.length + 1, 3))
    this.lists = this.lists.slice(0, level)
    let frame = this.lists[level - 1]
    if (frame && frame.scheme !== scheme && frame.list.ordered === (scheme !== 'bullet')) frame.scheme = scheme
    if (!frame || frame.list.ordered !== (scheme !== 'bullet')) {
      this.lists = this.lists.slice(0, level - 1)
      const list: Extract<MdBlock, { type: 'list' }> = { type: 'list', ordered: scheme !== 'bullet', delimiter: this.delimiter(scheme, label, level, at), items: [], at }
      const parent = this.lists[level - 2]
      if (parent) parent.list.items[parent.list.items.length - 1]!.blocks.push(list)
      else this.push(list)
      frame = { list, scheme, lastValue: value, level }
      this.lists.push(frame)
    }
    frame.lastValue = value
    const item: MdItem = { blocks: [{ type: 'paragraph', spans: content, at }], at }
    frame.list.items.push(item)
  }

  /** `1.` prints the template's (or call's) default scheme; `1)` numbers. */
  private delimiter(scheme: Scheme, label: string, level: number, at: number): ')' | '.' {
    if (this.call || level > 1) return '.'
    if (scheme === 'alpha' || scheme === 'roman') {
      if (this.ctx.template.numbering.orderedList !== 'alpha' && !this.lettering) {
        this.lettering = true
        this.ctx.warn(at, importRules.lettering, { template: this.ctx.template.id })
      }
      return '.'
    }
    return this.ctx.template.numbering.orderedList === 'alpha' || label.endsWith(')') ? ')' : '.'
  }

  private numbered(p: WordParagraph, spans: Span[], number: string, text: string): void {
    const at = p.index
    const content = trimStart(dropChars(spans, text.indexOf('\t') + 1))
    const body = spanText(content)
    if (this.ctx.template.numbering.paragraphs) {
      // Report paragraphs: "2.10.1" right after "2.10" is an item of a list continuing it.
      if (this.lastNumber && number.startsWith(`${this.lastNumber}.`) && number.split('.').length === this.lastNumber.split('.').length + 1) {
        const frame = this.lists[0]
        if (frame) frame.list.items.push({ blocks: [{ type: 'paragraph', spans: content, at }], at })
        else {
          const list: Extract<MdBlock, { type: 'list' }> = { type: 'list', ordered: true, delimiter: '.', items: [{ blocks: [{ type: 'paragraph', spans: content, at }], at }], at }
          this.push(list)
          this.lists = [{ list, scheme: 'numeric', lastValue: '1', level: 1 }]
        }
        return
      }
      this.closeInline()
      this.lastNumber = number
      this.push({ type: 'paragraph', spans: content, at })
      return
    }
    const definition = /^([^:[\]]{1,120}?)\s*(\[[^\]]+\])?\s*:\s/.exec(body)
    if (definition && this.allows('definitions')) {
      this.closeInline()
      const rest = trimStart(dropChars(content, definition[0].length))
      const last = this.flow[this.flow.length - 1]
      const entry: MdBlock = { type: 'definition', term: plain(definition[1]!.trim()), ...(definition[2] ? { source: definition[2] } : {}), spans: rest, at }
      if (last?.type === 'container' && last.name === 'definitions') last.children.push(entry)
      else this.push({ type: 'container', name: 'definitions', children: [entry], at })
      return
    }
    if (body.split(/\s+/).length < 15 && !/[.;:]$/.test(body.trim())) return this.heading(p, spans, number.split('.').length)
    this.body(p, spans)
  }

  private entry(p: WordParagraph, spans: Span[], text: string): void {
    const at = p.index
    const line = text.replace(/^[\t ]+/, '')
    const match = /^([^\t]+)\t+([\s\S]*)$/.exec(line)
    const last = this.flow[this.flow.length - 1]
    if (!match) {
      // A continuation line (a URL under a reference) joins the entry above.
      if (last?.type === 'entries' && line.trim()) { last.entries[last.entries.length - 1]!.expansion += ` ${line.trim()}`; return }
      return this.body(p, spans)
    }
    this.closeInline()
    const entry = { term: match[1]!.trim(), expansion: match[2]!.replace(/\s+/g, ' ').trim(), at }
    if (last?.type === 'entries') last.entries.push(entry)
    else this.push({ type: 'entries', entries: [entry], at })
  }

  // ---------------------------------------------------------------- annexes

  private annexPart(p: WordParagraph, spans: Span[], variant: 'annex' | 'appendix', part: 'number' | 'title' | 'status'): void {
    const at = p.index
    const text = spanText(spans).trim()
    const section = this.ctx.labels.sections.get(text.toLowerCase())
    if (section) return this.headingb(p, spans, text)
    if (part === 'status') {
      if (this.annex && /^\(.*\)$/.test(text)) return
      return this.body(p, spans)
    }
    if (part === 'title') {
      if (this.annex && !this.annex.label?.length && !this.annex.children.length) { this.annex.label = spans; return }
      return this.body(p, spans)
    }
    if (!text) return
    const isAppendix = this.ctx.labels.appendix.test(text) ? true : this.ctx.labels.annex.test(text) ? false : variant === 'appendix'
    const name = isAppendix && this.ctx.template.numbering.appendix && this.allows('appendix') ? 'appendix' : 'annex'
    if (!this.allows('annex')) return this.body(p, spans)
    this.closeSection()
    this.annex = undefined
    // "Annex A<break>Title", "Annex A – Title", "Annex: Title", or the title in the next paragraph.
    const lines = splitLines(spans).filter((line) => spanText(line).trim())
    let title: Span[] = lines.slice(1).flatMap((line, i) => (i ? [{ type: 'text', value: ' ', marks: {} } as Span, ...line] : line))
    if (!title.length) {
      const first = spanText(lines[0] ?? [])
      const head = (isAppendix ? this.ctx.labels.appendix : this.ctx.labels.annex).exec(first)
      const rest = head ? first.slice(head[0].length) : ''
      const dash = /^\s*[–—:-]\s*/.exec(rest)
      if (head && rest.trim() && dash && !/TO\s/i.test(rest)) title = trimStart(dropChars(lines[0]!, head[0].length + dash[0].length))
    }
    const id = this.idOf(spans)
    const block: Extract<MdBlock, { type: 'container' }> = { type: 'container', name, label: unbold(title), ...(id ? { attrs: {} } : {}), children: [], at }
    if (id) block.attrs = { id }
    this.root.push(block)
    this.annex = block
    this.annexAwaitsTitle = !title.length
  }

  // ---------------------------------------------------------------- captions, figures, tables

  private caption(p: WordParagraph, spans: Span[], of: 'table' | 'figure' | 'either'): void {
    const at = p.index
    const text = spanText(spans).trim()
    const table = this.ctx.labels.tableCaption.exec(text)
    const figure = this.ctx.labels.figureCaption.exec(text)
    const match = table ?? figure
    const kind = table ? 'table' : figure ? 'figure' : of === 'either' ? (this.pendingFigure ? 'figure' : 'table') : of
    const content = match ? trimStart(dropChars(spans, text.length - match[2]!.length + (spanText(spans).length - spanText(spans).trimStart().length))) : spans
    const id = this.idOf(spans)
    if (kind === 'figure') {
      if (this.pendingFigure) return this.flushFigure({ spans: content, at, ...(id ? { id } : {}) })
      this.ctx.warn(at, importRules.figureWithoutImage, {})
      return this.body(p, spans)
    }
    this.flushFigure()
    this.closeInline()
    this.pendingCaption = { spans: content, at, ...(id ? { id } : {}) }
  }

  private figureParagraph(p: WordParagraph, spans: Span[]): void {
    const images = imagesIn(spans)
    this.flushFigure()
    if (!images.length) return
    this.closeLists()
    this.pendingFigure = { image: images[0]!, at: p.index, legends: [] }
    for (const image of images.slice(1)) this.push({ type: 'paragraph', spans: [image], at: p.index })
    const text = withoutImages(spans)
    if (spanText(text).trim()) this.push({ type: 'paragraph', spans: text, at: p.index })
  }

  private flushFigure(caption?: { spans: Span[]; at: number; id?: string }): void {
    const pending = this.pendingFigure
    if (!pending) return
    this.pendingFigure = undefined
    const src = this.ctx.image(pending.image.part)
    let alt = pending.image.alt
    if (!caption) {
      if (!alt) this.ctx.warn(pending.at, importRules.altMissing, {})
      this.push({ type: 'paragraph', spans: [{ type: 'image', part: src, alt: alt || 'image' }], at: pending.at })
      this.flow.push(...pending.legends)
      return
    }
    if (!alt) {
      this.ctx.warn(pending.at, importRules.altMissing, {})
      alt = spanText(caption.spans).trim()
    }
    if (!this.allows('figure')) {
      this.push({ type: 'paragraph', spans: [{ type: 'image', part: src, alt }], at: pending.at })
      this.push({ type: 'paragraph', spans: caption.spans, at: caption.at })
    } else this.push({ type: 'figure', caption: caption.spans, src, alt, at: pending.at, ...(caption.id ? { id: caption.id } : {}) })
    this.flow.push(...pending.legends)
  }

  private table(table: WordTable): void {
    const cells = table.rows.flatMap((row) => row.cells)
    // A one-cell table is a frame: ITU's box, or a layout wrapper (Summary on a cover page).
    if (cells.length === 1) {
      const blocks = cells[0]!.blocks
      const first = blocks[0]
      if (first?.kind === 'paragraph' && first.chain.some((s) => s.key === 'boxtitle') && this.allows('box')) {
        this.closeInline()
        const inner = new FlowBuilder(this.ctx, true)
        for (const block of blocks.slice(1)) inner.add(block)
        const id = this.idOf(first.spans)
        this.push({ type: 'container', name: 'box', label: trimEnd(trimStart(first.spans)), ...(id ? { attrs: { id } } : {}), children: inner.finish(), at: first.index })
        return
      }
      for (const block of blocks) this.add(block)
      return
    }
    if (this.front && !this.section) {
      this.front.push(table.index)
      return
    }
    // A cover table read into the front matter (or a layout table left empty) is not body text.
    const texts = cells.flatMap((cell) => cell.blocks).filter((b): b is WordParagraph => b.kind === 'paragraph' && (spanText(b.spans).trim() !== '' || imagesIn(b.spans).length > 0))
    if (texts.every((p) => this.ctx.used.has(p.index)) && !cells.some((c) => c.blocks.some((b) => b.kind === 'table'))) return
    this.flushFigure()
    this.closeInline()
    let rows = table.rows
    let caption = this.pendingCaption
    this.pendingCaption = undefined
    // The caption in a first row of its own (ITU files put Table_NoTitle inside the table).
    const firstRow = rows[0]
    const only = firstRow?.cells.length === 1 ? firstRow.cells[0]!.blocks.filter((b) => b.kind === 'paragraph' && spanText(b.spans).trim()) : []
    if (!caption && only.length === 1 && only[0]!.kind === 'paragraph' && this.ctx.labels.tableCaption.test(spanText(only[0]!.spans).trim())) {
      const p = only[0]!
      const text = spanText(p.spans).trim()
      const match = this.ctx.labels.tableCaption.exec(text)!
      caption = { spans: trimStart(dropChars(trimStart(p.spans), text.length - match[2]!.length)), at: p.index }
      rows = rows.slice(1)
    }
    let header = 0
    for (const row of rows) {
      const paragraphs = row.cells.flatMap((c) => c.blocks).filter((b): b is WordParagraph => b.kind === 'paragraph' && spanText(b.spans).trim() !== '')
      // A header row: marked to repeat, in Table_head, or (typed by hand) bold throughout above other rows.
      const isBoldRow = rows.length > 1 && row === rows[0] && paragraphs.length > 0 && paragraphs.every((b) => isBold(b.spans))
      if (row.header || (paragraphs.length && paragraphs.every((b) => b.chain.some((s) => s.key === 'tablehead'))) || isBoldRow) header++
      else break
    }
    const width = Math.max(0, ...rows.map((row) => row.cells.reduce((n, c) => n + c.span, 0)))
    let merged = false
    const out: MdBlock[][][] = rows.map((row) => {
      const cellsOut: MdBlock[][] = []
      for (const cell of row.cells) {
        if (cell.span > 1 || cell.merge === 'continue') merged = true
        const inner = new FlowBuilder(this.ctx, true)
        if (cell.merge !== 'continue') for (const block of cell.blocks) inner.add(block)
        cellsOut.push(inner.finish())
        for (let i = 1; i < cell.span; i++) cellsOut.push([])
      }
      while (cellsOut.length < width) cellsOut.push([])
      return cellsOut
    })
    // Header cells are bold by their style, not by emphasis.
    for (const row of out.slice(0, header)) for (const cell of row) cell.forEach((block, i) => { if (block.type === 'paragraph') cell[i] = { ...block, spans: unbold(block.spans) } })
    // A table left empty (a table of contents field Word keeps in a frame) is layout.
    if (!out.length || out.every((row) => row.every((cell) => !cell.length))) return
    if (merged) this.ctx.warn(table.index, importRules.mergedCells, {})
    if (!this.allows('table')) {
      for (const row of out) for (const cell of row) this.flow.push(...cell)
      return
    }
    this.push({ type: 'table', ...(caption?.spans.length ? { caption: caption.spans } : {}), ...(caption?.id ? { id: caption.id } : {}), header: Math.min(header, out.length), rows: out, at: caption?.at ?? table.index })
  }
}
