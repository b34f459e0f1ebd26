// Column geometry shared by tables and cover tables: relative widths become x positions
// across the column; in right-to-left documents the first column is on the right. A table
// column too narrow for its longest word is widened, the others giving up their width.

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

/** What a column needs: no word broken (`word`), or words broken only where they hyphenate (`fragment`). */
export interface ColumnNeed { word: number; fragment: number }

const epsilon = 0.01
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

/**
 * Widths in points of columns at their relative widths across `total`, each widened to what
 * it needs (its longest word; failing that for the whole table, its longest hyphenation
 * fragment or identifier), the other columns narrowed in proportion. When even the
 * fragments do not fit, every column gets the same share of its need.
 */
export function fitColumns(relative: readonly number[], total: number, needs: readonly ColumnNeed[]): number[] {
  const share = sum(relative) || 1
  const natural = relative.map((w) => (w / share) * total)
  for (const key of ['word', 'fragment'] as const) {
    const minimum = needs.map((need) => need[key])
    if (sum(minimum) <= total + epsilon) return widen(natural, minimum, total)
  }
  const fragments = needs.map((need) => need.fragment)
  return fragments.map((w) => (w / sum(fragments)) * total)
}

/** Raise the columns below their minimum to it, the rest sharing what is left by their natural widths. */
function widen(natural: readonly number[], minimum: readonly number[], total: number): number[] {
  const fixed = new Set<number>()
  for (;;) {
    const free = total - sum(minimum.filter((_, i) => fixed.has(i)))
    const freeShare = sum(natural.filter((_, i) => !fixed.has(i)))
    // Every column at its minimum: the room left is shared by the minimums.
    if (freeShare <= 0) return minimum.map((w) => (w / (sum(minimum) || 1)) * total)
    const widths = natural.map((w, i) => (fixed.has(i) ? minimum[i]! : (w / freeShare) * free))
    const below = widths.flatMap((w, i) => (!fixed.has(i) && w < minimum[i]! - epsilon ? [i] : []))
    if (!below.length) return widths
    for (const i of below) fixed.add(i)
  }
}
