// The cover, generically: each cover line is a paragraph in its role's ITU style, each cover
// table a borderless Word table on the template's column grid, with the rules the template
// asks for (1.5 pt under the header block, 0.75 pt around contacts) and a box round FOR
// ACTION / FOR INFORMATION marks. No template is known here; only roles.
import { TableCell, TableRow, VerticalMergeType, WidthType, type ITableCellBorders } from 'docx'
import type { CoverCell, CoverRole, CoverRow, CoverTable } from '../../../model/nodes.js'
import type { Handlers } from '../../walk.js'
import { asCells, asRows, type DocxContext, type DocxOut, type FlowBlock } from '../context.js'
import { cellMargins, gridTable, noRule, scaleWidths } from '../grid.js'
import { ParaStyle } from '../styles.js'
import { bookmarked } from './lead.js'

type CoverHandlers = Pick<Handlers<DocxContext, DocxOut>, 'cover' | 'coverLine' | 'coverTable' | 'coverRow' | 'coverCell'>

/**
 * The ITU style of each cover role. A list gives the style of each line of the cell in turn
 * (the last one repeats): the organization block is the Union's name, the Sector in large
 * bold, then the study group or period in small type, as on ITU-T covers.
 */
const roleStyles: Record<CoverRole, ParaStyle | readonly ParaStyle[]> = {
  label: ParaStyle.CoverLabel,
  value: ParaStyle.CoverText,
  docNumber: ParaStyle.Docnumber,
  headerRight: ParaStyle.TSBHeaderRight14,
  headerOrg: [ParaStyle.TSBHeaderOrg, ParaStyle.TSBHeaderSector, ParaStyle.TSBHeaderSmall],
  headerSector: ParaStyle.TSBHeaderSector,
  headerSmall: ParaStyle.TSBHeaderSmall,
  venueDate: ParaStyle.VenueDate,
  banner: ParaStyle.CoverBanner,
  checkbox: ParaStyle.Checkbox,
  checkboxNote: ParaStyle.CheckboxNote,
  logo: ParaStyle.TSBHeaderSmall,
  resNo: ParaStyle.ResNo,
  resTitle: ParaStyle.Restitle,
  recNo: ParaStyle.RecNo,
  recTitle: ParaStyle.Rectitle,
  afterTitle: ParaStyle.Normalaftertitle,
  dateLine: ParaStyle.Resref,
  opinionNo: ParaStyle.ResNo,
  questionLine: ParaStyle.Recref,
  abstract: ParaStyle.TSBHeaderSummary,
  tsbQuestion: ParaStyle.TSBHeaderQuestion,
  tsbSource: ParaStyle.TSBHeaderSource,
  tsbTitle: ParaStyle.TSBHeaderTitle,
  lsForAction: ParaStyle.LSForAction,
  lsForComment: ParaStyle.LSForComment,
  lsForInfo: ParaStyle.LSForInfo,
  lsApproval: ParaStyle.LSApproval,
  lsDeadline: ParaStyle.LSDeadline,
  recDate: ParaStyle.Recdate,
  coverUnion: ParaStyle.CoverUnion,
  coverSector: ParaStyle.CoverSector,
  coverSectorName: ParaStyle.CoverSectorName,
  coverNumber: ParaStyle.CoverNumber,
  coverDate: ParaStyle.CoverDate,
  coverSeries: ParaStyle.CoverSeries,
  coverSubseries: ParaStyle.CoverSubseries,
  coverTitle: ParaStyle.CoverTitle,
  coverFoot: ParaStyle.CoverFoot,
  noticeTitle: ParaStyle.NoticeTitle,
  noticeText: ParaStyle.NoticeText,
  noticeCentered: ParaStyle.NoticeCentered,
}

function lineStyle(role: CoverRole, line: number): ParaStyle {
  const style = roleStyles[role]
  return typeof style === 'string' ? style : style[Math.min(line, style.length - 1)]!
}

/** Rules in eighths of a point: 0.75 pt between rows, 1.5 pt under the header block, 1 pt round a checkbox. */
const rule = (size: number) => ({ style: 'single' as const, size, color: 'auto' })
const rowRules: Record<NonNullable<CoverRow['rule']>, ITableCellBorders> = {
  above: { top: rule(6) },
  below: { bottom: rule(6) },
  both: { top: rule(6), bottom: rule(6) },
  thickBelow: { bottom: rule(12) },
}
const box = { top: rule(8), bottom: rule(8), left: rule(8), right: rule(8) }
const none = { top: noRule, bottom: noRule, left: noRule, right: noRule, insideHorizontal: noRule, insideVertical: noRule }

