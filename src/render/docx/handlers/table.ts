// Tables and figures. A table: its caption above ("Table 1 – Title", Table_NoTitle), a full
// grid of thin rules, column widths from the source, header rows repeated on every page
// (w:tblHeader), cells holding paragraphs and lists in Table_head / Table_text. A landscape
// table is handed to the page assembly as a block of its own. A figure: the picture, then its
// caption below (Figure_NoTitle).
import { TableCell, TableRow, WidthType, type ParagraphChild } from 'docx'
import type { Caption } from '../../../model/nodes.js'
import type { Handlers } from '../../walk.js'
import { asCells, asRows, LandscapeBlock, type DocxContext, type DocxOut } from '../context.js'
import { cellMargins, gridTable, scaleWidths, thinRule } from '../grid.js'
import { imageRun } from '../images.js'
import { landscapeTextWidth } from '../geometry.js'
import { textRuns } from '../runs.js'
import { ParaStyle, styleFont } from '../styles.js'
import { bookmarked } from './lead.js'

type TableHandlers = Pick<Handlers<DocxContext, DocxOut>, 'table' | 'tableRow' | 'tableCell' | 'figure'>

function caption(ctx: DocxContext, value: Caption): ParagraphChild[] {
  return [...textRuns(ctx, `${value.label}${value.separator}`), ...ctx.inlines(value.text)]
}

const twipsPerPoint = 20

const grid = { top: thinRule, bottom: thinRule, left: thinRule, right: thinRule, insideHorizontal: thinRule, insideVertical: thinRule }

export const tableHandlers: TableHandlers = {
  table: (node, ctx) => {
    const isLandscape = node.landscape && ctx.env.flow
    const width = isLandscape ? landscapeTextWidth : ctx.env.width
    // The PDF's columns: relative widths, a column too narrow for its longest word widened.
    const columns = scaleWidths(ctx.settings.metrics.tableColumns(node, width / twipsPerPoint), Math.max(0, ...node.children.map((row) => row.children.length)), width)
    const rows = node.children.flatMap((row, i) => asRows(ctx.walk.one(row, ctx.with({ columns, headerRow: i < node.headerRows }))))
    const table = gridTable({ rows, columns, rtl: ctx.root.dir === 'rtl', borders: grid, autofit: true })
    const title = node.caption ? [ctx.paragraph({ style: ParaStyle.TableNotitle, children: bookmarked(ctx, node.id, caption(ctx, node.caption)) })] : []
    return isLandscape ? new LandscapeBlock([...title, table]) : [...title, table]
  },
  tableRow: (node, ctx) => {
    const columns = ctx.env.columns ?? []
    const cells = node.children.flatMap((cell, i) => asCells(ctx.walk.one(cell, ctx.with({ width: columns[i] ?? ctx.env.width }))))
    // A row stays on one page (Word still breaks one taller than a page); header rows repeat.
    return new TableRow({ children: cells, cantSplit: true, ...(ctx.env.headerRow ? { tableHeader: true } : {}) })
  },
  tableCell: (node, ctx) => {
    const style = node.header ? ParaStyle.Tablehead : ParaStyle.Tabletext
    const inner = ctx.with({
      inTable: true,
      flow: false,
      call: undefined,
      paragraphStyle: style,
      width: ctx.env.width - cellMargins,
      hyphenated: { width: (ctx.env.width - cellMargins) / twipsPerPoint, ...styleFont(style) },
      ...(node.align ? { align: node.align } : {}),
    })
    const children = inner.blocks(node.children)
    return new TableCell({
      width: { size: ctx.env.width, type: WidthType.DXA },
      children: children.length ? children : [inner.paragraph({ style: inner.env.paragraphStyle })],
    })
  },
  figure: (node, ctx) => [
    ctx.paragraph({ style: ParaStyle.Figure, children: [imageRun(ctx.settings.assetData(node.src), node.src, node.alt, ctx.env.width)] }),
    ctx.paragraph({ style: ParaStyle.FigureNotitle, children: bookmarked(ctx, node.id, caption(ctx, node.caption)) }),
  ],
}
