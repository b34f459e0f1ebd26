// The table of contents: the entries resolve computed, each a link to its heading's bookmark
// followed by a PAGEREF field. The field results (page numbers) are worked out when the
// document is packed (docx/layout estimates Word's pagination), so the table is filled in
// when the file is opened, before any field update; Word can still rebuild it (TOC \o \t).
import { AlignmentType, InternalHyperlink, PageReference, StyleLevel, TableOfContents } from 'docx'
import type { TocEntry } from '../../../model/nodes.js'
import type { Handler } from '../../walk.js'
import type { DocxContext, DocxOut } from '../context.js'
import { textRuns } from '../runs.js'
import { ParaStyle, styleName, tocTabStops } from '../styles.js'
import { compilesDocuments } from './included.js'
import { tab } from './lead.js'

const levelStyles = [ParaStyle.TOC1, ParaStyle.TOC2, ParaStyle.TOC3] as const

function entry(ctx: DocxContext, item: TocEntry) {
  const level = Math.min(Math.max(item.level, 1), 3) as 1 | 2 | 3
  const anchor = ctx.bookmark(item.targetId)
  const text = [...(item.number ? [...textRuns(ctx, item.number), tab(ctx)] : []), ...textRuns(ctx, item.text)]
  return ctx.paragraph({
    style: levelStyles[level - 1]!,
    tabStops: tocTabStops(level),
    children: [new InternalHyperlink({ anchor, children: text }), tab(ctx), new PageReference(anchor)],
  })
}

export const toc: Handler<'toc', DocxContext, DocxOut> = (node, ctx) => {
  ctx.state.hasPageReferences = true
  return [
    ctx.paragraph({ style: ParaStyle.TOCHeading, children: textRuns(ctx, node.title) }),
    ctx.paragraph({ style: ParaStyle.Headingb, alignment: AlignmentType.END, children: textRuns(ctx, ctx.root.words.page) }),
    new TableOfContents(node.title, {
      hyperlink: true,
      headingStyleRange: '1-2',
      // When Word rebuilds the table, annex and appendix headings (and a publication's part titles) are entries too, as resolve lists them.
      stylesWithLevels: [ParaStyle.AnnexNo, ParaStyle.AppendixNo, ...(compilesDocuments(ctx.root.children) ? [ParaStyle.PartTitle] : [])].map((style) => new StyleLevel(styleName(style), 1)),
      contentChildren: node.entries.map((item) => entry(ctx, item)),
    }),
  ]
}
