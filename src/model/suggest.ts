// "Did you mean …?": the known name nearest to a misspelt one, by edit distance (insertions,
// deletions, substitutions and swaps of two neighbours each count 1, so `biuld` is one step
// from `build`). Used for commands, options, option values and metadata values alike.

/** Optimal string alignment distance between two strings, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)])
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[s.length]![t.length]!
}

/**
 * The candidate nearest to `word`, if it is near enough to be what was meant: within a third
 * of the word's length (at least one edit), or the only candidate that starts with it.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates]
  let best: { name: string; distance: number } | undefined
  for (const name of list) {
    const distance = editDistance(word, name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  if (best && best.distance <= Math.max(1, Math.floor(Math.max(word.length, best.name.length) / 3))) return best.name
  const prefixed = word.length >= 2 ? list.filter((name) => name.toLowerCase().startsWith(word.toLowerCase())) : []
  return prefixed.length === 1 ? prefixed[0] : undefined
}
