// A fast path for the Markdown ITU sources are written in. It builds the very mdast that
// micromark + remark-gfm + remark-frontmatter + remark-directive would (same nodes, same
// positions), for the constructs it knows, and answers `undefined` for any source using
// something else, so that the caller parses that source with micromark instead. Correctness
// therefore never depends on what is covered here; test/unit/parse/fast-parse.test.ts
// compares both parsers on every source, fixture and generated document.
import type { Root } from 'mdast'
import { BlockParser } from './blocks.js'
import { Unsupported } from './source.js'

export function fastParse(source: string): Root | undefined {
  // Characters micromark treats specially wherever they are: line endings other than "\n", NUL, BOM.
  if (source.includes('\r') || source.includes('\0') || source.includes('\uFEFF')) return undefined
  try {
    return new BlockParser(source).document()
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}
