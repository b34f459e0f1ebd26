// Where constructs may stand. Annexes and appendices are parts of the document: they open a
// new page and restart numbering, so they must sit at the top level, not inside a call, a
// box, a list or another annex (remark-directive would happily nest them).
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
