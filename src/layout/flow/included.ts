// A document of a publication (a resolution in a conference's final report): on pages of
// its own that carry its own running heads, tagged as an article holding its cover, body
// and footnotes. Its headings sit two levels down (the part title above it is level 1, the
// document itself level 2, in the tags and the outline); its text is justified as it says,
// and its footnotes, numbered from 1 again, get destinations of their own ("d2-fn-1").
// A heading right before a document is the title of its part: a page of its own, the title
// large and centred a third of the way down, as ITU's final reports divide their parts.
import type { Block, BlockMap } from '../../model/nodes.js'
import { styles } from '../styles.js'
import { cm } from '../units.js'
import { layoutHeading } from './blocks.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import { layoutFootnotes } from './footnotes.js'
import { emptySlice } from './slice.js'

/** How far down its page a part title stands. */
const partDrop = cm(8)

/** The top level of a document; in a publication, part titles get pages of their own. */
export function layoutTopLevel(flow: Flow, blocks: readonly Block[], env: FlowEnv): void {
  if (!blocks.some((block) => block.type === 'included')) return flow.blocks(blocks, env)
  blocks.forEach((block, i) => {
    if (block.type !== 'heading' || blocks[i + 1]?.type !== 'included') return flow.block(block, env)
    flow.marker(env).pageBreakBefore = true
    flow.emit({ ...emptySlice(env.orientation), height: partDrop, keepWithNext: true })
    layoutHeading(block, styles.partTitle, flow, env)
  })
}

export const includedHandlers: { included: BlockHandler<BlockMap['included']> } = {
  included: (node, flow, env) => {
    const tag = flow.kit.struct.add('Art', env.tag)
    const inner: FlowEnv = { ...env, tag, headingShift: env.headingShift + 2, justified: node.justified === true, footnoteScope: `${node.id}-` }
    flow.ownPages(node.page, () => {
      // The table of contents and the outline point at the top of the document's first page.
      const start = flow.marker(inner, [{ kind: 'destination', name: node.id, x: env.left, y: 0 }])
      start.marks = [{ title: node.title, level: env.headingShift + 2, y: 0 }]
      flow.block(node.cover, inner)
      flow.blocks(node.children, inner)
    })
    layoutFootnotes(flow, node.footnotes, inner)
  },
}
