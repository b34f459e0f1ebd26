// Tabbed entries in aligned columns. The columns come from the measured widths of the
// fields (model/columns.ts, as the PDF layout works them out): on tab stops computed for the
// clause when every field fits before the next column — the abbreviation at the margin and
// its expansion at the stop, a reference's text after its widest tag, both with the last
// column's stop as hanging indent — else in a borderless table whose columns wrap, as the
// Russian E.119 sets its four-field list.
import { TableCell, TableRow, TabStopType, WidthType } from 'docx'
import { entryColumns } from '../../../model/columns.js'
import type { Abbreviation, AbbreviationList, Inline } from '../../../model/nodes.js'
import type { Handler } from '../../walk.js'
import type { DocxContext, DocxOut } from '../context.js'
import { gridTable, noRule } from '../grid.js'
import { ParaStyle } from '../styles.js'
import { tab } from './lead.js'

/** The points of the list styles (Ref_text and Abbreviation are Normal's 12 pt). */
const size = 12
const toTwips = (points: number): number => Math.round(points * 20)
const none = { top: noRule, bottom: noRule, left: noRule, right: noRule, insideHorizontal: noRule, insideVertical: noRule }

function plain(inlines: readonly Inline[]): string {
  return inlines.map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : node.type === 'xref' ? node.text : ' ')).join('')
}

function measure(ctx: DocxContext, field: readonly Inline[]) {
  const only = (type: Inline['type']) => field.length > 0 && field.every((node) => node.type === type || (node.type === 'text' && !node.value.trim()))
  return ctx.settings.metrics.measure(plain(field).replace(/\s+/g, ' ').trim(), { bold: only('strong'), italic: only('emphasis'), size })
}

function entries(list: Pick<AbbreviationList, 'kind' | 'columns' | 'children'>, ctx: DocxContext): DocxOut[] {
  const style = list.kind === 'reference' ? ParaStyle.Reftext : ParaStyle.Abbreviation
  const widths = list.children.map((entry) => entry.fields.map((field) => measure(ctx, field)))
  const { starts, onTabs } = entryColumns(list.kind, widths, list.columns, ctx.env.width / 20)
  const stops = starts.slice(1).map(toTwips)
  if (onTabs) {
    const hanging = stops[stops.length - 1] ?? 0
    return list.children.map((entry) => ctx.paragraph({
      style,
      tabStops: stops.map((position) => ({ type: TabStopType.LEFT, position })),
      indent: { left: hanging, hanging },
      children: entry.fields.flatMap((field, i) => [...(i ? [tab(ctx)] : []), ...ctx.inlines(field)]),
    }))
  }
  const edges = [0, ...stops, ctx.env.width]
  const columns = edges.slice(1).map((edge, c) => edge - edges[c]!)
  const inner = ctx.with({ flow: false })
  const rows = list.children.map((entry) => new TableRow({
    children: columns.map((width, c) => new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 0 },
      children: [inner.paragraph({ style, indent: { left: 0, hanging: 0 }, children: inner.inlines(entry.fields[c] ?? []) })],
    })),
  }))
  return [gridTable({ rows, columns, rtl: ctx.root.dir === 'rtl', borders: none })]
}

export const abbreviationList: Handler<'abbreviationList', DocxContext, DocxOut> = (node, ctx) => entries(node, ctx)

/** An entry outside a list (resolve always makes one) is a list of one. */
export const abbreviation: Handler<'abbreviation', DocxContext, DocxOut> = (node: Abbreviation, ctx) =>
  entries({ kind: 'abbreviation', columns: node.fields.length, children: [node] }, ctx)
