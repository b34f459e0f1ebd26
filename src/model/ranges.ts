// Sorted, contiguous ranges by offset: the lines of a source (parse/fast/source.ts) and the
// styled spans of a paragraph (layout/inline/styled.ts) are both looked up this way.

/** The position in `ranges` (sorted by start, contiguous) of the one covering `index`. */
export function rangeIndexAt(ranges: ReadonlyArray<{ start: number }>, index: number): number {
  let lo = 0
  let hi = ranges.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ranges[mid]!.start <= index) lo = mid
    else hi = mid - 1
  }
  return lo
}
