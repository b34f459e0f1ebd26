// The one place where numbers are made: clause headings (1, 1.1, A.1), report paragraphs
// (4.10) and the lists that continue them (4.10.1), call items (a), 1, i)), ordinary
// lists, definitions (3.2.1), tables and figures (Table 1, Figure A.2), notes (NOTE 1 –),
// annexes and appendices, footnotes (in order of first reference). One ordered pass.
import type { Locale } from '../model/locale.js'
import type { Annex, Block, Call, Heading, Inline, List, Note, Numbering } from '../model/nodes.js'
import { inlineChildren, inlineSlots } from '../model/traverse.js'
import type { AnnexNumbering } from '../model/template.js'
import type { ResolveContext } from './context.js'
import { convertBlocks } from './convert.js'
import { checkFootnotePlacement } from './placement.js'
import { annexCounter, formatPattern, itemLabel, upper } from './format.js'
import { inlineText } from './inline.js'

type Scheme = 'alpha' | 'numeric' | 'roman'

/** The scheme one level down: a) → i), 1 → a), i) → 1). */
const nested: Record<Scheme, Scheme> = { alpha: 'roman', numeric: 'alpha', roman: 'numeric' }

interface Scope {
  /** "A" inside Annex A when the template prefixes numbers (ITU-T). */
  prefix?: string
  headings: number[]
  tables: number
  figures: number
}

interface State {
  scope: Scope
  /** Number of the current heading, for report paragraphs and definitions. */
  heading?: string
  paragraphs: number
  definitions: number
  /** Clause index for notes: bumped by every heading. */
  clause: number
  notes: Array<{ note: Note; clause: number }>
  /** Footnote numbers by footnote id, in order of first reference. */
  footnotes: Map<string, number>
  /** Cross-reference texts by id. */
  targets: Map<string, string>
  /** The phrases of the template, printed (for annex headings). */
  phrases: Record<string, string>
}

export function numberDocument(blocks: Block[], ctx: ResolveContext, phrases: Record<string, string>): Map<string, string> {
  const state: State = { scope: { headings: [], tables: 0, figures: 0 }, paragraphs: 0, definitions: 0, clause: 0, notes: [], footnotes: new Map(), targets: new Map(), phrases }
  const annexTotals = { annex: 0, appendix: 0 }
  for (const block of blocks) if (block.type === 'annex') annexTotals[block.variant] += 1
  const annexSeen = { annex: 0, appendix: 0 }

  const flow = (children: Block[]): void => {
    // The report paragraph that ordered lists continue (4.10 → 4.10.1, 4.10.2 …) and how far
    // they have counted: a box, note, table or figure between two lists does not end it.
    let continued: { number: string; count: number } | undefined
    for (const [i, block] of children.entries()) {
      if (block.type === 'annex') {
        annexSeen[block.variant] += 1
        numberAnnex(block, annexSeen[block.variant], annexTotals[block.variant], state, ctx)
        // A footnote in the annex title comes before any in the annex body.
        visitInlines(block, state, ctx)
        const saved = { scope: state.scope, heading: state.heading }
        const spec = annexSpec(block, ctx)
        // ITU-T annexes number their own tables (Table A.1); elsewhere tables and figures keep
        // counting through the annexes so that every "Table n" is unique.
        state.scope = spec.prefix
          ? { headings: [], tables: 0, figures: 0, prefix: annexCounter(spec.scheme, annexSeen[block.variant]) }
          : { ...saved.scope, headings: [] }
        delete state.heading
        state.paragraphs = 0
        state.clause += 1
        flow(block.children)
        if (!spec.prefix) Object.assign(saved.scope, { tables: state.scope.tables, figures: state.scope.figures })
        state.scope = saved.scope
        if (saved.heading !== undefined) state.heading = saved.heading
        continue
      }
      if (block.type === 'paragraph' && ctx.template.numbering.paragraphs && state.heading !== undefined) {
        const number = `${state.heading}.${++state.paragraphs}`
        children[i] = { type: 'numberedParagraph', number, children: block.children, position: block.position }
        continued = { number, count: 0 }
        visitInlines(block, state, ctx)
        continue
      }
      if (block.type === 'list' && continued !== undefined && block.ordered) {
        continued.count = numberList(block, ctx.locale, { continues: continued.number, start: continued.count }, state, ctx)
        continue
      }
      if (!keepsParagraphNumbering.has(block.type)) continued = undefined
      numberBlock(block, state, ctx)
    }
  }
  flow(blocks)
  labelNotes(state, ctx.locale)
  return state.targets
}

