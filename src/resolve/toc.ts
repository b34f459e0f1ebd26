// The table of contents, computed once from the numbered headings, annexes and an anchored
// Bibliography. Paginating
// writers add page numbers from their own layout; HTML links the entries.
import type { Position } from 'unist'
import type { Block, Toc, TocEntry } from '../model/nodes.js'
import { inlineText } from './inline.js'

/** Headings down to this depth are listed (ITU tables of contents show two levels). */
const maxDepth = 2

export function buildToc(blocks: readonly Block[], title: string, separator: string, position: Position): Toc {
  const entries: TocEntry[] = []
  const collect = (children: readonly Block[], depthOffset: number): void => {
    for (const block of children) {
      if (block.type === 'heading' && block.id && block.depth + depthOffset <= maxDepth) {
        entries.push({ level: block.depth + depthOffset, text: inlineText(block.children), targetId: block.id, ...(block.number ? { number: block.number } : {}) })
      } else if (block.type === 'section' && block.role === 'bibliography' && block.id) {
        entries.push({ level: 1, text: inlineText(block.title), targetId: block.id })
      } else if (block.type === 'included') {
        entries.push({ level: 2, text: block.title, targetId: block.id })
      } else if (block.type === 'annex' && block.id) {
        const title = inlineText(block.title)
        entries.push({ level: 1, text: title ? `${block.label}${separator}${title}` : block.label, targetId: block.id })
        collect(block.children, 1)
      }
    }
  }
  collect(blocks, 0)
  return { type: 'toc', title, entries, position }
}
