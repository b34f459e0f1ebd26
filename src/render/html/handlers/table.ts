// Tables and figures → hast. Captions are real text ("Table 1 – Title") in <caption> above
// tables and <figcaption> below figures; header rows are <thead> with <th scope="col">.
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Caption } from '../../../model/nodes.js'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

type TableHandlers = Pick<Handlers<HtmlContext, ElementContent>, 'table' | 'tableRow' | 'tableCell' | 'figure'>

function caption(value: Caption, ctx: HtmlContext): ElementContent[] {
  return [h('span.caption-label', value.label), { type: 'text', value: value.separator }, ...ctx.walk.all(value.text, ctx)]
}

export const tableHandlers: TableHandlers = {
  table: (node, ctx) => {
    const head = node.children.slice(0, node.headerRows)
    const body = node.children.slice(node.headerRows)
    const total = node.widths?.reduce((a, b) => a + b, 0) ?? 0
    return h(`table.table${node.landscape ? '.landscape' : ''}`, { id: node.id }, [
      ...(node.caption ? [h('caption', caption(node.caption, ctx))] : []),
      ...(node.widths ? [h('colgroup', node.widths.map((w) => h('col', { style: `width:${((100 * w) / total).toFixed(2)}%` })))] : []),
      ...(head.length ? [h('thead', ctx.walk.all(head, ctx))] : []),
      h('tbody', ctx.walk.all(body, ctx)),
    ])
  },
  tableRow: (node, ctx) => h('tr', ctx.walk.all(node.children, ctx)),
  tableCell: (node, ctx) =>
    h(node.header ? 'th' : 'td', { scope: node.header ? 'col' : undefined, className: node.align ? [`align-${node.align}`] : undefined }, ctx.walk.all(node.children, ctx)),
  figure: (node, ctx) =>
    h('figure.figure', { id: node.id }, [h('img', { src: ctx.assetUrl(node.src), alt: node.alt }), h('figcaption', caption(node.caption, ctx))]),
}
