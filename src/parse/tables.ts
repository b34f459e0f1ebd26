// Table limits, checked on the text before parsing: the Markdown parser holds a few hundred
// bytes per table cell, so a table of millions of cells (500 columns × 10,000 rows) runs out
// of memory before any tree exists. A GFM table is found by its delimiter row (| --- | :-: |);
// its rows are the lines up to the next blank line.

/** The largest table accepted: no page shows more columns, and no document needs more cells. */
export const tableLimits = { columns: 64, cells: 100_000 }

export interface LargeTable { line: number; rows: number; columns: number }

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

/** Whether a table of this shape is over the limits. */
export function isOverTableLimits(rows: number, columns: number): boolean {
  return columns > tableLimits.columns || rows * columns > tableLimits.cells
}

/** The first GFM table over the limits, at its header line. */
export function largeTableOf(source: string): LargeTable | undefined {
  const lines = source.split('\n')
  for (let i = 1; i < lines.length; i++) {
    // Quotes and list indentation before a table do not change its shape.
    const text = lines[i]!.replace(/^[\s>]*/, '')
    // A line of dashes without a pipe is a heading underline or a rule, never a table's.
    if (!text.includes('-') || !text.includes('|') || !delimiterRow.test(text)) continue
    const columns = text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').length
    let end = i + 1
    while (end < lines.length && lines[end]!.trim()) end++
    const rows = end - i
    if (isOverTableLimits(rows, columns)) return { line: i, rows, columns }
    i = end
  }
  return undefined
}
