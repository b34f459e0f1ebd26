// A publication in Word (a conference's final report): a title page, a table of contents,
// part titles on pages of their own, and each compiled document in a Word section of its own
// with its own cover. Imported as what itudoc compiles it from: the publication's source
// (title page fields, its own text, `parts` naming the documents) and one source per
// document, written in a folder of its own beside the publication's source.
import type { Template } from '../model/template.js'
import { classify } from './classify.js'
import { embeddedTemplate, importSegment, matchSegment, type ImportedSegment, type SegmentEnv } from './segment.js'
import { spanText, type WordBlock, type WordDocument } from './word.js'

/** The body cut at its section breaks, each section's role decided. */
export interface PublicationPlan {
  sections: Array<{ role: 'front' | 'part' | 'document'; blocks: WordBlock[] }>
}

/** Sections of the body: a section ends with the paragraph that holds its properties. */
function sectionsOf(body: readonly WordBlock[]): WordBlock[][] {
  const sections: WordBlock[][] = [[]]
  for (const block of body) {
    sections[sections.length - 1]!.push(block)
    if (block.kind === 'paragraph' && block.sectionEnd) sections.push([])
  }
  return sections.filter((s) => s.some(hasText))
}

function hasText(block: WordBlock): boolean {
  return block.kind === 'table' || spanText(block.spans).trim() !== ''
}

/** A section holding only a part title (ITU's Part_title style, or one short line alone). */
function isPartTitle(blocks: readonly WordBlock[]): boolean {
  const texts = blocks.filter(hasText)
  return texts.length === 1 && texts[0]!.kind === 'paragraph' && (texts[0]!.chain.some((s) => s.key === 'parttitle') || spanText(texts[0]!.spans).trim().split(/\s+/).length <= 8)
}

/** Templates a compiled document can have: anything but another publication. */
function documentTemplates(templates: ReadonlyMap<string, Template>): Map<string, Template> {
  return new Map([...templates].filter(([, t]) => !t.compiles))
}

/**
 * Whether the file is a publication, and how its sections divide. Itudoc's own files say so
 * in their stored metadata; another file is one when, after its first section, two or more
 * sections (or one under a Part_title) open with the cover of another template (a
 * resolution's, an opinion's, a Recommendation's number line and title) and the first
 * section is a title page.
 */
export function isPublication(document: WordDocument, env: SegmentEnv): PublicationPlan | undefined {
  const declared = env.template ?? embeddedTemplate(env.embedded)
  if (declared && env.templates.get(declared)?.compiles === undefined) return undefined
  const sections = sectionsOf(document.body)
  if (sections.length < 2) return undefined
  const candidates = documentTemplates(env.templates)
  const roles = sections.map((blocks, i): PublicationPlan['sections'][number]['role'] => {
    if (i === 0) return 'front'
    if (isPartTitle(blocks)) return 'part'
    const { match } = matchSegment(blocks, { labels: env.labels, locale: env.locale, templates: candidates })
    const numbered = blocks.some((b) => {
      if (b.kind !== 'paragraph') return false
      const { role } = classify(b, env.labels)
      return role.kind === 'coverLine' && ['resNo', 'opinionNo', 'recNo'].includes(role.role)
    })
    // A number line in its ITU style is enough; unstyled, the cover's words must match.
    return match && (numbered ? match.score > 0 : match.score >= 10) ? 'document' : 'front'
  })
  if (!roles.includes('document')) return undefined
  if (!declared) {
    // A Recommendation also has sections (its publisher's cover page, then the text): a
    // publication compiles several documents, or puts them under part titles.
    const documents = roles.filter((r) => r === 'document').length
    const titled = sections.some((blocks, i) => roles[i] === 'part' && blocks.some((b) => b.kind === 'paragraph' && b.chain.some((s) => s.key === 'parttitle')))
    if (env.named?.number || (documents < 2 && !titled)) return undefined
    // The first document's front must be a title page of the publication template.
    const publication = [...env.templates.values()].find((t) => t.compiles)
    const { match } = publication ? matchSegment(sections[0]!, { ...env, template: publication.id }) : { match: undefined }
    if (!match || match.score === 0) return undefined
    // A published Recommendation opens with its cover page, in sections of its own as well:
    // the first section read better as a Recommendation's cover page is not a title page.
    for (const template of candidates.values()) {
      if (!template.published) continue
      const { match: cover } = matchSegment(sections[0]!, { ...env, templates: candidates, template: template.id })
      if (cover && cover.score > match.score) return undefined
    }
  }
  return { sections: sections.map((blocks, i) => ({ role: roles[i]!, blocks })) }
}

/** A folder name for a compiled document: its template and number ("resolution-96"), else its place. */
function slugOf(source: ImportedSegment, index: number, used: Set<string>): string {
  const number = source.metadata.number
  // A number misread from a long line must still make a folder name the file system accepts.
  const named = number !== undefined && String(number).length <= 40
  const base = (named ? `${source.template}-${String(number)}` : `document-${index + 1}`).toLowerCase().replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '')
  let slug = base
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
  used.add(slug)
  return slug
}

export function importPublication(document: WordDocument, plan: PublicationPlan, env: SegmentEnv): ImportedSegment & { documents: Array<{ path: string; source: ImportedSegment }> } {
  // Itudoc stores each compiled document's metadata, in order.
  let stored: unknown[] = []
  try {
    stored = JSON.parse(document.properties.get('itudoc.documents') ?? '[]') as unknown[]
  } catch {}
  const publication = [...env.templates.values()].find((t) => t.compiles)!
  const candidates = documentTemplates(env.templates)
  const parts: Array<{ title?: string; documents: string[] }> = []
  const documents: Array<{ path: string; source: ImportedSegment }> = []
  const used = new Set<string>()
  const front: WordBlock[] = []
  for (const section of plan.sections) {
    if (section.role === 'front') { front.push(...section.blocks); continue }
    if (section.role === 'part') {
      const title = section.blocks.find(hasText)
      parts.push({ title: title?.kind === 'paragraph' ? spanText(title.spans).trim() : '', documents: [] })
      continue
    }
    const n = documents.length
    const record = stored[n]
    const { template: _template, embedded: _embedded, ...rest } = env
    const source = importSegment(section.blocks, { ...rest, templates: candidates, name: `${env.name}-${n + 1}`, named: {}, ...(record && typeof record === 'object' ? { embedded: JSON.stringify(record) } : {}) })
    const path = slugOf(source, n, used)
    documents.push({ path, source })
    if (!parts.length) parts.push({ documents: [] })
    parts[parts.length - 1]!.documents.push(path)
  }
  const own = importSegment(front, { ...env, template: publication.id, override: { parts } })
  return { ...own, documents }
}
