// Table geometry shared by body tables, boxes and cover tables: rules, cell margins, and
// relative widths turned into twips that add up exactly to the width available.
import { BorderStyle, Table, WidthType, type ITableOptions } from 'docx'

/** A thin single rule (½ pt), as on every cell of ITU tables. */
export const thinRule = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const
export const noRule = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const
/** Left plus right cell margin (Word's Normal Table: 108 twips each). */
export const cellMargins = 2 * 108

/** Relative widths (any unit) → twips summing to `total`; equal columns when none are given. */
export function scaleWidths(widths: readonly number[] | undefined, columns: number, total: number): number[] {
  const relative = widths && widths.length === columns && widths.every((w) => w > 0) ? widths : Array.from({ length: columns }, () => 1)
  const sum = relative.reduce((a, b) => a + b, 0)
  // Each column edge rounded: no column is more than a twip off its share.
  const edges = [0]
  for (const w of relative) edges.push(edges[edges.length - 1]! + w)
  const at = edges.map((edge) => Math.round((edge * total) / sum))
  return relative.map((_, i) => at[i + 1]! - at[i]!)
}

/**
 * A full-width table, right to left in Arabic (w:bidiVisual). On a fixed grid by default;
 * `autofit` lets Word widen a column to its longest word (body tables: Word would otherwise
 * break a word that does not fit its column without a hyphen), the widths staying preferred.
 */
export function gridTable(options: Omit<ITableOptions, 'width' | 'columnWidths' | 'layout'> & { columns: number[]; rtl: boolean; autofit?: boolean }): Table {
  const { columns, rtl, autofit, ...rest } = options
  return new Table({
    ...rest,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: autofit ? 'autofit' : 'fixed',
    ...(rtl ? { visuallyRightToLeft: true } : {}),
  })
}
