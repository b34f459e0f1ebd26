// Markdown source → mdast with positions: CommonMark + GFM + YAML front matter + generic
// directives + CriticMarkup revision marks.
import type { Root, Yaml } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { encodeMarkers, groupRevisions, reservedCharacters, type UnclosedRevision } from './criticmarkup.js'

export type { RevisionNode, RevisionKind } from './criticmarkup.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

export interface ParsedMarkdown {
  tree: Root
  /** The YAML front matter node, if any (its value is the raw YAML). */
  frontMatter?: Yaml
  /** Revision marks opened and never closed. */
  unclosedRevisions: UnclosedRevision[]
  /** Offset of the first reserved character the author typed, if any. */
  reservedAt?: number
}

export function parseMarkdown(source: string): ParsedMarkdown {
  const reserved = reservedCharacters.exec(source)
  const tree = processor.parse(encodeMarkers(source)) as Root
  const unclosedRevisions = groupRevisions(tree)
  const first = tree.children[0]
  const parsed: ParsedMarkdown = { tree, unclosedRevisions }
  if (first?.type === 'yaml') parsed.frontMatter = first
  if (reserved) parsed.reservedAt = reserved.index
  return parsed
}
