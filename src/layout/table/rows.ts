// A table row as a slice: each cell's content stacked in its column, a border around every
// cell (ITU tables rule every cell), and — for rows longer than a page — a way to cut the
// row between the lines of its cells, each part drawing its own borders.
import type { Item } from '../frame.js'
import { emptySlice, type Slice, type TableInfo } from '../flow/slice.js'
import { stack } from '../flow/stack.js'
import type { Orientation } from '../units.js'

export interface CellModel {
  left: number
  width: number
  /** The cell's content as captured slices (paragraph lines), y from the cell's top. */
  slices: Slice[]
}

export interface RowModel {
  cells: CellModel[]
  orientation: Orientation
  /** Rule width of the cell borders. */
  border: number
  /** A row never gets shorter than this (an empty row still shows). */
  minHeight: number
  table?: TableInfo
}

export function rowSlice(model: RowModel): Slice {
  const stacked = model.cells.map((cell) => stack(cell.slices))
  const height = Math.max(model.minHeight, ...stacked.map((s) => s.height))
  const items: Item[] = []
  const footnotes: string[] = []
  for (const [i, cell] of model.cells.entries()) {
    items.push(...stacked[i]!.items)
    for (const n of stacked[i]!.footnotes) if (!footnotes.includes(n)) footnotes.push(n)
    if (model.border) items.push({ kind: 'rect', rect: { x: cell.left, y: 0, width: cell.width, height }, stroke: '#000000', lineWidth: model.border })
  }
  const slice: Slice = { ...emptySlice(model.orientation), height, items, footnotes, keepWithNext: Boolean(model.table?.isHeader) }
  if (model.table) slice.table = model.table
  if (!model.table?.isHeader) slice.split = (limit) => splitRow(model, limit)
  return slice
}

/** Cut a row so its first part is at most `limit` high; undefined if no line fits. */
function splitRow(model: RowModel, limit: number): [Slice, Slice] | undefined {
  const heads: Slice[][] = []
  const tails: Slice[][] = []
  for (const cell of model.cells) {
    let y = 0
    let k = 0
    while (k < cell.slices.length) {
      const s = cell.slices[k]!
      if (y + s.before + s.height + s.after > limit) break
      y += s.before + s.height + s.after
      k++
    }
    heads.push(cell.slices.slice(0, k))
    tails.push(cell.slices.slice(k))
  }
  if (heads.every((h) => h.length === 0) || tails.every((t) => t.length === 0)) return undefined
  const part = (parts: Slice[][]): RowModel => ({ ...model, minHeight: 0, cells: model.cells.map((cell, i) => ({ ...cell, slices: parts[i]! })) })
  return [rowSlice(part(heads)), rowSlice(part(tails))]
}
