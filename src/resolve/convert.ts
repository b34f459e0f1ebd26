// mdast flow content → IR blocks. Directives become typed ITU nodes (calls, boxes, notes,
// annexes, tables, figures, sections); anything the template does not allow, or that
// itudoc does not know, is reported here with its position. Numbers and labels are left
// empty: numbering.ts fills them in one ordered pass.
import type { BlockContent, DefinitionContent, List as MdList, ListItem as MdListItem, Paragraph as MdParagraph, PhrasingContent, RootContent, Table as MdTable } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import type { Position } from 'unist'
import { callKind, callPhraseEntries, classifyCallLabel, isCallKey } from '../model/calls.js'
import type { Locale } from '../model/locale.js'
import type { LabelKey } from '../model/locale.js'
import type { Block, Inline, List, ListItem, Section, Table, TableCell, TableRow } from '../model/nodes.js'
import { markdownRules, referenceRules, structureRules } from '../model/rules.js'
import type { ConstructKey } from '../model/template.js'
import type { ResolveContext } from './context.js'
import { tabbedEntries } from './entries.js'
import { checkImage, convertInlines, inlineText } from './inline.js'
import { isOverTableLimits } from '../parse/index.js'

type Flow = RootContent | BlockContent | DefinitionContent

const sections: Record<string, { role: Section['role']; label: LabelKey }> = {
  summary: { role: 'summary', label: 'summary' },
  keywords: { role: 'keywords', label: 'keywords' },
  introduction: { role: 'introduction', label: 'introduction' },
  abstract: { role: 'abstract', label: 'abstract' },
  lessons: { role: 'lessons', label: 'lessons' },
  bibliography: { role: 'bibliography', label: 'bibliography' },
  history: { role: 'history', label: 'history' },
}

function pos(node: { position?: Position | undefined }): Position {
  return node.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
}

export function convertBlocks(nodes: readonly Flow[], ctx: ResolveContext): Block[] {
  return nodes.flatMap((node) => convertBlock(node, ctx))
}

function convertBlock(node: Flow, ctx: ResolveContext): Block[] {
  const position = pos(node)
  switch (node.type) {
    case 'paragraph':
      return convertParagraph(node, ctx)
    case 'heading':
      return [convertHeading(node.children, node.depth, position, ctx)]
    case 'list':
      return [convertList(node, ctx)]
    case 'table':
      return isTooLarge(node.children, node, ctx) ? [] : [convertGfmTable(node, ctx)]
    case 'blockquote':
      return [{ type: 'blockquote', children: convertBlocks(node.children, ctx), position }]
    case 'code':
      return [{ type: 'code', value: node.value, position, ...(node.lang ? { lang: node.lang } : {}) }]
    case 'thematicBreak':
      return [{ type: 'thematicBreak', position }]
    case 'html':
      ctx.report(markdownRules.rawHtml, node, {})
      return []
    case 'containerDirective':
      return convertContainer(node, ctx)
    case 'leafDirective':
      return convertLeaf(node, ctx)
    // Collected before conversion; they have no place in the flow.
    case 'footnoteDefinition': case 'definition': case 'yaml':
      return []
    default:
      return []
  }
}

// ------------------------------------------------------------------ paragraphs

function convertParagraph(node: MdParagraph, ctx: ResolveContext): Block[] {
  const position = pos(node)
  const inlines = convertInlines(node.children, ctx)
  // `ABBR<tab>Expansion` lines (one or several, soft-broken) are tabbed entries (entries.ts).
  return (ctx.entries ? tabbedEntries(inlines, position) : undefined) ?? [{ type: 'paragraph', children: inlines, position }]
}

