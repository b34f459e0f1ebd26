// Sorted, contiguous ranges by offset: the lines of a source (parse/fast/source.ts, YAML in
// resolve/yaml-source.ts) and the styled spans of a paragraph (layout/inline/styled.ts) are
// all looked up this way.

/** The lines of `text`: each [start, end), the "\n" excluded. */
export function linesOf(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = []
  let start = 0
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    lines.push({ start, end: nl })
    start = nl + 1
  }
  lines.push({ start, end: text.length })
  return lines
}

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