/** Blocks that sit between a report paragraph's lists without ending its numbering (5.4.1, box, 5.4.2). */
const keepsParagraphNumbering = new Set<Block['type']>(['box', 'note', 'table', 'figure', 'sourceLine', 'pageBreak', 'list'])

function annexSpec(annex: Annex, ctx: ResolveContext): AnnexNumbering {
  return annex.variant === 'appendix' ? ctx.template.numbering.appendix! : ctx.template.numbering.annex
}

function numberAnnex(annex: Annex, n: number, total: number, state: State, ctx: ResolveContext): void {
  const spec = annexSpec(annex, ctx)
  const number = annexCounter(spec.scheme, n)
  const pattern = total === 1 && spec.single ? spec.single : spec.heading
  const label = formatPattern(ctx.locale, pattern, { ...state.phrases, n: number })
  annex.label = spec.upper ? upper(ctx.locale, label) : label
  if (spec.status) annex.status = ctx.locale.labels[spec.status]
  if (!annex.id) annex.id = `${annex.variant}-${number}`
  // A lone annex is cited as "the Annex" in ITU texts: the locale's annexSingle word.
  const refPattern = annex.variant === 'appendix' ? 'appendixNumber' : total === 1 && spec.single ? 'annexSingle' : 'annexNumber'
  state.targets.set(annex.id, formatPattern(ctx.locale, refPattern, { n: number }))
}

function numberBlock(block: Block, state: State, ctx: ResolveContext): void {
  switch (block.type) {
    case 'heading':
      numberHeading(block, state, ctx)
      break
    case 'call':
      numberCall(block, state, ctx)
      return
    case 'list':
      numberList(block, ctx.locale, { scheme: listScheme(block, ctx) }, state, ctx)
      return
    case 'definition':
      block.number = `${state.heading ?? ''}${state.heading ? '.' : ''}${++state.definitions}`
      break
    case 'table':
      if (block.caption) {
        const n = scoped(state.scope, ++state.scope.tables)
        block.caption.label = formatPattern(ctx.locale, 'tableNumber', { n })
        block.caption.separator = ctx.locale.punctuation.captionSeparator
        if (block.id) state.targets.set(block.id, block.caption.label)
      }
      break
    case 'figure': {
      const n = scoped(state.scope, ++state.scope.figures)
      block.caption.label = formatPattern(ctx.locale, 'figureNumber', { n })
      block.caption.separator = block.caption.text.length ? ctx.locale.punctuation.captionSeparator : ''
      if (block.id) state.targets.set(block.id, block.caption.label)
      break
    }
    case 'note':
      state.notes.push({ note: block, clause: state.clause })
      break
    case 'box':
      if (block.id) state.targets.set(block.id, inlineText(block.title))
      break
    default:
      break
  }
  visitInlines(block, state, ctx)
  for (const child of childBlocks(block)) numberBlock(child, state, ctx)
}

function childBlocks(block: Block): Block[] {
  switch (block.type) {
    case 'box': case 'note': case 'section': case 'blockquote': case 'listItem': case 'table': case 'tableRow': case 'tableCell':
      return block.children
    default:
      return []
  }
}

function scoped(scope: Scope, n: number): string {
  return scope.prefix ? `${scope.prefix}.${n}` : String(n)
}

function numberHeading(heading: Heading, state: State, ctx: ResolveContext): void {
  state.clause += 1
  state.paragraphs = 0
  state.definitions = 0
  if (!ctx.template.numbering.headings) {
    if (heading.id) state.targets.set(heading.id, inlineText(heading.children))
    return
  }
  const counters = state.scope.headings
  counters.length = Math.max(counters.length, heading.depth)
  for (let d = 0; d < heading.depth; d++) counters[d] ??= 0
  counters[heading.depth - 1]! += 1
  counters.length = heading.depth
  const number = (state.scope.prefix ? `${state.scope.prefix}.` : '') + counters.join('.')
  heading.number = number
  state.heading = number
  heading.id ??= `clause-${number.replace(/[^\w]+/g, '-')}`
  if (!ctx.ids.has(heading.id)) ctx.ids.set(heading.id, { node: heading, position: heading.position })
  state.targets.set(heading.id, formatPattern(ctx.locale, 'clauseRef', { n: number }))
}

