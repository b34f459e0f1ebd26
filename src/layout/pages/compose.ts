// Pages from page drafts: slices and footnotes at their final places, frames of the boxes
// that cross the page, running heads and feet (each run of pages its own), then — once
// every destination has a page — the late items (table-of-contents page numbers). Also what
// tests read: which footnotes and table rows each page holds, and the outline entries with
// their pages.
import type { ItuRoot, PageFurniture } from '../../model/nodes.js'
import type { Item, OutlineEntry, Page, PageFacts, PrintedNumber } from '../frame.js'
import type { PageLookup, RunNumbering, Slice } from '../flow/slice.js'
import { shiftInPlace, translate } from '../flow/slice.js'
import { rules } from '../styles.js'
import { geometry, textHeight, textWidth } from '../units.js'
import { furniture, type LineLayout } from './furniture.js'
import type { PageDraft, PlacedSlice } from './paginate.js'

/** Space above the footnote separator rule and between it and the first footnote. */
export const separatorSpace = { above: 6, below: 4 }

export interface Composed { pages: Page[]; outline: OutlineEntry[] }

/** The drafts of one page run, with the running heads its pages carry. */
export interface DraftRun {
  furniture: PageFurniture
  /** The run's first page opens its document. */
  opensDocument: boolean
  /** How its pages are numbered (absent: decimal, on from the run before). */
  numbering?: RunNumbering
  drafts: readonly PageDraft[]
}

const romanDigits: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

/** "iv" for 4: the lower-case roman numerals of a front matter's pages. */
export function lowerRoman(value: number): string {
  let rest = value
  let out = ''
  for (const [n, digits] of romanDigits) for (; rest >= n; rest -= n) out += digits
  return out
}

/** The printed number of every page, run by run: a run that restarts the count sets it, the others go on. */
function printedNumbers(runs: readonly DraftRun[]): PrintedNumber[] {
  const out: PrintedNumber[] = []
  let value = 0
  let style: PrintedNumber['style'] = 'decimal'
  for (const run of runs) {
    if (run.numbering?.start !== undefined) value = run.numbering.start - 1
    style = run.numbering?.style ?? style
    for (let i = 0; i < run.drafts.length; i++) {
      value++
      out.push({ value, style, text: style === 'lowerRoman' ? lowerRoman(value) : String(value) })
    }
  }
  return out
}

function untagged(items: readonly Item[]): Item[] {
  return items.map((item) => ('tag' in item && item.tag !== undefined ? { ...item, tag: undefined } : item))
}

function boxFrames(placed: readonly PlacedSlice[], top: number): Item[] {
  const spans = new Map<number, { left: number; right: number; lineWidth: number; top: number; bottom: number }>()
  for (const { slice, y } of placed) {
    for (const box of slice.boxes) {
      const span = spans.get(box.id)
      const from = top + y
      const to = top + y + slice.height
      if (span) {
        span.top = Math.min(span.top, from)
        span.bottom = Math.max(span.bottom, to)
      } else {
        spans.set(box.id, { left: box.left, right: box.right, lineWidth: box.lineWidth, top: from, bottom: to })
      }
    }
  }
  return [...spans.values()].map((s) => ({ kind: 'rect', rect: { x: s.left, y: s.top, width: s.right - s.left, height: s.bottom - s.top }, stroke: '#000000', lineWidth: s.lineWidth }))
}

/** How often each slice is placed on the pages (a table's header rows: after every page break). */
function placements(drafts: ReadonlyArray<{ draft: PageDraft }>): Map<Slice, number> {
  const count = new Map<Slice, number>()
  const add = (slice: Slice): void => {
    count.set(slice, (count.get(slice) ?? 0) + 1)
  }
  for (const { draft } of drafts) {
    for (const placed of draft.slices) add(placed.slice)
    for (const footnote of draft.footnotes) for (const slice of footnote.slices) add(slice)
  }
  return count
}

/**
 * A slice's items moved onto the page: in place when the page is the slice's only place
 * (nothing reads a slice once its page is composed), else copies. A copy of every item
 * was 22 MB of the 168 MB a warm layout of the English bench corpus allocates.
 */
