// Distribution of slices onto pages: fill each page, break where keep-with-next allows
// (headings stay with what follows, paragraphs keep two lines together at each end), put
// every footnote on the page of its reference — the last one may continue on the next
// page — repeat table header rows after a page break, and cut rows taller than a page.
import type { Orientation } from '../units.js'
import type { FootnoteText, Slice } from '../flow/slice.js'

/** A slice placed on a page, `y` from the top of the text area. */
export interface PlacedSlice {
  slice: Slice
  y: number
  /** A table header row repeated after a page break (drawn, but not tagged again). */
  repeated: boolean
}

/** A footnote's slices on one page. */
export interface PlacedFootnote {
  id: string
  /** The number it prints. */
  number: number
  slices: Slice[]
  continued: boolean
  complete: boolean
}

export interface PageDraft {
  orientation: Orientation
  slices: PlacedSlice[]
  footnotes: PlacedFootnote[]
  /** Height of the footnote area (separator included), 0 without footnotes. */
  footnoteHeight: number
}

export interface PaginateInput {
  slices: readonly Slice[]
  /** The laid-out text of each footnote, by id. */
  footnotes: ReadonlyMap<string, FootnoteText>
  /** Height of the text area for an orientation. */
  bodyHeight(orientation: Orientation): number
  /** Space taken by the footnote separator above the first footnote of a page. */
  separator: number
}

/** Footnote text continued from earlier pages takes at most this share of a page. */
const carriedShare = 0.5
/** All footnote text on a page takes at most this share of it; a longer note continues. */
const footnoteShare = 0.6
/** A row is only cut when at least this much of it fits (else it starts the next page). */
const minimumSplit = 24

/** Slices `[start, end)` of a footnote's text placed on a page. */
interface FootnoteEntry { id: string; number: number; start: number; end: number; total: readonly Slice[]; continued: boolean }

/** The state of the page being filled; copied before each placement so a break can roll back. */
interface PageState {
  used: number
  /** Space after the last slice, added only if another slice follows on the page. */
  after: number
  entries: FootnoteEntry[]
  footnoteHeight: number
}

function heightOf(slices: readonly Slice[], from: number, to: number): number {
  let height = 0
  for (let i = from; i < to; i++) height += slices[i]!.before + slices[i]!.height + slices[i]!.after
  return height
}

/** How many slices of `total` from `start` fit under `limit` after `height` (at least one if `force`). */
function take(total: readonly Slice[], start: number, height: number, limit: number, force: boolean): { end: number; height: number } {
  let end = start
  while (end < total.length) {
    const next = heightOf(total, end, end + 1)
    if (height + next > limit + 0.01) break
    height += next
    end++
  }
  if (end === start && force && end < total.length) height += heightOf(total, end, ++end)
  return { end, height }
}

