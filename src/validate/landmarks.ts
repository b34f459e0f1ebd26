// The structure that all language variants of a document share, as a tree of landmarks:
// calls with their items (and sub-items), sections, headings, tables, figures, notes, boxes,
// annexes and footnote references — everything a translator must keep, and nothing a
// translation may legitimately change (paragraph breaks, wording, addressees' words).
// `firstDifference` walks two such trees in step and stops at the first place they differ.
import type { Position } from 'unist'
import type { Block, Inline, ItuRoot } from '../model/nodes.js'
import { blockChildren, inlineChildren, inlineSlots } from '../model/traverse.js'
import { inlineText } from './text.js'

export interface Landmark {
  kind: 'call' | 'item' | 'section' | 'heading' | 'table' | 'figure' | 'note' | 'box' | 'annex' | 'footnote'
  /** What distinguishes landmarks of one kind: the call key, section role, heading depth, annex or appendix. */
  key: string
  /** How a message names it ("the call \"resolves\"", "item 2"). */
  name: string
  position: Position
  children: Landmark[]
}

function footnotesIn(inlines: readonly Inline[], out: Landmark[]): void {
  for (const inline of inlines) {
    if (inline.type === 'footnoteRef') out.push({ kind: 'footnote', key: '', name: `footnote ${inline.number}`, position: inline.position, children: [] })
    else footnotesIn(inlineChildren(inline), out)
  }
}

/** Landmarks of a run of blocks; `inCall` makes list items into items. Names use the variant's own labels. */
function landmarksOf(blocks: readonly Block[], inCall: boolean): Landmark[] {
  const out: Landmark[] = []
  for (const block of blocks) {
    const own: Landmark[] = []
    for (const run of inlineSlots(block)) footnotesIn(run, own)
    const children = [...own, ...landmarksOf(blockChildren(block), block.type === 'call' || (inCall && (block.type === 'list' || block.type === 'listItem')))]
    const add = (kind: Landmark['kind'], key: string, name: string): void => void out.push({ kind, key, name, position: block.position, children })
    switch (block.type) {
      case 'call': add('call', block.key, `the call "${inlineText(block.label) || block.key}"`); break
      case 'listItem':
        if (inCall) add('item', '', `item ${block.number.label}`)
        else out.push(...children)
        break
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

export function landmarks(root: ItuRoot): Landmark[] {
  return landmarksOf(root.children, false)
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
    if (items(o) !== items(v)) return { position: v.position, description: `${v.name} has ${plural(items(v), 'item')} where the original has ${items(o)}` }
    const inner = firstDifference(o.children, v.children, { name: v.name, end: { start: v.position.end, end: v.position.end } })
    if (inner) return inner
  }
  return undefined
}
