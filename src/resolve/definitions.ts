// The definitions of a Markdown tree: footnotes and link targets, which may be written anywhere
// a block may (in a list item, an annex, a quotation) and are used anywhere in the document.
import type { Nodes } from 'mdast'

export type Definition = Extract<Nodes, { type: 'footnoteDefinition' | 'definition' }>

/** Nodes whose children are phrasing content, where no definition can be. */
const phrasingHolders = new Set(['paragraph', 'heading', 'table', 'leafDirective'])

/**
 * Every footnote and link definition, in document order (pre-order, as unist's visit finds
 * them). Definitions are blocks: the walk skips the inline content of paragraphs, headings
 * and tables, most of a document's nodes.
 */
export function collectDefinitions(node: Nodes, found: (definition: Definition) => void): void {
  if (node.type === 'footnoteDefinition' || node.type === 'definition') found(node)
  if (!('children' in node) || phrasingHolders.has(node.type)) return
  for (const child of node.children) collectDefinitions(child, found)
}