const isEmpty = (cell: CoverCell): boolean => cell.children.every((line) => line.length === 0)

/**
 * In the header block, an empty cell continues the cell above it (the logo and the Union's
 * name span the rows beside the document number, study group and "Original: …", as on ITU-T
 * covers). Field tables keep empty cells: there they are fields left blank.
 */
function verticalMerges(table: CoverTable): Map<CoverCell, 'restart' | 'continue'> {
  const merges = new Map<CoverCell, 'restart' | 'continue'>()
  if (table.role !== 'header') return merges
  const starts = (row: CoverRow) => {
    let column = 0
    return new Map(row.children.map((cell) => [(column += cell.span) - cell.span, cell]))
  }
  table.children.forEach((row, r) => {
    if (r === 0) return
    const above = starts(table.children[r - 1]!)
    for (const [column, cell] of starts(row)) {
      const over = above.get(column)
      if (!over || over.span !== cell.span || !isEmpty(cell)) continue
      if (!merges.has(over)) merges.set(over, 'restart')
      merges.set(cell, 'continue')
    }
  })
  return merges
}

export const coverHandlers: CoverHandlers = {
  cover: (node, ctx) => {
    // A publication's document is bookmarked at its first cover line, or at a thin paragraph
    // above a cover table.
    const { anchor } = ctx.env
    const rest = ctx.with({ anchor: undefined })
    const [first] = node.children
    const isLineAnchored = first?.type === 'coverLine' && first.children.length > 0
    const out: FlowBlock[] = anchor && !isLineAnchored ? [rest.paragraph({ style: ParaStyle.TSBHeaderSmall, children: bookmarked(rest, anchor, []) })] : []
    node.children.forEach((block, i) => {
      // Word joins two tables with nothing between them into one: keep a thin paragraph apart.
      if (block.type === 'coverTable' && node.children[i - 1]?.type === 'coverTable') out.push(rest.paragraph({ style: ParaStyle.TSBHeaderSmall }))
      out.push(...(i === 0 && isLineAnchored ? ctx : rest).flow([block]))
    })
    return out
  },
  coverLine: (node, ctx) => (node.children.length ? ctx.paragraph({ style: lineStyle(node.role, 0), children: bookmarked(ctx, ctx.env.anchor, ctx.inlines(node.children)) }) : undefined),
  coverTable: (node, ctx) => {
    const columns = scaleWidths(node.widths, node.widths.length, ctx.env.width)
    const merges = verticalMerges(node)
    const rows = node.children.flatMap((row) => asRows(ctx.walk.one(row, ctx.with({ columns, merges }))))
    return gridTable({ rows, columns, rtl: ctx.root.dir === 'rtl', borders: none })
  },
  coverRow: (node, ctx) => {
    const columns = ctx.env.columns ?? []
    let column = 0
    const cells = node.children.flatMap((cell) => {
      const width = columns.slice(column, column + cell.span).reduce((a, b) => a + b, 0)
      column += cell.span
      return asCells(ctx.walk.one(cell, ctx.with({ width, ...(node.rule ? { rule: node.rule } : {}) })))
    })
    return new TableRow({ children: cells })
  },
  coverCell: (node, ctx) => {
    const inner = ctx.with({ flow: false, width: ctx.env.width - cellMargins })
    const lines = node.children.flatMap((line, i) => (line.length ? [inner.paragraph({ style: lineStyle(node.role, i), children: inner.inlines(line) })] : []))
    const borders = { ...(ctx.env.rule ? rowRules[ctx.env.rule] : {}), ...(node.role === 'checkbox' ? box : {}) }
    const merge = ctx.env.merges?.get(node)
    return new TableCell({
      width: { size: ctx.env.width, type: WidthType.DXA },
      ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      ...(node.span > 1 ? { columnSpan: node.span } : {}),
      ...(Object.keys(borders).length ? { borders } : {}),
      children: lines.length ? lines : [inner.paragraph({ style: lineStyle(node.role, 0) })],
    })
  },
}
