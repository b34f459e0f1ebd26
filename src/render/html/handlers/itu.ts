// ITU constructs → hast: calls (italic call line, items), boxes, source lines, notes, annexes.
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

type ItuHandlers = Pick<Handlers<HtmlContext, ElementContent>, 'call' | 'box' | 'sourceLine' | 'note' | 'annex'>

export const ituHandlers: ItuHandlers = {
  call: (node, ctx) =>
    h(`section.call.call-${node.kind}`, [h('p.Call', ctx.walk.all(node.label, ctx)), ...ctx.walk.all(node.children, ctx)]),
  box: (node, ctx) =>
    h('aside.box', { id: node.id }, [h('p.box-title', h('strong', ctx.walk.all(node.title, ctx))), ...ctx.walk.all(node.children, ctx)]),
  sourceLine: (node, ctx) => h('p.source', [h('span.source-label', node.label), { type: 'text', value: ' ' }, ...ctx.walk.all(node.children, ctx)]),
  note: (node, ctx) => {
    const children = ctx.walk.all(node.children, ctx)
    const lead = h('span.note-label', node.labelBold ? h('strong', node.label) : node.label)
    const first = children[0]
    // The label runs into the first paragraph: "NOTE – text".
    if (first?.type === 'element' && first.tagName === 'p') {
      ;(first as Element).children.unshift(lead, { type: 'text', value: ' ' })
      return h('div.note', children)
    }
    return h('div.note', [h('p', lead), ...children])
  },
  annex: (node, ctx) =>
    h(`section.annex.${node.variant}`, { id: node.id }, [
      h(`h${Math.min(6, 2 + ctx.headingOffset)}.annex-heading`, [h('span.annex-no', node.label), ...(node.title.length ? [h('br'), h('span.annex-title', ctx.walk.all(node.title, ctx))] : [])]),
      ...(node.status ? [h('p.annex-status', node.status)] : []),
      ...ctx.walk.all(node.children, { ...ctx, headingOffset: ctx.headingOffset + 1 }),
    ]),
}
