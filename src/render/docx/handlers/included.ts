// A publication's documents. Each is a section block of its own: it starts on a new page with
// its own running heads and footnote numbers, its cover bookmarked for the table of contents
// (entries link to the included document's id), its body justified or ragged as it stands.
// The publication around them has a title page of its own and a page for each part title.
import type { Block, Heading } from '../../../model/nodes.js'
import type { Handler } from '../../walk.js'
import { SectionBlock, type DocxContext, type DocxOut, type FlowBlock } from '../context.js'
import { collectFootnotes } from '../footnotes.js'
import { ParaStyle } from '../styles.js'
import { bookmarked } from './lead.js'

/** Whether a document compiles others (a publication). */
export const compilesDocuments = (children: readonly Block[]): boolean => children.some((block) => block.type === 'included')

/** A part title (ITU's Part_title style), bookmarked for the table of contents. */
const partTitle = (ctx: DocxContext, heading: Heading): FlowBlock =>
  ctx.paragraph({ style: ParaStyle.PartTitle, children: bookmarked(ctx, heading.id, ctx.inlines(heading.children)) })

/**
 * A document: its cover, then its body. In a publication the title page stands alone, and a
 * heading directly followed by an included document is the title of a part, on a page of its own.
 */
export function flowDocument(ctx: DocxContext, cover: readonly FlowBlock[], children: readonly Block[]): FlowBlock[] {
  if (!compilesDocuments(children)) return [...cover, ...ctx.flow(children)]
  // The body is a section of its own, which starts a new page: the page break resolve puts
  // after the title page is already there.
  const rest = children[0]?.type === 'pageBreak' ? children.slice(1) : children
  const body = rest.flatMap((block, i) =>
    block.type === 'heading' && rest[i + 1]?.type === 'included' ? [new SectionBlock([partTitle(ctx, block)])] : ctx.flow([block]))
  return [...cover, new SectionBlock(body)]
}

export const included: Handler<'included', DocxContext, DocxOut> = (node, ctx) => {
  const inner = ctx.with({ justified: node.justified === true })
  const blocks = flowDocument(inner, inner.with({ anchor: node.id }).flow([node.cover]), node.children)
  collectFootnotes(inner, node.footnotes)
  return new SectionBlock(blocks, node.page)
}
