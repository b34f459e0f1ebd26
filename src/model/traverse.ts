// Document-order traversal of the IR: which inline runs and which child blocks each block
// holds. Resolve (footnote order, xrefs) and validate (rules) use it; writers use walk.ts.
import type { Block, Inline } from './nodes.js'

/** The inline runs a block carries directly, in reading order. */
export function inlineSlots(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph': case 'heading': case 'numberedParagraph': case 'sourceLine':
      return [block.children]
    case 'definition':
      return block.source ? [block.term, block.source, block.children] : [block.term, block.children]
    case 'abbreviation':
      return block.fields
    case 'call':
      return [block.label]
    case 'box':
      return [block.title]
    case 'section':
      return [block.title]
    case 'annex':
      return [block.title]
    case 'table':
      return block.caption ? [block.caption.text] : []
    case 'figure':
      return [block.caption.text]
    case 'cover':
      return block.children.flatMap((b) => (b.type === 'coverLine' ? [b.children] : b.children.flatMap((row) => row.children.flatMap((cell) => cell.children))))
    default:
      return []
  }
}

/** The child blocks of a block, in reading order. */
export function blockChildren(block: Block): Block[] {
  switch (block.type) {
    case 'list': case 'listItem': case 'call': case 'box': case 'note': case 'annex': case 'section':
    case 'blockquote': case 'table': case 'tableRow': case 'tableCell': case 'included': case 'abbreviationList':
      return block.children
    default:
      return []
  }
}

/** The child inlines of an inline node (both sides of a substitution). */
export function inlineChildren(inline: Inline): Inline[] {
  switch (inline.type) {
    case 'emphasis': case 'strong': case 'strike': case 'link': case 'insertion': case 'deletion': case 'highlight':
      return inline.children
    case 'substitution':
      return [...inline.deleted, ...inline.inserted]
    default:
      return []
  }
}

/** Visit every block (pre-order) and, before its children, every inline it holds. */
export function visitDocument(
  blocks: readonly Block[],
  visitor: { block?: (block: Block, ancestors: readonly Block[]) => void; inline?: (inline: Inline, block: Block) => void },
  ancestors: Block[] = [],
): void {
  const visitInline = (inline: Inline, owner: Block): void => {
    visitor.inline?.(inline, owner)
    for (const child of inlineChildren(inline)) visitInline(child, owner)
  }
  for (const block of blocks) {
    visitor.block?.(block, ancestors)
    if (visitor.inline) for (const run of inlineSlots(block)) for (const inline of run) visitInline(inline, block)
    ancestors.push(block)
    visitDocument(blockChildren(block), visitor, ancestors)
    ancestors.pop()
  }
}

/**
 * Indices of the headings right before a landscape table (consecutive headings included).
 * They go with the table onto its landscape pages, so a heading never stays alone at the
 * foot of the portrait page before: keep-with-next holds across the change of orientation.
 */
export function headingsBeforeLandscape(blocks: readonly { type: string; landscape?: boolean }[]): Set<number> {
  const leads = new Set<number>()
  for (const [i, block] of blocks.entries()) {
    if (block.type !== 'table' || !block.landscape) continue
    for (let k = i - 1; k >= 0 && blocks[k]!.type === 'heading'; k--) leads.add(k)
  }
  return leads
}
