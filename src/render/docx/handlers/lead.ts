// Blocks whose first paragraph starts with something typed before the text: a list label and
// tab ("a)<tab>"), a note's "NOTE –", a footnote's tab after its mark. ITU types these into
// the paragraph instead of using Word numbering, so the first paragraph gets the lead and the
// item's later paragraphs keep its indent.
import { Bookmark, Tab, type ParagraphChild } from 'docx'
import type { Block } from '../../../model/nodes.js'
import type { DocxContext, FlowBlock } from '../context.js'
import { run } from '../runs.js'
import type { ParaStyle } from '../styles.js'

export interface Lead {
  /** Runs typed before the first paragraph's text. */
  runs: ParagraphChild[]
  style: ParaStyle
  /** Later paragraphs start with a tab, to reach a hanging indent. */
  indentLater: boolean
  /** A hanging indent of the paragraphs' own (twips), where the style has none. */
  indent?: { left: number; hanging: number }
  /** Space above the first paragraph (twips), where the style's does not do. */
  spacingBefore?: number
}

export function tab(ctx: DocxContext): ParagraphChild {
  return run(ctx, { children: [new Tab()] })
}

export function withLead(ctx: DocxContext, children: readonly Block[], lead: Lead): FlowBlock[] {
  const [first, ...later] = children
  const out: FlowBlock[] = []
  const own = lead.indent ? { indent: lead.indent } : {}
  const opening = { style: lead.style, ...own, ...(lead.spacingBefore !== undefined ? { spacing: { before: lead.spacingBefore } } : {}) }
  if (first?.type === 'paragraph') out.push(ctx.paragraph({ ...opening, children: [...lead.runs, ...ctx.inlines(first.children)] }))
  else {
    out.push(ctx.paragraph({ ...opening, children: lead.runs }))
    if (first) out.push(...ctx.flow([first]))
  }
  for (const block of later) {
    out.push(...(block.type === 'paragraph'
      ? [ctx.paragraph({ style: lead.style, ...own, children: [...(lead.indentLater ? [tab(ctx)] : []), ...ctx.inlines(block.children)] })]
      : ctx.flow([block])))
  }
  return out
}

/** Paragraph content, wrapped in a bookmark when the element is a cross-reference target. */
export function bookmarked(ctx: DocxContext, id: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return id ? [new Bookmark({ id: ctx.bookmark(id), children })] : children
}
