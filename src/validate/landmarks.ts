// The structure that all language variants of a document share, as a tree of landmarks:
// every numbered construct — calls with their items (and sub-items), lists and their items
// outside calls, clauses (a heading holds what follows it up to the next heading of its level
// or above), definitions, numbered paragraphs, sections, tables, figures, notes, boxes,
// annexes and footnote references — everything a translator must keep, and nothing a
// translation may legitimately change (paragraph breaks, wording, addressees' words).
// `firstDifference` walks two such trees in step and stops at the first place they differ.
import type { Position } from 'unist'
import type { Block, Inline, ItuRoot } from '../model/nodes.js'
import { blockChildren, inlineChildren, inlineSlots } from '../model/traverse.js'
import { inlineText } from './text.js'

export interface Landmark {
  kind: 'call' | 'item' | 'list' | 'definition' | 'paragraph' | 'section' | 'heading' | 'table' | 'figure' | 'note' | 'box' | 'annex' | 'footnote'
  /** What distinguishes landmarks of one kind: the call key, section role, heading depth, annex or appendix. */
  key: string
  /** How a message names it ("the call \"resolves\"", "item 2"). */
  name: string
  position: Position
  children: Landmark[]
  /** An ordered list item's number as written in the source (`5)` → 5): shows which item a translator left out. */
  written?: number
}

function footnotesIn(inlines: readonly Inline[], out: Landmark[]): void {
  for (const inline of inlines) {
    if (inline.type === 'footnoteRef') out.push({ kind: 'footnote', key: '', name: `footnote ${inline.number}`, position: inline.position, children: [] })
    else footnotesIn(inlineChildren(inline), out)
  }
}

/** The number an ordered list item's marker shows in the source text, if it shows one. */
function writtenNumber(source: string | undefined, block: Block): number | undefined {
  const offset = block.position.start.offset
  if (source === undefined || offset === undefined) return undefined
  const marker = /^(\d{1,9})[.)]/.exec(source.slice(offset, offset + 12))
  return marker ? Number(marker[1]) : undefined
}

/**
 * Landmarks of a run of blocks. In a call, lists are the call's own items (`inCall`); outside
 * calls a list is a landmark holding its items. Names use the variant's own labels.
 */
function landmarksOf(blocks: readonly Block[], inCall: boolean, source: string | undefined): Landmark[] {
  const out: Landmark[] = []
  for (const block of blocks) {
    const own: Landmark[] = []
    for (const run of inlineSlots(block)) footnotesIn(run, own)
    const itemsBelow = block.type === 'call' || block.type === 'list' || (inCall && block.type === 'listItem')
    const children = [...own, ...landmarksOf(blockChildren(block), itemsBelow, source)]
    const add = (kind: Landmark['kind'], key: string, name: string): void => void out.push({ kind, key, name, position: block.position, children })
    switch (block.type) {
      case 'call': add('call', block.key, `the call "${inlineText(block.label) || block.key}"`); break
      case 'list':
        if (inCall) out.push(...children)
        else add('list', block.ordered ? 'ordered' : 'bullets', 'the list')
        break
      case 'listItem': {
        const written = writtenNumber(source, block)
        out.push({ kind: 'item', key: '', name: `item ${block.number.label}`, position: block.position, children, ...(written === undefined ? {} : { written }) })
        break
      }
      case 'definition': add('definition', '', `definition ${block.number}`); break
      case 'numberedParagraph': add('paragraph', '', `paragraph ${block.number}`); break
      case 'section': add('section', block.role, `the ${block.role} section`); break
      case 'heading': add('heading', String(block.depth), `the heading "${inlineText(block.children)}"`); break
      case 'table': add('table', '', block.caption?.label ? `table "${block.caption.label}"` : 'a table'); break
      case 'figure': add('figure', '', `figure "${block.caption.label}"`); break
      case 'note': add('note', '', 'a note'); break
      case 'box': add('box', '', 'a box'); break
      case 'annex': add('annex', block.variant, `"${block.label}"`); break
      default: out.push(...children)
    }
  }
  return out
}

/**
 * Each heading made the landmark of its clause: it holds what follows, up to the next heading
 * of its level or above, and its position runs to the end of the clause, so that what is
 * missing from a clause is reported where the clause ends.
 */
function nestClauses(flat: readonly Landmark[]): Landmark[] {
  const out: Landmark[] = []
  const open: Landmark[] = []
  for (const landmark of flat) {
    const nested = { ...landmark, children: landmark.kind === 'annex' ? nestClauses(landmark.children) : [...landmark.children] }
    while (nested.kind === 'heading' && open.length && Number(open[open.length - 1]!.key) >= Number(nested.key)) open.pop()
    const parent = open[open.length - 1]
    if (parent) {
      parent.children.push(nested)
      for (const clause of open) clause.position = { start: clause.position.start, end: nested.position.end }
    } else out.push(nested)
    if (nested.kind === 'heading') open.push(nested)
  }
  return out
}

/** The landmarks of a variant; `source`, its Markdown text, gives the item numbers as written. */
export function landmarks(root: ItuRoot, source?: string): Landmark[] {
  return nestClauses(landmarksOf(root.children, false, source))
}

export interface Difference {
  /** Where the variant differs: a landmark, or the end of the enclosing one. */
  position: Position
  /** What differs, written from the variant's point of view. */
  description: string
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function items(landmark: Landmark): number {
  return landmark.children.filter((c) => c.kind === 'item').length
}

/** The first item of `list` whose written number skips one ("1) 2) 3) 5)"): where an item was left out. */
function skippedItem(list: Landmark): Landmark | undefined {
  const itemsOf = list.children.filter((c) => c.kind === 'item')
  const first = itemsOf[0]?.written
  return first === undefined ? undefined : itemsOf.find((item, i) => item.written !== undefined && item.written > first + i)
}

function skipped(list: Landmark): Position | undefined {
  return skippedItem(list)?.position
}

/** Which original item the skipped number names, for the message. */
function skippedName(original: Landmark, list: Landmark): string {
  const item = skippedItem(list)
  if (!item) return ''
  const index = list.children.filter((c) => c.kind === 'item').indexOf(item)
  const missing = original.children.filter((c) => c.kind === 'item')[index]
  return missing ? ` (${missing.name} of the original is missing before this one)` : ''
}

/** Where the enclosing landmark ends in the variant (a missing landmark is reported there), and its name. */
interface Enclosing { name?: string; end: Position }

/** The first place where `variant` differs from `original`, or undefined. */
export function firstDifference(original: readonly Landmark[], variant: readonly Landmark[], enclosing: Enclosing): Difference | undefined {
  for (let i = 0; i < Math.max(original.length, variant.length); i++) {
    const o = original[i]
    const v = variant[i]
    if (!v) return { position: enclosing.end, description: `${o!.name} of the original is missing${enclosing.name ? ` from ${enclosing.name}` : ''}` }
    if (!o) return { position: v.position, description: `${v.name} is not in the original` }
    if (o.kind !== v.kind || o.key !== v.key) return { position: v.position, description: `here is ${v.name} where the original has ${o.name}` }
    if (items(o) !== items(v)) return { position: skipped(v) ?? v.position, description: `${v.name} has ${plural(items(v), 'item')} where the original has ${items(o)}${skippedName(o, v)}` }
    const inner = firstDifference(o.children, v.children, { name: v.name, end: { start: v.position.end, end: v.position.end } })
    if (inner) return inner
  }
  return undefined
}
