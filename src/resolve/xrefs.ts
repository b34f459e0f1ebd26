// Cross-references: every `:ref{#id}` gets the printed label of its target ("Table 1",
// "Annex 2", "§ 4.2"), computed by numbering.ts. A reference to nothing is an error.
import type { Block, FootnoteDefinition } from '../model/nodes.js'
import { referenceRules } from '../model/rules.js'
import { visitDocument } from '../model/traverse.js'
import type { ResolveContext } from './context.js'

export function resolveXrefs(blocks: Block[], footnotes: FootnoteDefinition[], targets: Map<string, string>, ctx: ResolveContext): void {
  const fill = (tree: Block[]): void =>
    visitDocument(tree, {
      inline: (inline) => {
        if (inline.type !== 'xref') return
        const text = targets.get(inline.targetId)
        if (text === undefined) ctx.report(referenceRules.broken, inline, { id: inline.targetId })
        else inline.text = text
      },
    })
  fill(blocks)
  for (const footnote of footnotes) fill(footnote.children)
}
