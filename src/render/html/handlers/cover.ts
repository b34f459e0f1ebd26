// The cover block → hast, generically: lines become paragraphs with their role as class,
// tables become layout tables. No template is known here; only roles.
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

type CoverHandlers = Pick<Handlers<HtmlContext, ElementContent>, 'cover' | 'coverLine' | 'coverTable' | 'coverRow' | 'coverCell'>

export const coverHandlers: CoverHandlers = {
  cover: (node, ctx) => {
    const children = node.children.map((block) => {
      // The document's title (resolve marks one line) is the page's h1.
      if (block.type === 'coverLine' && block.heading) {
        // h1 for the document; one level below its part title inside a publication.
        return h(`h${Math.max(1, ctx.headingOffset + 1)}.cover-line.${block.role}`, ctx.walk.all(block.children, ctx))
      }
      return ctx.walk.one(block, ctx)
    })
    return h('header.cover', children.flat())
  },
  coverLine: (node, ctx) => (node.children.length ? h(`p.cover-line.${node.role}`, ctx.walk.all(node.children, ctx)) : undefined),
  coverTable: (node, ctx) => {
    const total = node.widths.reduce((a, b) => a + b, 0)
    return h(`table.cover-table.cover-${node.role}`, { role: 'presentation' }, [
      h('colgroup', node.widths.map((w) => h('col', { style: `width:${((100 * w) / total).toFixed(2)}%` }))),
      h('tbody', ctx.walk.all(node.children, ctx)),
    ])
  },
  coverRow: (node, ctx) => h('tr', { className: node.rule ? [`rule-${node.rule}`] : undefined }, ctx.walk.all(node.children, ctx)),
  // Each line of a cell is its own block, so roles can style lines (the Sector name in bold).
  coverCell: (node, ctx) =>
    h(`td.${node.role}`, { colSpan: node.span > 1 ? node.span : undefined }, node.children.map((line) => h('span.line', ctx.walk.all(line, ctx)))),
}
