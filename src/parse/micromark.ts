// The reference parser: micromark through unified, with GFM, YAML front matter and generic
// directives. parseMarkdown takes it for any source the fast path (fast/) declines. A module
// of its own because most builds never need it: the bundled CLI loads it, and its ~450 KB of
// code, only on the first source that falls back (scripts/bundle.js).
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/** The mdast micromark makes of a source. */
export function micromarkParse(source: string): Root {
  return processor.parse(source) as Root
}
