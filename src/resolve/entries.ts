// Tabbed entries: abbreviation lines (`ABBR<tab>Expansion`, or as many tab-separated fields
// as a clause needs — the Russian E.119 gives four) and references (`[ITU-T X.1]<tab>Text`,
// or with a space after the tag, in the References clause and the Bibliography). The
// consecutive entries of a clause become one list, which writers set in aligned columns.
import type { Position } from 'unist'
import type { Abbreviation, AbbreviationList, Block, Inline, Paragraph } from '../model/nodes.js'
import type { ResolveContext } from './context.js'
import { inlineText } from './inline.js'

type Line = Inline[][]

/** Drop white space at the ends of a field (around its tabs). */
function trimField(field: Inline[]): Inline[] {
  const out = [...field]
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') }
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') }
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** The lines of a paragraph (at line breaks in its text) and the fields of each (at its tabs). */
function splitLines(inlines: readonly Inline[]): Line[] {
  const lines: Line[] = [[[]]]
  const field = () => lines[lines.length - 1]!
  for (const node of inlines) {
    if (node.type === 'tab') field().push([])
    else if (node.type === 'break') lines.push([[]])
    else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((piece, i) => {
        if (i) lines.push([[]])
        if (piece) field()[field().length - 1]!.push({ ...node, value: piece })
      })
    } else field()[field().length - 1]!.push(node)
  }
  return lines.map((line) => line.map(trimField))
}

function linePosition(position: Position, i: number): Position {
  const line = position.start.line + i
  return { start: { line, column: 1 }, end: { line, column: 1 } }
}

/**
 * A paragraph whose every line has a tab after some text is a run of tabbed entries, one per
 * line; anything else is not (undefined).
 */
export function tabbedEntries(inlines: readonly Inline[], position: Position): Abbreviation[] | undefined {
  if (!inlines.some((node) => node.type === 'tab')) return undefined
  const lines = splitLines(inlines)
  if (!lines.every((line) => line.length >= 2 && line[0]!.length > 0)) return undefined
  return lines.map((fields, i) => ({ type: 'abbreviation', fields, position: lines.length > 1 ? linePosition(position, i) : position }))
}

/** `[ITU-T E.164] Recommendation …`: a reference written with a space after its tag. */
function spacedReference(paragraph: Paragraph): Abbreviation | undefined {
  const [first, ...rest] = paragraph.children
  if (first?.type !== 'text') return undefined
  const match = /^(\[[^\]\n]+\])[ \u00a0]+(\S[\s\S]*)$/.exec(first.value)
  if (!match) return undefined
  const text: Inline[] = [{ ...first, value: match[2]! }, ...rest]
  return { type: 'abbreviation', fields: [[{ ...first, value: match[1]! }], text], position: paragraph.position }
}

const isTag = (field: readonly Inline[]): boolean => /^\[[^\]]+\]$/.test(inlineText(field as Inline[]).trim())

function list(entries: Abbreviation[]): AbbreviationList {
  const kind = entries.every((entry) => isTag(entry.fields[0]!)) ? 'reference' : 'abbreviation'
  const columns = Math.max(...entries.map((entry) => entry.fields.length))
  return { type: 'abbreviationList', kind, columns, children: entries, position: { start: entries[0]!.position.start, end: entries[entries.length - 1]!.position.end } }
}

/** Blocks whose children are blocks that may hold entries (tables keep theirs as written). */
const containers = new Set<Block['type']>(['list', 'listItem', 'call', 'box', 'note', 'annex', 'section', 'blockquote'])

/**
 * Group consecutive entries into lists, in every container, after turning the references of
 * the References clause and of a Bibliography into entries.
 */
export function groupEntries(blocks: Block[], ctx: ResolveContext): Block[] {
  // Lower-cased once: in a locale other than English, toLocaleLowerCase asks ICU, and this ran
  // for every list, item and call of a document (20 ms of the Arabic corpus's 60 resolutions).
  const referencesTitle = ctx.locale.labels.references.trim().toLocaleLowerCase(ctx.locale.intl)
  return grouped(blocks, referencesTitle, ctx.locale.intl, false)
}

function grouped(blocks: Block[], referencesTitle: string, intl: string, inReferences: boolean): Block[] {
  const out: Block[] = []
  let run: Abbreviation[] = []
  let references = inReferences
  const flush = () => {
    if (run.length) out.push(list(run))
    run = []
  }
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 1) references = inlineText(block.children).trim().toLocaleLowerCase(intl) === referencesTitle
    const entry = block.type === 'abbreviation' ? block : references && block.type === 'paragraph' ? spacedReference(block) : undefined
    if (entry) {
      run.push(entry)
      continue
    }
    flush()
    if (containers.has(block.type)) {
      const container = block as Extract<Block, { type: 'list' | 'listItem' | 'call' | 'box' | 'note' | 'annex' | 'section' | 'blockquote' }>
      const bibliography = container.type === 'section' && container.role === 'bibliography'
      ;(container as { children: Block[] }).children = grouped(container.children, referencesTitle, intl, bibliography)
    }
    out.push(block)
  }
  flush()
  return out
}
