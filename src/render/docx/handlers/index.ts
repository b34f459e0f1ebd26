// The DOCX writer's handler map: one entry per IR node type (a missing one is a compile error).
import type { Handlers } from '../../walk.js'
import type { DocxContext, DocxOut } from '../context.js'
import { ParaStyle } from '../styles.js'
import { blockHandlers } from './blocks.js'
import { coverHandlers } from './cover.js'
import { included } from './included.js'
import { inlineHandlers } from './inline.js'
import { ituHandlers } from './itu.js'
import { tab, withLead } from './lead.js'
import { tableHandlers } from './table.js'

export const handlers: Handlers<DocxContext, DocxOut> = {
  ...inlineHandlers,
  ...blockHandlers,
  ...ituHandlers,
  ...tableHandlers,
  ...coverHandlers,
  included,
  // A footnote's paragraphs: Word puts the mark first; ITU follows it with a tab to the hanging indent.
  footnoteDefinition: (node, ctx) => {
    const inner = ctx.with({ flow: false, paragraphStyle: ParaStyle.FootnoteText, call: undefined })
    return withLead(inner, node.children, { runs: [tab(inner)], style: ParaStyle.FootnoteText, indentLater: false })
  },
}
