// The HTML writer's handler map: one entry per IR node type (a missing one is a compile error).
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'
import { blockHandlers } from './blocks.js'
import { coverHandlers } from './cover.js'
import { inlineHandlers } from './inline.js'
import { ituHandlers } from './itu.js'
import { tableHandlers } from './table.js'

export const handlers: Handlers<HtmlContext, ElementContent> = {
  ...inlineHandlers,
  ...blockHandlers,
  ...ituHandlers,
  ...tableHandlers,
  ...coverHandlers,
  footnoteDefinition: (node, ctx) => {
    const back = h('a.footnote-back', { href: `#fnref-${node.number}`, ariaLabel: `${ctx.root.words.backToText} ${node.number}` }, '↩')
    const content = ctx.walk.all(node.children, ctx)
    const last = content[content.length - 1]
    if (last?.type === 'element' && last.tagName === 'p') last.children.push({ type: 'text', value: ' ' }, back)
    else content.push(back)
    return h('li', { id: `fn-${node.number}`, value: node.number }, content)
  },
}