export function paginate(input: PaginateInput): PageDraft[] {
  const pages: PageDraft[] = []
  const queue = [...input.slices]
  let next = 0
  const placedFootnotes = new Set<string>()
  let carried: FootnoteEntry[] = []

  while (next < queue.length || carried.length) {
    // A page takes the orientation of its first slice with height (markers fit any page).
    const orientation = queue.slice(next).find((s) => s.height > 0)?.orientation ?? 'portrait'
    const capacity = input.bodyHeight(orientation)
    const page: PageDraft = { orientation, slices: [], footnotes: [], footnoteHeight: 0 }
    const snapshots: PageState[] = []
    let state: PageState = { used: 0, after: 0, entries: [], footnoteHeight: 0 }

    // -- Footnote text continued from the previous page comes first.
    if (carried.length) {
      const limit = next < queue.length ? capacity * carriedShare : capacity
      let height = input.separator
      const rest: FootnoteEntry[] = []
      for (const entry of carried) {
        if (rest.length) {
          rest.push(entry)
          continue
        }
        const reached = take(entry.total, entry.start, height, limit, state.entries.length === 0)
        height = reached.height
        if (reached.end > entry.start) state.entries.push({ ...entry, end: reached.end, continued: true })
        if (reached.end < entry.total.length) rest.push({ ...entry, start: reached.end, end: reached.end })
      }
      state.footnoteHeight = height
      carried = rest
    }

    const fits = (slice: Slice, from: PageState, limit: number): PageState | undefined => {
      const gap = page.slices.length ? from.after + slice.before : 0
      const used = from.used + gap + slice.height
      const fresh = slice.footnotes.filter((id) => !placedFootnotes.has(id) && !from.entries.some((e) => e.id === id) && input.footnotes.has(id))
      if (!fresh.length) return used + from.footnoteHeight <= limit + 0.01 ? { ...from, used, after: slice.after } : undefined
      // A footnote that has not finished on this page blocks new ones (they would precede its end).
      if (from.entries.some((e) => e.end < e.total.length)) return undefined
      let footnoteHeight = from.footnoteHeight || input.separator
      const entries = [...from.entries]
      const room = Math.min(limit - used, limit * footnoteShare)
      for (const [k, id] of fresh.entries()) {
        const { number, slices: total } = input.footnotes.get(id)!
        const whole = heightOf(total, 0, total.length)
        if (footnoteHeight + whole <= room + 0.01) {
          footnoteHeight += whole
          entries.push({ id, number, start: 0, end: total.length, total, continued: false })
          continue
        }
        // Only the last new footnote may run over to the next page, and its first line stays here.
        if (k !== fresh.length - 1) return undefined
        const reached = take(total, 0, footnoteHeight, room, false)
        if (reached.end === 0) return undefined
        footnoteHeight = reached.height
        entries.push({ id, number, start: 0, end: reached.end, total, continued: false })
      }
      return { used, after: slice.after, entries, footnoteHeight }
    }
    const place = (slice: Slice, after: PageState, repeated: boolean): void => {
      page.slices.push({ slice, y: after.used - slice.height, repeated })
      snapshots.push(state)
      state = after
    }

    // -- Body slices.
    while (next < queue.length) {
      const slice = queue[next]!
      // A forced break or a change of orientation starts a new page, unless nothing shows on this one yet.
      const blank = page.slices.every((p) => p.slice.height === 0) && !state.entries.length
      if (!blank && (slice.pageBreakBefore || (slice.height > 0 && slice.orientation !== orientation))) break
      if (!page.slices.length && slice.table && !slice.table.isHeader && slice.table.header.length) {
        for (const header of slice.table.header) {
          const after = fits(header, state, capacity)
          if (after) place(header, after, true)
        }
      }
      const after = fits(slice, state, capacity)
      if (after) {
        place(slice, after, false)
        next++
        continue
      }
      // A row taller than any page is cut where this page ends.
      const headerHeight = slice.table && !slice.table.isHeader ? heightOf(slice.table.header, 0, slice.table.header.length) : 0
      if (slice.split && slice.height > capacity - headerHeight) {
        const room = capacity - state.used - (page.slices.length ? state.after + slice.before : 0) - state.footnoteHeight
        const parts = room >= minimumSplit || !page.slices.some((p) => !p.repeated) ? slice.split(room) : undefined
        if (parts) {
          queue.splice(next, 1, ...parts)
          continue
        }
      }
      if (!page.slices.some((p) => !p.repeated)) {
        // A page of continued footnote text only: the slice waits for the next page.
        if (state.entries.length) break
        // Nothing of the flow fits on an empty page: place it anyway (it overflows) rather than loop.
        place(slice, fits(slice, state, Infinity) ?? { ...state, used: slice.height, after: slice.after }, false)
        next++
        break
      }
      // Break after the last slice that does not keep with its successor.
      let cut = page.slices.length - 1
      while (cut >= 0 && (page.slices[cut]!.slice.keepWithNext || page.slices[cut]!.repeated)) cut--
      if (cut >= 0 && cut < page.slices.length - 1) {
        const moved = page.slices.splice(cut + 1)
        state = snapshots[cut + 1]!
        snapshots.length = cut + 1
        next -= moved.filter((m) => !m.repeated).length
      }
      break
    }

    // -- Footnotes of this page; what did not fit carries on to the next.
    for (const entry of state.entries) {
      page.footnotes.push({ id: entry.id, number: entry.number, slices: entry.total.slice(entry.start, entry.end), continued: entry.continued, complete: entry.end === entry.total.length })
      placedFootnotes.add(entry.id)
      if (!entry.continued && entry.end < entry.total.length) carried.push({ ...entry, start: entry.end, continued: true })
    }
    page.footnoteHeight = state.entries.length ? state.footnoteHeight : 0
    pages.push(page)
  }
  return pages
}
