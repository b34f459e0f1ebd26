// Markdown source → mdast with positions: CommonMark + GFM + YAML front matter + generic
// directives + CriticMarkup revision marks.
import type { Root, Yaml } from 'mdast'
import type { Point } from 'unist'
import { fastParse } from './fast/index.js'
import { micromarkParse } from './micromark.js'
import { encodeMarkers, groupRevisions, reservedCharacters, type UnclosedRevision } from './criticmarkup.js'
import { deepLineOf, deepNodeOf, nestingLimit } from './nesting.js'
import { largeTableOf, type LargeTable } from './tables.js'

export { nestingLimit }
export { isOverTableLimits, tableLimits } from './tables.js'

export type { RevisionNode, RevisionKind } from './criticmarkup.js'

export interface ParsedMarkdown {
  /** Empty when the source is nested too deep to parse (see tooDeepAt). */
  tree: Root
  /** The YAML front matter node, if any (its value is the raw YAML). */
  frontMatter?: Yaml
  /** Revision marks opened and never closed. */
  unclosedRevisions: UnclosedRevision[]
  /** Offset of the first reserved character the author typed, if any. */
  reservedAt?: number
  /** Where the nesting first passes the limit (nesting.ts); nothing else was parsed then. */
  tooDeepAt?: Point
  /** A GFM table over the limits (tables.ts); nothing was parsed then. */
  largeTable?: LargeTable
  /** The source opens front matter ("---" then a key) that no "---" line closes. */
  unclosedFrontMatter?: boolean
}

/** "---" on the first line, a YAML key on the second: front matter, whether or not it is closed. */
const frontMatterStart = /^---[ \t]*\r?\n[ \t]*[\w"'-][^\n:]*:/

/** The fast path's tree; a defect in it (an error, not a decline) costs an author only
 *  speed: micromark parses that source. The differential tests call fastParse itself, so
 *  such a defect still fails them. */
function fastTree(source: string): Root | undefined {
  try {
    return fastParse(source)
  } catch {
    return undefined
  }
}

export function parseMarkdown(source: string): ParsedMarkdown {
  const reserved = reservedCharacters.exec(source)
  const empty: Root = { type: 'root', children: [] }
  const largeTable = largeTableOf(source)
  if (largeTable) return { tree: empty, unclosedRevisions: [], largeTable }
  const deepLine = deepLineOf(source)
  // A pathological source is only parsed up to the line that passes the limit, to find the
  // exact place; and never passed on to anything recursive.
  const parsedText = deepLine === undefined ? source : source.split('\n', deepLine).join('\n')
  const encoded = encodeMarkers(parsedText)
  // The fast path builds the same tree for the constructs ITU sources use; anything else
  // goes to micromark, which stays the reference (src/parse/fast/index.ts).
  const tree = fastTree(encoded) ?? micromarkParse(encoded)
  const deep = deepNodeOf(tree) ?? (deepLine === undefined ? undefined : { line: deepLine, column: 1 })
  if (deep) return { tree: empty, unclosedRevisions: [], tooDeepAt: deep, ...(reserved ? { reservedAt: reserved.index } : {}) }
  const unclosedRevisions = groupRevisions(tree)
  const first = tree.children[0]
  const parsed: ParsedMarkdown = { tree, unclosedRevisions }
  if (first?.type === 'yaml') parsed.frontMatter = first
  else if (frontMatterStart.test(source)) parsed.unclosedFrontMatter = true
  if (reserved) parsed.reservedAt = reserved.index
  return parsed
}
