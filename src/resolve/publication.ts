// Publications: a template with `compiles` lists parts of other documents. Each document is
// resolved on its own (by the include host the build provides), in the publication's
// language, and placed whole under its part title as an `included` node: its cover, body,
// footnotes (restarting at 1) and running heads, with every id prefixed so that anchors and
// cross-references stay unique in the publication.
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../model/diagnostic.js'
import type { Block, CoverBlock, FootnoteDefinition, Included, Inline } from '../model/nodes.js'
import { publicationRules, sourceRules } from '../model/rules.js'
import { visitDocument } from '../model/traverse.js'
import type { ResolvedDocument } from './index.js'
import type { ResolvedMetadata } from './metadata.js'

/** Ask the build for another document, in a language. */
export interface IncludeRequest {
  /** The publication's Markdown file: paths are relative to its folder. */
  from: string
  /** The path as written in the publication's metadata. */
  path: string
  lang: string
}

export type IncludeResult =
  | {
      status: 'ok'
      doc: ResolvedDocument
      /** Source files it was made from, relative to the sources root (for incremental builds). */
      sources: string[]
    }
  | { status: 'missing' }
  /** The path, or a link on the way, leads outside the sources root. */
  | { status: 'escape' }
  | { status: 'failed' }
  | { status: 'cycle' }

export type IncludeHost = (request: IncludeRequest) => IncludeResult

interface Part { title?: string | Partial<Record<string, string>>; documents: string[] }

export interface Compiled {
  blocks: Block[]
  /** The documents compiled, in order (their metadata travels with the publication's DOCX). */
  documents: ResolvedDocument[]
  /** Every source file the included documents were made from. */
  sources: string[]
  /** Where a listed document was left out because of an error (see ResolvedDocument.omitted). */
  omitted: Position[]
}

/** Resolve the parts of a publication into part headings and included documents. */
export function compilePublication(metadata: ResolvedMetadata, field: string, lang: string, file: VFile, include: IncludeHost | undefined): Compiled {
  const parts = (metadata.meta[field] ?? []) as Part[]
  const blocks: Block[] = []
  const documents: ResolvedDocument[] = []
  const sources = new Set<string>()
  const omitted: Position[] = []
  let count = 0
  parts.forEach((part, p) => {
    const partAt = metadata.positionOf([field, p])
    if (part.title !== undefined) {
      const title = typeof part.title === 'string' ? part.title : part.title[lang]
      if (title === undefined) report(partAt.file, publicationRules.partTitleMissing, partAt, { part: p + 1, lang })
      else blocks.push({ type: 'heading', depth: 1, id: `part-${p + 1}`, children: [{ type: 'text', value: title, position: partAt.position }], position: partAt.position })
    }
    part.documents.forEach((path, d) => {
      const at = metadata.positionOf([field, p, 'documents', d])
      const result = include?.({ from: file.path, path, lang }) ?? { status: 'missing' as const }
      if (result.status !== 'ok') {
        if (result.status === 'missing') report(at.file, publicationRules.missingDocument, at, { path, lang })
        else if (result.status === 'escape') report(at.file, sourceRules.pathEscape, at, { path })
        else if (result.status === 'failed') report(at.file, publicationRules.documentHasErrors, at, { path })
        else report(at.file, publicationRules.cycle, at, { path })
        // The part then lacks this document: rules must not conclude it is empty.
        omitted.push(at.position)
        return
      }
      for (const source of result.sources) sources.add(source)
      count += 1
      documents.push(result.doc)
      blocks.push(included(result.doc, `d${count}`, at.position))
    })
  })
  return { blocks, documents, sources: [...sources].sort(), omitted }
}

/** The line a table of contents shows: the number line and the title. */
function titleOf(doc: ResolvedDocument): string {
  const numberLine = doc.root.cover.children.find(
    (block): block is Extract<CoverBlock, { type: 'coverLine' }> => block.type === 'coverLine' && ['resNo', 'opinionNo', 'recNo'].includes(block.role),
  )
  const number = numberLine?.children.map((inline) => (inline.type === 'text' ? inline.value : '')).join('')
  return number ? `${number}${doc.locale.punctuation.captionSeparator}${doc.root.title}` : doc.root.title
}

function included(doc: ResolvedDocument, id: string, position: Position): Included {
  const { root } = doc
  scopeIds(root.children, root.footnotes, id)
  const node: Included = { type: 'included', id, title: titleOf(doc), cover: root.cover, children: root.children, footnotes: root.footnotes, page: root.page, position }
  if (root.justified) node.justified = true
  return node
}

/** Prefix every id and every reference to one with `prefix-`. */
function scopeIds(children: Block[], footnotes: FootnoteDefinition[], prefix: string): void {
  const scoped = (id: string): string => `${prefix}-${id}`
  const visitor = {
    block: (block: Block): void => {
      if ('id' in block && typeof block.id === 'string') block.id = scoped(block.id)
      if (block.type === 'toc') for (const entry of block.entries) entry.targetId = scoped(entry.targetId)
    },
    inline: (inline: Inline): void => {
      if (inline.type === 'xref') inline.targetId = scoped(inline.targetId)
      if (inline.type === 'footnoteRef') inline.id = scoped(inline.id)
    },
  }
  visitDocument(children, visitor)
  for (const footnote of footnotes) {
    footnote.id = scoped(footnote.id)
    visitDocument(footnote.children, visitor)
  }
}
