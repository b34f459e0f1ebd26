// ITU constructs → paragraphs: calls (the italic Call line, then its items), boxes (a framed
// one-cell table), source lines, notes ("NOTE – text") and annexes (a new page, the number
// line, the title, the status line).
import { TableCell, TableRow } from 'docx'
import type { Handlers } from '../../walk.js'
import type { DocxContext, DocxOut } from '../context.js'
import { cellMargins, gridTable, thinRule } from '../grid.js'
import { textRuns } from '../runs.js'
import { ParaStyle } from '../styles.js'
import { bookmarked, withLead } from './lead.js'

type ItuHandlers = Pick<Handlers<DocxContext, DocxOut>, 'call' | 'box' | 'sourceLine' | 'note' | 'annex'>

export const ituHandlers: ItuHandlers = {
  call: (node, ctx) => [
    ctx.paragraph({ style: ParaStyle.Call, children: ctx.inlines(node.label) }),
    ...ctx.with({ call: node.kind }).flow(node.children),
  ],
  box: (node, ctx) => {
    const inner = ctx.with({ flow: false, width: ctx.env.width - cellMargins, paragraphStyle: ParaStyle.Normal, call: undefined })
    const cell = new TableCell({
      children: [
        inner.paragraph({ style: ParaStyle.Boxtitle, children: bookmarked(ctx, node.id, inner.inlines(node.title)) }),
        ...inner.blocks(node.children),
      ],
    })
    return gridTable({
      rows: [new TableRow({ children: [cell] })],
      columns: [ctx.env.width],
      rtl: ctx.root.dir === 'rtl',
      borders: { top: thinRule, bottom: thinRule, left: thinRule, right: thinRule, insideHorizontal: thinRule, insideVertical: thinRule },
    })
  },
  sourceLine: (node, ctx) => ctx.paragraph({ style: ParaStyle.Source, children: [...textRuns(ctx, `${node.label} `), ...ctx.inlines(node.children)] }),
  note: (node, ctx) => {
    const labelCtx = node.labelBold ? ctx.with({ run: { ...ctx.env.run, bold: true } }) : ctx
    return withLead(ctx, node.children, { runs: [...textRuns(labelCtx, node.label), ...textRuns(ctx, ' ')], style: ParaStyle.Note, indentLater: false })
  },
  annex: (node, ctx) => {
    const isAnnex = node.variant === 'annex'
    const number = ctx.paragraph({ style: isAnnex ? ParaStyle.AnnexNo : ParaStyle.AppendixNo, pageBreakBefore: true, children: bookmarked(ctx, node.id, textRuns(ctx, node.label)) })
    const title = node.title.length ? [ctx.paragraph({ style: isAnnex ? ParaStyle.Annextitle : ParaStyle.Appendixtitle, children: ctx.inlines(node.title) })] : []
    const status = node.status ? [ctx.paragraph({ style: ParaStyle.Annexref, children: textRuns(ctx, node.status) })] : []
    return [number, ...title, ...status, ...ctx.flow(node.children)]
  },
}