/** `# Scope {#scope}`: a trailing {#id} gives the heading an id. */
function convertHeading(children: PhrasingContent[], depth: number, position: Position, ctx: ResolveContext): Block {
  const inlines = convertInlines(children, ctx)
  const last = inlines[inlines.length - 1]
  let id: string | undefined
  if (last?.type === 'text') {
    const match = /\s*\{#([\w:.-]+)\}\s*$/.exec(last.value)
    if (match) {
      id = match[1]
      last.value = last.value.slice(0, match.index)
      if (!last.value) inlines.pop()
    }
  }
  if (!inlineText(inlines).trim() && !inlines.some((inline) => inline.type === 'inlineImage')) ctx.report(structureRules.emptyHeading, { position }, {})
  const heading: Block = { type: 'heading', depth, children: inlines, position, ...(id ? { id } : {}) }
  if (id) registerId(id, heading, position, ctx)
  return heading
}

export function registerId(id: string, node: Block, position: Position, ctx: ResolveContext): void {
  if (ctx.ids.has(id)) ctx.report(referenceRules.duplicateId, { position }, { id })
  else ctx.ids.set(id, { node, position })
}

// ------------------------------------------------------------------ lists

function delimiterOf(node: MdList, ctx: ResolveContext): ')' | '.' {
  const start = node.position?.start.offset
  if (start === undefined) return '.'
  const match = /^\s*\d+([.)])/.exec(ctx.source.slice(start, start + 12))
  return match?.[1] === ')' ? ')' : '.'
}

function convertList(node: MdList, ctx: ResolveContext): List {
  const list: List = {
    type: 'list',
    ordered: node.ordered === true,
    children: node.children.map((item) => convertListItem(item, ctx)),
    position: pos(node),
  }
  if (list.ordered) list.delimiter = delimiterOf(node, ctx)
  if (list.ordered && typeof node.start === 'number' && node.start > 1) list.start = node.start
  return list
}

function convertListItem(item: MdListItem, ctx: ResolveContext): ListItem {
  return { type: 'listItem', number: { label: '', scheme: 'bullet', level: 1 }, children: convertBlocks(item.children, ctx), position: pos(item) }
}

// ------------------------------------------------------------------ tables

/** Whether a table is over the limits (reported at the table); checked before its cells are converted. */
function isTooLarge(rows: ReadonlyArray<{ children: readonly unknown[] }>, at: { position?: Position | undefined }, ctx: ResolveContext): boolean {
  const columns = rows.reduce((most, row) => Math.max(most, row.children.length), 0)
  if (!isOverTableLimits(rows.length, columns)) return false
  ctx.report(structureRules.tableTooLarge, at, { rows: rows.length, columns })
  return true
}

function convertGfmTable(node: MdTable, ctx: ResolveContext): Table {
  const rows: TableRow[] = node.children.map((row, r) => ({
    type: 'tableRow',
    position: pos(row),
    children: row.children.map((cell, c): TableCell => {
      const align = node.align?.[c]
      const paragraph: Block = { type: 'paragraph', children: convertInlines(cell.children, ctx), position: pos(cell) }
      return { type: 'tableCell', header: r === 0, children: paragraph.children.length ? [paragraph] : [], position: pos(cell), ...(align ? { align } : {}) }
    }),
  }))
  return { type: 'table', headerRows: 1, landscape: false, children: rows, position: pos(node) }
}

/** A list-table: a list of rows, each a list of cells whose content may be any blocks. */
function convertListTable(list: MdList, headerRows: number, ctx: ResolveContext): TableRow[] | undefined {
  const rows: TableRow[] = []
  for (const [r, row] of list.children.entries()) {
    const cells = row.children[0]
    if (row.children.length !== 1 || cells?.type !== 'list') {
      ctx.report(structureRules.badListTable, row, { reason: `row ${r + 1} is not a list of cells` })
      return undefined
    }
    rows.push({
      type: 'tableRow',
      position: pos(row),
      children: cells.children.map((cell) => ({ type: 'tableCell', header: r < headerRows, children: convertBlocks(cell.children, ctx), position: pos(cell) })),
    })
  }
  const width = rows[0]?.children.length ?? 0
  const ragged = rows.findIndex((row) => row.children.length !== width)
  if (ragged >= 0) {
    ctx.report(structureRules.badListTable, rows[ragged]!, { reason: `row ${ragged + 1} has ${rows[ragged]!.children.length} cells, the first row has ${width}` })
    return undefined
  }
  return rows
}

// ------------------------------------------------------------------ directives

interface Parts { label: Inline[]; labelPosition?: Position; body: Flow[] }

function splitLabel(node: ContainerDirective, ctx: ResolveContext): Parts {
  const [first, ...rest] = node.children
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    return { label: convertInlines(first.children, ctx), labelPosition: pos(first), body: rest }
  }
  return { label: [], body: node.children }
}

/**
 * remark-directive runs an unclosed container to the end of the file, or of the container
 * around it; catch that. A closing fence closes the outermost open container first, so in an
 * unclosed `:::considering` followed by `:::invites` … `:::`, the fence closes considering and
 * leaves invites open; an author reads it the other way round, so a container whose content
 * ends in an unclosed container is the one reported.
 */
