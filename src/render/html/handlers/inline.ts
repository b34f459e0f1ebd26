// Inline nodes → hast. Labels and numbers are text, revisions are <ins>/<del>.
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

type InlineHandlers = Pick<Handlers<HtmlContext, ElementContent>,
  'text' | 'emphasis' | 'strong' | 'strike' | 'inlineCode' | 'break' | 'tab' | 'link' | 'xref' |
  'inlineImage' | 'insertion' | 'deletion' | 'substitution' | 'reviewComment' | 'highlight'>

export const inlineHandlers: InlineHandlers = {
  text: (node) => ({ type: 'text', value: node.value }),
  emphasis: (node, ctx) => h('em', ctx.walk.all(node.children, ctx)),
  strong: (node, ctx) => h('strong', ctx.walk.all(node.children, ctx)),
  strike: (node, ctx) => h('s', ctx.walk.all(node.children, ctx)),
  inlineCode: (node) => h('code', node.value),
  break: () => h('br'),
  // A tab stop: rendered as a fixed-width gap so "ABBR<tab>Expansion" and "a)<tab>text" align.
  tab: () => h('span.tab', '\t'),
  link: (node, ctx) => h('a', { href: node.url }, ctx.walk.all(node.children, ctx)),
  xref: (node) => h('a.xref', { href: `#${node.targetId}` }, node.text),
  inlineImage: (node, ctx) => h('img', { src: ctx.assetUrl(node.src), alt: node.alt }),
  insertion: (node, ctx) => h('ins', ctx.walk.all(node.children, ctx)),
  deletion: (node, ctx) => h('del', ctx.walk.all(node.children, ctx)),
  substitution: (node, ctx) => [h('del', ctx.walk.all(node.deleted, ctx)), h('ins', ctx.walk.all(node.inserted, ctx))],
  reviewComment: (node) => h('span.review-comment', { role: 'note' }, node.value),
  highlight: (node, ctx) => h('mark', ctx.walk.all(node.children, ctx)),
}
