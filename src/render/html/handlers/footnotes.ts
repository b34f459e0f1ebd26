// Footnotes as endnotes with back links. A publication's documents each number their notes
// from 1, so anchors carry the document's scope ("d2-fn-1") to stay unique in the page.
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { FootnoteDefinition } from '../../../model/nodes.js'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

export const noteAnchor = (ctx: HtmlContext, number: number): string => `${ctx.footnoteScope}fn-${number}`
export const refAnchor = (ctx: HtmlContext, number: number, seen = 1): string => `${ctx.footnoteScope}fnref-${number}${seen > 1 ? `-${seen}` : ''}`

export const footnoteHandlers: Pick<Handlers<HtmlContext, ElementContent>, 'footnoteRef' | 'footnoteDefinition'> = {
  footnoteRef: (node, ctx) => {
    const seen = (ctx.footnoteRefs.get(node.number) ?? 0) + 1
    ctx.footnoteRefs.set(node.number, seen)
    return h('sup.footnote-ref', h('a', { href: `#${noteAnchor(ctx, node.number)}`, id: refAnchor(ctx, node.number, seen), role: 'doc-noteref', ariaDescribedBy: `${ctx.footnoteScope}footnotes-label` }, String(node.number)))
  },
  footnoteDefinition: (node, ctx) => {
    const back = h('a.footnote-back', { href: `#${refAnchor(ctx, node.number)}`, ariaLabel: `${ctx.root.words.backToText} ${node.number}` }, '↩')
    const content = ctx.walk.all(node.children, ctx)
    const last = content[content.length - 1]
    if (last?.type === 'element' && last.tagName === 'p') last.children.push({ type: 'text', value: ' ' }, back)
    else content.push(back)
    return h('li', { id: noteAnchor(ctx, node.number), value: node.number }, content)
  },
}

/** The endnotes of a document (or of one document of a publication), or nothing. */
export function footnotesSection(footnotes: readonly FootnoteDefinition[], ctx: HtmlContext): Element[] {
  if (!footnotes.length) return []
  return [h('section.footnotes', { role: 'doc-endnotes', ariaLabelledBy: `${ctx.footnoteScope}footnotes-label` }, [
    h(`h${Math.min(6, 2 + ctx.headingOffset)}.footnotes-title`, { id: `${ctx.footnoteScope}footnotes-label` }, ctx.root.words.footnotes),
    h('ol', ctx.walk.all(footnotes, ctx)),
  ])]
}
