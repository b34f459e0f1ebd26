// The HTML writer's handler map: one entry per IR node type (a missing one is a compile error).
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'
import { blockHandlers } from './blocks.js'
import { coverHandlers } from './cover.js'
import { footnoteHandlers, footnotesSection } from './footnotes.js'
import { inlineHandlers } from './inline.js'
import { ituHandlers } from './itu.js'
import { tableHandlers } from './table.js'

export const handlers: Handlers<HtmlContext, ElementContent> = {
  ...inlineHandlers,
  ...blockHandlers,
  ...ituHandlers,
  ...tableHandlers,
  ...coverHandlers,
  ...footnoteHandlers,
  // A document of a publication: its cover, body and endnotes, one heading level down, on a new page in print.
  included: (node, ctx) => {
    const inner: HtmlContext = { ...ctx, headingOffset: ctx.headingOffset + 2, footnoteScope: `${node.id}-`, footnoteRefs: new Map() }
    return h('article.included', { id: node.id, className: node.justified ? ['justified'] : undefined }, [
      ...inner.walk.one(node.cover, inner),
      ...inner.walk.all(node.children, inner),
      ...footnotesSection(node.footnotes, inner),
    ])
  },
}