function listScheme(list: List, ctx: ResolveContext): Scheme | 'bullet' {
  if (!list.ordered) return 'bullet'
  return list.delimiter === ')' ? 'numeric' : ctx.template.numbering.orderedList
}

interface ListNumbering {
  scheme?: Scheme | 'bullet'
  /** Report lists continue the previous paragraph's number: 4.10 → 4.10.1. */
  continues?: string
  /** Operative call items print bare numbers ("1"), other lists "1)". */
  bare?: boolean
  level?: number
  /** The number before the first item (calls and report paragraphs continue across several lists). */
  start?: number
  /** Letters of the top level in italics (a preambular call's items). */
  italic?: boolean
}

/** Italic labels are letters: ITU never sets numerals in italics (AG 9.4), nor the dash of an unnumbered item. */
const lettered: ReadonlySet<Numbering['scheme']> = new Set(['alpha', 'roman', 'abjad'])

/**
 * Returns the number of the last item. A start written in the source (`3.`) is honoured;
 * otherwise the list counts on from `how.start`.
 */
function numberList(list: List, locale: Locale, how: ListNumbering, state: State, ctx: ResolveContext): number {
  const level = how.level ?? 1
  let n = list.start !== undefined ? list.start - 1 : how.start ?? 0
  for (const item of list.children) {
    n += 1
    if (how.continues !== undefined) item.number = { label: `${how.continues}.${n}`, scheme: 'paragraph', level }
    else if (how.scheme === 'bullet' || how.scheme === undefined) item.number = { label: locale.lettering.bullet, scheme: 'bullet', level }
    else item.number = { label: itemLabel(locale, how.scheme, n, how.bare === true && how.scheme === 'numeric'), scheme: how.scheme, level }
    if (how.italic && lettered.has(item.number.scheme)) item.number.italic = true
    for (const child of item.children) {
      if (child.type === 'list') {
        const scheme = !child.ordered ? 'bullet' : how.scheme && how.scheme !== 'bullet' ? nested[how.scheme] : how.continues !== undefined ? 'alpha' : listScheme(child, ctx)
        numberList(child, locale, { scheme, level: level + 1 }, state, ctx)
      } else numberBlock(child, state, ctx)
    }
  }
  return n
}

function numberCall(call: Call, state: State, ctx: ResolveContext): void {
  visitInlines(call, state, ctx)
  const scheme: Scheme = call.numbering ?? (call.kind === 'operative' ? 'numeric' : 'alpha')
  let count = 0
  for (const child of call.children) {
    if (child.type === 'list') {
      const listScheme: Scheme | 'bullet' = child.ordered ? scheme : 'bullet'
      // ITU sets the letters of preambular items in italics, like the call line ("a)", RES1).
      count = numberList(child, ctx.locale, { scheme: listScheme, bare: true, start: count, italic: call.kind === 'preambular' }, state, ctx)
    } else numberBlock(child, state, ctx)
  }
}

function labelNotes(state: State, locale: Locale): void {
  const perClause = new Map<number, Note[]>()
  for (const { note, clause } of state.notes) perClause.set(clause, [...(perClause.get(clause) ?? []), note])
  for (const notes of perClause.values()) {
    notes.forEach((note, i) => {
      const lead = notes.length === 1 ? locale.labels.note : formatPattern(locale, 'noteNumbered', { n: String(i + 1) })
      note.label = lead + locale.punctuation.noteDash
      if (locale.typography.noteLabelBold) note.labelBold = true
    })
  }
}

/** Number footnotes in order of first reference; a footnote's own content is numbered when first seen. */
function visitInlines(block: Block, state: State, ctx: ResolveContext): void {
  const visit = (inline: Inline): void => {
    if (inline.type === 'footnoteRef') {
      const existing = state.footnotes.get(inline.id)
      if (existing) inline.number = existing
      else {
        const source = ctx.footnoteSource.get(inline.id)!
        const number = state.footnotes.size + 1
        state.footnotes.set(inline.id, number)
        inline.number = number
        ctx.entries = false
        const children = convertBlocks(source.children, ctx)
        ctx.entries = true
        const definition = { type: 'footnoteDefinition' as const, id: inline.id, number, children, position: source.position ?? inline.position }
        checkFootnotePlacement(definition.children, ctx)
        ctx.footnotes.push(definition)
        for (const child of definition.children) numberBlock(child, state, ctx)
      }
    }
    for (const child of inlineChildren(inline)) visit(child)
  }
  for (const run of inlineSlots(block)) for (const inline of run) visit(inline)
}