function isUnclosed(node: ContainerDirective, ctx: ResolveContext): boolean {
  const { start, end } = pos(node)
  const text = ctx.source.slice(start.offset, end.offset)
  const lastLine = text.slice(text.lastIndexOf('\n') + 1)
  if (!/^\s*:{3,}\s*$/.test(lastLine) || text.indexOf('\n') < 0) return true
  const lastChild = node.children[node.children.length - 1]
  return lastChild?.type === 'containerDirective' && isUnclosed(lastChild, ctx)
}

function notAllowed(construct: string, node: ContainerDirective | LeafDirective, ctx: ResolveContext): Block[] {
  ctx.report(structureRules.notAllowed, node, { construct, template: ctx.template.id })
  return []
}

function attr(node: ContainerDirective | LeafDirective, name: string): string | undefined {
  const value = node.attributes?.[name]
  return value == null ? undefined : value
}

function withId<T extends Block>(block: T, node: ContainerDirective, ctx: ResolveContext): T {
  const id = attr(node, 'id')
  if (id) {
    ;(block as T & { id?: string }).id = id
    registerId(id, block, pos(node), ctx)
  }
  return block
}

function convertContainer(node: ContainerDirective, ctx: ResolveContext): Block[] {
  const position = pos(node)
  if (isUnclosed(node, ctx)) {
    ctx.report(markdownRules.unclosedContainer, { position: { start: position.start, end: position.start } }, { name: node.name })
    return []
  }
  const { label, body } = splitLabel(node, ctx)
  const name = node.name
  const guard = (construct: ConstructKey): boolean => ctx.allows(construct)

  if (isCallKey(name) || name === 'call') return convertCall(node, label, body, ctx)
  const section = sections[name]
  if (section) {
    if (!guard(section.role)) return notAllowed(name, node, ctx)
    const children = convertBlocks(body, ctx)
    if (!children.length) ctx.report(structureRules.emptyContainer, node, { name })
    const labelled = ctx.template.labelledSections
    if (labelled?.roles.some((role) => role === section.role)) {
      const title = ctx.locale.labels[section.label] + ctx.locale.punctuation.colon
      return [{ type: 'section', role: section.role, labelIndent: labelled.indent, title: [{ type: 'text', value: title, position }], children, position }]
    }
    return [{ type: 'section', role: section.role, title: [{ type: 'text', value: ctx.locale.labels[section.label], position }], children, position }]
  }
  switch (name) {
    case 'box': {
      if (!guard('box')) return notAllowed(name, node, ctx)
      return [withId({ type: 'box', title: label, children: convertBlocks(body, ctx), position }, node, ctx)]
    }
    case 'note': {
      if (!guard('note')) return notAllowed(name, node, ctx)
      const children = convertBlocks(body, ctx)
      if (!children.length) ctx.report(structureRules.emptyContainer, node, { name })
      return [{ type: 'note', label: '', children, position }]
    }
    case 'annex': case 'appendix': {
      const allowed = name === 'annex' ? guard('annex') : guard('appendix') && ctx.template.numbering.appendix !== undefined
      if (!allowed) return notAllowed(name, node, ctx)
      return [withId({ type: 'annex', variant: name, label: '', title: label, children: convertBlocks(body, ctx), position }, node, ctx)]
    }
    case 'definitions': {
      if (!guard('definitions')) return notAllowed(name, node, ctx)
      return body.flatMap((child) => (child.type === 'paragraph' ? convertDefinition(child, ctx) : convertBlock(child, ctx)))
    }
    case 'table':
      return guard('table') ? convertTableDirective(node, label, body, ctx) : notAllowed(name, node, ctx)
    case 'figure':
      return guard('figure') ? convertFigure(node, label, body, ctx) : notAllowed(name, node, ctx)
    default:
      ctx.report(markdownRules.unknownDirective, node, { name })
      return []
  }
}

function convertLeaf(node: LeafDirective, ctx: ResolveContext): Block[] {
  const position = pos(node)
  switch (node.name) {
    case 'source':
      if (!ctx.allows('source')) return notAllowed('source', node, ctx)
      return [{ type: 'sourceLine', label: ctx.locale.labels.source + ctx.locale.punctuation.colon, children: convertInlines(node.children, ctx), position }]
    case 'pagebreak':
      if (!ctx.allows('pagebreak')) return notAllowed('pagebreak', node, ctx)
      return [{ type: 'pageBreak', position }]
    default:
      ctx.report(markdownRules.unknownDirective, node, { name: node.name })
      return []
  }
}

