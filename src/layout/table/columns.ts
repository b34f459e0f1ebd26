// Column geometry shared by tables and cover tables: relative widths become x positions
// across the column; in right-to-left documents the first column is on the right.

export interface Columns {
  /** Left x and width of the cell starting at column `start` spanning `span` columns. */
  cell(start: number, span: number): { left: number; width: number }
}

export function columns(relative: readonly number[], left: number, width: number, dir: 'ltr' | 'rtl'): Columns {
  const total = relative.reduce((a, b) => a + b, 0) || 1
  const edges = [0]
  for (const w of relative) edges.push(edges[edges.length - 1]! + (w / total) * width)
  return {
    cell(start, span) {
      const from = edges[Math.min(start, relative.length)]!
      const to = edges[Math.min(start + span, relative.length)]!
      return { left: dir === 'ltr' ? left + from : left + width - to, width: to - from }
    },
  }
}
