// Where constructs may stand. Annexes and appendices are parts of the document: they open a
// new page and restart numbering, so they must sit at the top level, not inside a call, a
// box, a list or another annex (remark-directive would happily nest them). A footnote holds
// text: paragraphs, lists, quotes and code, as a footnote in Word, never a table or a figure.
import type { Block } from '../model/nodes.js'
import { structureRules } from '../model/rules.js'
import { visitDocument } from '../model/traverse.js'
import type { ResolveContext } from './context.js'

export function checkPlacement(children: Block[], ctx: ResolveContext): void {
  visitDocument(children, {
    block: (block, ancestors) => {
      if (block.type !== 'annex' || ancestors.length === 0) return
      const parent = ancestors[ancestors.length - 1]!
      ctx.report(structureRules.misplaced, block, { construct: block.variant, where: `inside a ${parent.type === 'annex' ? parent.variant : parent.type}` })
    },
  })
}

/** What a footnote may hold (Word footnotes hold paragraphs; lists and quotes are paragraphs there). */
const inFootnote = new Set<Block['type']>(['paragraph', 'list', 'listItem', 'blockquote', 'code', 'thematicBreak', 'heading'])

export function checkFootnotePlacement(children: Block[], ctx: ResolveContext): void {
  const reported = new Set<Block>()
  visitDocument(children, {
    block: (block, ancestors) => {
      if (inFootnote.has(block.type) || ancestors.some((ancestor) => reported.has(ancestor))) return
      reported.add(block)
      const construct = block.type === 'annex' ? block.variant : block.type === 'call' ? 'call' : block.type
      ctx.report(structureRules.misplaced, block, { construct, where: 'inside a footnote' })
    },
  })
}