function convertCall(node: ContainerDirective, addressee: Inline[], body: Flow[], ctx: ResolveContext): Block[] {
  const position = pos(node)
  if (!ctx.allows('call')) return notAllowed(node.name, node, ctx)
  const key = node.name
  const allowed = ctx.template.structure.calls?.allowed
  if (key !== 'call' && allowed && !allowed.includes(key as never)) {
    ctx.report(structureRules.callNotAllowed, node, { call: key, template: ctx.template.id })
    return []
  }
  const kindAttr = attr(node, 'kind')
  if (kindAttr && kindAttr !== 'preambular' && kindAttr !== 'operative') {
    ctx.report(markdownRules.badAttribute, node, { name: 'kind', value: kindAttr, expected: 'preambular or operative' })
  }
  const numbering = attr(node, 'numbering')
  if (numbering && !['alpha', 'numeric', 'roman'].includes(numbering)) {
    ctx.report(markdownRules.badAttribute, node, { name: 'numbering', value: numbering, expected: 'alpha, numeric or roman' })
  }
  let kind: 'preambular' | 'operative'
  let label: Inline[]
  if (key === 'call') {
    if (!addressee.length) ctx.report(structureRules.emptyContainer, node, { name: 'call[…] label' })
    // The leading phrase decides ("resolves to instruct the Director of BDT" is operative);
    // a phrase the locale does not know takes its place: preambular until the first operative call.
    const byPhrase = classifyCallLabel(inlineText(addressee), callPhrasesOf(ctx.locale), ctx.locale.intl)
    kind = kindAttr === 'operative' || kindAttr === 'preambular' ? kindAttr : byPhrase ?? (ctx.seenOperative ? 'operative' : 'preambular')
    label = addressee
  } else {
    kind = kindAttr === 'operative' || kindAttr === 'preambular' ? kindAttr : callKind(key as never)
    const words: Inline = { type: 'text', value: ctx.locale.calls[key as keyof typeof ctx.locale.calls], position }
    label = addressee.length ? [words, { type: 'text', value: ctx.locale.punctuation.addressee, position }, ...addressee] : [words]
  }
  if (kind === 'operative') ctx.seenOperative = true
  const children = convertBlocks(body, ctx)
  if (!children.length) ctx.report(structureRules.emptyContainer, node, { name: key })
  const call: Block = { type: 'call', key, kind, label, children, position }
  if (numbering === 'alpha' || numbering === 'numeric' || numbering === 'roman') call.numbering = numbering
  return [call]
}

const phraseTables = new WeakMap<Locale, ReturnType<typeof callPhraseEntries>>()

/** The locale's call phrases (labels and `callPhrases`), normalised once per locale. */
function callPhrasesOf(locale: Locale): ReturnType<typeof callPhraseEntries> {
  let entries = phraseTables.get(locale)
  if (!entries) {
    entries = callPhraseEntries(locale.calls, locale.callPhrases, locale.intl)
    phraseTables.set(locale, entries)
  }
  return entries
}

/**
 * `**term** [source]: text` → a numbered definition, and so is a definition that is only a
 * term and its source, `**disaster relief** [ITU-T E.108].` (E.119 3.1.3); other paragraphs
 * (lead-in sentences) stay paragraphs.
 */
function convertDefinition(node: MdParagraph, ctx: ResolveContext): Block[] {
  const [term, rest, ...more] = node.children
  if (term?.type !== 'strong') return convertParagraph(node, ctx)
  const after = rest?.type === 'text' ? rest.value : ''
  if (rest && rest.type !== 'text') return convertParagraph(node, ctx)
  const position = pos(node)
  const withText = /^\s*(?:\[([^\]]+)\])?\s*:\s*/.exec(after)
  const bare = more.length === 0 ? /^\s*(?:\[([^\]]+)\])?\s*([.。]?)\s*$/.exec(after) : null
  if (!withText && !(bare && (bare[1] || bare[2]))) return convertParagraph(node, ctx)
  const source = withText ? withText[1] : bare![1]
  let children: Inline[]
  if (withText) {
    const remainder: PhrasingContent[] = after.length > withText[0].length ? [{ ...rest as PhrasingContent & { type: 'text' }, value: after.slice(withText[0].length) }] : []
    children = convertInlines([...remainder, ...more], ctx)
  } else children = bare![2] ? [{ type: 'text', value: bare![2], position }] : []
  const definition: Block = { type: 'definition', number: '', term: convertInlines(term.children, ctx), separator: withText ? ': ' : '', children, position }
  if (source) definition.source = [{ type: 'text', value: `[${source}]`, position }]
  return [definition]
}

