// Stacking captured slices into one block (a table cell, a cover cell): their items move
// down by the running height, their footnotes are gathered.
import type { Item } from '../frame.js'
import { translate, type Slice } from './slice.js'

export interface Stacked {
  height: number
  items: Item[]
  /** Ids of the footnotes referenced. */
  footnotes: string[]
}

export function stack(slices: readonly Slice[], dx = 0, dy = 0): Stacked {
  let y = 0
  const items: Item[] = []
  const footnotes: string[] = []
  for (const slice of slices) {
    y += slice.before
    items.push(...translate(slice.items, dx, dy + y))
    for (const n of slice.footnotes) if (!footnotes.includes(n)) footnotes.push(n)
    y += slice.height + slice.after
  }
  return { height: y, items, footnotes }
}