function moveItems(slice: Slice, dy: number, placements: ReadonlyMap<Slice, number>): Item[] {
  return placements.get(slice) === 1 ? shiftInPlace(slice.items, 0, dy) : translate(slice.items, 0, dy)
}

export function compose(runs: readonly DraftRun[], root: ItuRoot, layout: LineLayout): Composed {
  const pages: Page[] = []
  const outline: OutlineEntry[] = []
  const destinations = new Map<string, number>()
  const late: Array<{ page: Page; slice: Slice; y: number }> = []

  const drafts = runs.flatMap((run) => run.drafts.map((draft, i) => ({ draft, furniture: run.furniture, opensDocument: run.opensDocument && i === 0 })))
  const counts = placements(drafts)
  const printed = printedNumbers(runs)
  for (const [index, { draft, furniture: heads, opensDocument }] of drafts.entries()) {
    const number = index + 1
    const page = geometry(draft.orientation)
    const body = { x: page.margin.left, y: page.margin.top, width: textWidth(page), height: textHeight(page) }
    const items: Item[] = boxFrames(draft.slices, body.y)
    const facts: PageFacts = { footnoteRefs: [], footnotes: [], tables: [] }
    const result: Page = { number, printed: printed[index]!, width: page.width, height: page.height, body, items, facts }
    for (const placed of draft.slices) {
      const { slice } = placed
      const top = body.y + placed.y
      const moved = moveItems(slice, top, counts)
      items.push(...(placed.repeated ? untagged(moved) : moved))
      if (!placed.repeated) {
        for (const n of slice.footnotes) if (!facts.footnoteRefs.includes(n)) facts.footnoteRefs.push(n)
        for (const mark of slice.marks ?? []) outline.push({ title: mark.title, level: mark.level, page: number, y: top + mark.y })
        for (const item of slice.items) if (item.kind === 'destination' && !destinations.has(item.name)) destinations.set(item.name, number)
      }
      if (slice.table) {
        let table = facts.tables.find((t) => t.table === slice.table!.table)
        if (!table) facts.tables.push((table = { table: slice.table.table, rows: [], repeatedHeader: false }))
        if (placed.repeated) table.repeatedHeader = true
        else if (!table.rows.includes(slice.table.row)) table.rows.push(slice.table.row)
      }
      if (slice.late) late.push({ page: result, slice, y: top })
    }

    if (draft.footnotes.length) {
      const areaTop = body.y + body.height - draft.footnoteHeight
      const rule = areaTop + separatorSpace.above
      const ruleStart = root.dir === 'ltr' ? body.x : body.x + body.width - rules.footnoteSeparator
      items.push({ kind: 'line', x1: ruleStart, y1: rule, x2: ruleStart + rules.footnoteSeparator, y2: rule, width: rules.hairline })
      let y = areaTop + separatorSpace.above + separatorSpace.below
      for (const footnote of draft.footnotes) {
        facts.footnotes.push({ id: footnote.id, number: footnote.number, continued: footnote.continued, complete: footnote.complete })
        for (const slice of footnote.slices) {
          y += slice.before
          items.push(...moveItems(slice, y, counts))
          for (const item of slice.items) if (item.kind === 'destination' && !destinations.has(item.name)) destinations.set(item.name, number)
          y += slice.height + slice.after
        }
      }
      result.footnoteArea = { x: body.x, y: areaTop, width: body.width, height: draft.footnoteHeight }
    }
    items.push(...furniture({ furniture: heads, printed: result.printed, opensDocument, position: root.position }, page, layout))
    pages.push(result)
  }

  // Tables of contents print the page's own number ("iii", "1"), not its place in the file.
  const lookup: PageLookup = (name) => {
    const number = destinations.get(name)
    return number === undefined ? undefined : pages[number - 1]!.printed.text
  }
  for (const { page, slice, y } of late) page.items.push(...translate(slice.late!(lookup), 0, y))
  return { pages, outline }
}