function convertTableDirective(node: ContainerDirective, caption: Inline[], body: Flow[], ctx: ResolveContext): Block[] {
  const position = pos(node)
  const header = attr(node, 'header')
  // Header rows only where the source says so: an invented header row would be repeated and set bold.
  const headerRows = header === undefined ? 0 : Number(header)
  if (!Number.isInteger(headerRows) || headerRows < 0) {
    ctx.report(markdownRules.badAttribute, node, { name: 'header', value: header ?? '', expected: 'a whole number of header rows (0, 1, 2 …)' })
    return []
  }
  const widthsAttr = attr(node, 'widths')
  const widths = widthsAttr?.split(',').map((w) => Number(w.trim()))
  // Relative widths: a ratio beyond 1000 : 1 is no column at all (and 1e308 overflows the sum).
  if (widths && widths.some((w) => !(w > 0 && w <= 1000) || w < Math.max(...widths) / 1000)) {
    ctx.report(markdownRules.badAttribute, node, { name: 'widths', value: widthsAttr!, expected: 'comma-separated positive numbers up to 1000, one per column, none under a thousandth of the widest ("1,3")' })
    return []
  }
  const landscape = attr(node, 'landscape')
  if (landscape !== undefined && landscape !== 'true' && landscape !== 'false') {
    ctx.report(markdownRules.badAttribute, node, { name: 'landscape', value: landscape, expected: 'true or false' })
  }
  const content = body.filter((child) => child.type !== 'paragraph' || child.children.length)
  const inner = content[0]
  let rows: TableRow[] | undefined
  const extra: Flow[] = content.slice(1)
  if (inner?.type === 'table') {
    if (isTooLarge(inner.children, node, ctx)) return []
    rows = convertGfmTable(inner, ctx).children
    rows.forEach((row, r) => row.children.forEach((cell) => (cell.header = r < headerRows)))
  } else if (inner?.type === 'list') {
    const cells = inner.children.map((row) => ({ children: row.children[0]?.type === 'list' ? row.children[0].children : [] }))
    if (isTooLarge(cells, node, ctx)) return []
    rows = convertListTable(inner, headerRows, ctx)
  } else {
    ctx.report(structureRules.badListTable, node, { reason: 'a :::table holds a GFM table or a list of rows' })
    return []
  }
  if (!rows) return []
  const columns = rows[0]?.children.length ?? 0
  if (widths && widths.length !== columns) {
    ctx.report(markdownRules.badAttribute, node, { name: 'widths', value: widthsAttr!, expected: `${columns} widths, one per column` })
    return []
  }
  const table: Table = { type: 'table', headerRows, landscape: landscape === 'true', children: rows, position }
  if (widths) table.widths = widths
  if (caption.length) table.caption = { label: '', separator: '', text: caption }
  // A source line or notes may follow the table inside the container.
  return [withId(table, node, ctx), ...convertBlocks(extra, ctx)]
}

function convertFigure(node: ContainerDirective, caption: Inline[], body: Flow[], ctx: ResolveContext): Block[] {
  const position = pos(node)
  const paragraph = body.find((child): child is MdParagraph => child.type === 'paragraph' && child.children.some((c) => c.type === 'image'))
  const image = paragraph?.children.find((c) => c.type === 'image')
  if (!image || image.type !== 'image') {
    ctx.report(structureRules.figureWithoutImage, node, {})
    return []
  }
  if (!image.alt?.trim()) ctx.report(referenceRules.missingAlt, image, {})
  const asset = checkImage(image.url, image, ctx)
  const figure: Block = { type: 'figure', caption: { label: '', separator: '', text: caption }, src: asset.path, alt: image.alt ?? '', position }
  const rest = convertBlocks(body.filter((child) => child !== paragraph), ctx)
  return [withId(figure, node, ctx), ...rest]
}
