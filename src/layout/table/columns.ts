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
 * What columns need, for `fitMeasured`: an upper bound that is cheap, and each exact need,
 * asked for only when the bound cannot decide (at most once per column and need).
 */
export interface ColumnNeeds {
  bound(column: number): ColumnNeed
  exact(column: number, need: keyof ColumnNeed): number
}

/**
 * Widths in points of columns at their relative widths across `total`, each widened to what
 * it needs (its longest word; failing that for the whole table, its longest hyphenation
 * fragment or identifier), the other columns narrowed in proportion. When even the
 * fragments do not fit, every column gets the same share of its need.
 */
export function fitColumns(relative: readonly number[], total: number, needs: readonly ColumnNeed[]): number[] {
  return fitMeasured(relative, total, { bound: (c) => needs[c]!, exact: (c, key) => needs[c]![key] })
}

/**
 * `fitColumns` with needs measured only where their bounds do not settle a comparison: the
 * widths are those of the exact needs, but a column whose bound fits where it stands is not
 * measured (a table measured exactly cost the DOCX writer a quarter of its time).
 */
export function fitMeasured(relative: readonly number[], total: number, needs: ColumnNeeds): number[] {
  const share = sum(relative) || 1
  const natural = relative.map((w) => (w / share) * total)
  const bounds = relative.map((_, c) => needs.bound(c))
  const exacts = { word: [] as number[], fragment: [] as number[] }
  const exact = (c: number, key: keyof ColumnNeed): number => (exacts[key][c] ??= needs.exact(c, key))
  for (const key of ['word', 'fragment'] as const) {
    const minimum: Minimum = { bound: (i) => bounds[i]![key], exact: (i) => exact(i, key) }
    if (fitsTotal(natural, minimum, total)) return widen(natural, minimum, total)
  }
  const fragments = natural.map((_, i) => exact(i, 'fragment'))
  return fragments.map((w) => (w / sum(fragments)) * total)
}

/** A column's minimum width, bounded cheaply and measured when the bound cannot tell. */
interface Minimum {
  bound(column: number): number
  exact(column: number): number
}

/**
 * Whether the minimums add up to no more than `total`. Bounds are replaced by exact needs
 * only while their sum is too much, first where widening will measure anyway (a column
 * narrower than its bound), then the largest bounds: a sum in the same order with every
 * term at least its exact one is at least the exact sum.
 */
function fitsTotal(natural: readonly number[], minimum: Minimum, total: number): boolean {
  const terms = natural.map((_, i) => minimum.bound(i))
  const short = (i: number): number => (natural[i]! < terms[i]! ? 1 : 0)
  const larger = (a: number, b: number): number => (terms[b]! > terms[a]! ? 1 : terms[b]! < terms[a]! ? -1 : 0)
  const order = natural.map((_, i) => i).sort((a, b) => short(b) - short(a) || larger(a, b))
  for (const i of order) {
    if (sum(terms) <= total + epsilon) return true
    terms[i] = minimum.exact(i)
  }
  return sum(terms) <= total + epsilon
}

/** Whether `width` is below the column's minimum: decided by its bound where that is enough. */
const below = (minimum: Minimum, i: number, width: number): boolean => width < minimum.bound(i) - epsilon && width < minimum.exact(i) - epsilon

/** Raise the columns below their minimum to it, the rest sharing what is left by their natural widths. */
function widen(natural: readonly number[], minimum: Minimum, total: number): number[] {
  const fixed = new Set<number>()
  for (;;) {
    const free = total - sum(natural.flatMap((_, i) => (fixed.has(i) ? [minimum.exact(i)] : [])))
    const freeShare = sum(natural.filter((_, i) => !fixed.has(i)))
    // Every column at its minimum: the room left is shared by the minimums.
    if (freeShare <= 0) {
      const all = natural.map((_, i) => minimum.exact(i))
      return all.map((w) => (w / (sum(all) || 1)) * total)
    }
    const widths = natural.map((w, i) => (fixed.has(i) ? minimum.exact(i) : (w / freeShare) * free))
    const narrow = widths.flatMap((w, i) => (!fixed.has(i) && below(minimum, i, w) ? [i] : []))
    if (!narrow.length) return widths
    for (const i of narrow) fixed.add(i)
  }
}
