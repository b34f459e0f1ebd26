// One document of a Word file → one itudoc source. The blocks are the whole body, or one
// document of a publication. Phases: find the cover (the blocks before the first clause,
// call or annex), read it with every template's cover data and keep the best match, complete
// it with the metadata itudoc stored in the file, give the body its structure, and print
// front matter + Markdown with, for each line, the Word paragraph it came from.
import { stringify } from 'yaml'
import type { Rule } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { importRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import { effectiveTemplate } from '../resolve/variant.js'
import { classify, isTypedClause } from './classify.js'
import { detectTemplate, matchCover, type CoverMatch, type CoverSource, type CoverText } from './cover.js'
import { squeeze, type LabelSet } from './labels.js'
import { byItudoc, renderBlocks, type Line, type MdBlock } from './markdown.js'
import { FlowBuilder, type BuildContext } from './structure.js'
import { spanText, type WordBlock, type WordDocument, type WordParagraph } from './word.js'

/** A finding of the import, at a Word paragraph. */
export interface ImportFinding { rule: Rule<never>; at: number; data: object }

/** What importing one document needs besides its blocks. */
export interface SegmentEnv {
  document: WordDocument
  lang: string
  locale: Locale
  labels: LabelSet
  templates: ReadonlyMap<string, Template>
  /** Template id to use instead of the detected one. */
  template?: string
  /** Base name for image files ("h782" → h782-figure-1.png). */
  name: string
  /** Metadata itudoc stored in the file for this document (JSON), if any. */
  embedded?: string
  /** Fields known from the file name (an ITU-T Recommendation's number and date). */
  named?: { sector?: string; number?: string; month?: string }
  /** Fields the caller decides (a publication's `parts`, which name the files the import writes). */
  override?: Record<string, unknown>
}

export interface ImportedSegment {
  template: string
  metadata: Record<string, unknown>
  /** The whole source: front matter and body. */
  markdown: string
  images: Map<string, Uint8Array>
  findings: ImportFinding[]
  /** For each line of `markdown` (index 0 = line 1), the Word paragraph it came from (0 = none). */
  lines: number[]
  /** Word paragraph each metadata field was read from. */
  fieldAt: Record<string, number>
}

/** The blocks before the first numbered clause, call or annex: where a cover can be. */
export function frontOf(blocks: readonly WordBlock[], labels: LabelSet): number {
  for (const [i, block] of blocks.entries()) {
    if (block.kind !== 'paragraph') continue
    const { role } = classify(block, labels)
    if (role.kind === 'heading' && (role.number || block.numbering)) return i
    if (role.kind === 'item' && isTypedClause(role.label, spanText(block.spans).replace(/^[^\t]*\t/, ''))) return i
    if (role.kind === 'call' || role.kind === 'numbered' || role.kind === 'annex' || role.kind === 'note') return i
  }
  return Math.min(blocks.length, 60)
}

/** Cover lines and table rows of the front blocks, each line with its paragraph and role. */
export function coverSource(blocks: readonly WordBlock[], labels: LabelSet): CoverSource {
  const lines: CoverText[] = []
  const rows: CoverText[][][] = []
  const tableOf: number[] = []
  let tables = 0
  const line = (p: WordParagraph): CoverText => {
    const { role } = classify(p, labels)
    const text: CoverText = { text: spanText(p.spans).replace(/[\t\n]+/g, ' ').trim(), at: p.index }
    // A cover line's role (Res_No, Rec_title …), or what else the paragraph is (a Heading_b
    // "Summary" is not the free line under a title).
    if (role.kind === 'coverLine') text.role = role.role
    else if (role.kind !== 'body') text.role = role.kind
    return text
  }
  const visit = (block: WordBlock): void => {
    if (block.kind === 'paragraph') {
      lines.push(line(block))
      return
    }
    const table = tables++
    for (const row of block.rows) {
      const cells = row.cells.flatMap((cell) => {
        const inner = cell.blocks.filter((b): b is WordParagraph => b.kind === 'paragraph').map(line).filter((l) => l.text)
        return [inner, ...Array.from({ length: cell.span - 1 }, () => [])]
      })
      if (row.cells.length > 1) {
        rows.push(cells)
        tableOf.push(table)
      }
      for (const cell of row.cells) for (const b of cell.blocks) visit(b)
    }
  }
  blocks.forEach(visit)
  return { lines, rows, tableOf }
}

/** The best cover match of a segment's front among the templates (or the one asked for). */
export function matchSegment(blocks: readonly WordBlock[], env: Pick<SegmentEnv, 'labels' | 'templates' | 'locale' | 'template' | 'named'>): { match: CoverMatch | undefined; frontEnd: number } {
  const frontEnd = frontOf(blocks, env.labels)
  const match = detectTemplate(coverSource(blocks.slice(0, frontEnd), env.labels), [...env.templates.values()], env.locale, env.template, env.named?.sector ? { sector: env.named.sector } : {})
  return { match, frontEnd }
}

/** A table of contents' paragraph, or a table holding nothing else (Word keeps the field in a frame). */
function isTocBlock(block: WordBlock, labels: LabelSet): boolean {
  // "Page" over the page numbers belongs to the entries.
  if (block.kind === 'paragraph') return block.chain.some((s) => /^toc\d$/.test(s.key)) || labels.pageWords.has(spanText(block.spans).trim().toLowerCase())
  const paragraphs = block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks))
  return paragraphs.every((b) => (b.kind === 'paragraph' ? isTocBlock(b, labels) || !spanText(b.spans).trim() : isTocBlock(b, labels)))
}

/**
 * The titles of tables of contents, lists of tables and lists of figures: a short heading
 * directly followed by the entries (whatever the title says, in whatever language).
 */
function tocTitles(blocks: readonly WordBlock[], labels: LabelSet): number[] {
  const titles: number[] = []
  const texts = blocks.filter((b) => b.kind === 'table' || spanText(b.spans).trim() !== '')
  texts.forEach((block, i) => {
    const next = texts[i + 1]
    if (block.kind === 'paragraph' && next && isTocBlock(next, labels) && !isTocBlock(block, labels) && spanText(block.spans).trim().split(/\s+/).length <= 6) titles.push(block.index)
  })
  return titles
}

/**
 * A published Recommendation's notices that itudoc prints itself from locale data: from the
 * FOREWORD heading (in the document's language or English) to the end of the table of contents
 * that follows it, or to "All rights reserved …" when there is none; then the title block
 * repeated on page 1 (the Recommendation's number line and its title) before the first clause.
 * ITU's files and itudoc's own DOCX both have them; imported, they would be printed twice.
 */
function publisherNotices(blocks: readonly WordBlock[], labels: LabelSet, title: unknown): number[] {
  // Positions in `blocks`, not paragraph numbers.
  const { foreword: forewords, rightsReserved: rights } = labels.notices
  const text = (block: WordBlock): string => (block.kind === 'paragraph' ? squeeze(spanText(block.spans)) : '')
  const start = blocks.findIndex((block) => forewords.has(text(block)))
  if (start < 0) return []
  const isHeading = (block: WordBlock): boolean => block.kind === 'paragraph' && block.chain.some((s) => /^heading\d$/.test(s.key))
  let end = start
  for (let i = start + 1; i < blocks.length && !isHeading(blocks[i]!); i++) {
    const block = blocks[i]!
    if (isTocBlock(block, labels) || rights.some((r) => text(block).startsWith(r))) end = i
  }
  // The title block repeated where the body starts — right after the notices, or after the
  // Introduction just before clause 1: the Recommendation's number line (a few words with a
  // digit) and its title.
  const titleText = typeof title === 'string' ? squeeze(title) : undefined
  const titleLine = (block: WordBlock): boolean => {
    const line = text(block)
    return block.kind === 'paragraph' && (!line || line === titleText || (line.split(' ').length <= 5 && /\d/.test(line)))
  }
  let after = end + 1
  while (after < blocks.length && !isHeading(blocks[after]!) && titleLine(blocks[after]!)) after++
  let first = after
  while (first < blocks.length && !isHeading(blocks[first]!)) first++
  let top = first
  while (top > after && titleLine(blocks[top - 1]!)) top--
  const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
  return [...range(start, after), ...(first < blocks.length ? range(top, first) : [])]
}

/**
 * Where the publisher's back page starts in `blocks` (positions, not paragraph numbers), or
 * blocks.length when there is none. A published ITU-T Recommendation ends with the list of
 * the Recommendation series ("Series A – Organization of the work of ITU-T" … "Series Z"),
 * a table, and at most a few paragraphs after it ("Printed in Switzerland"). It is known by
 * its shape, whatever its language: most of its rows begin with a cell that is one word and
 * one series letter ("Series H", "Série H", "Серия H", "H 系列"), the same word in every row
 * and the letters in order from A to Z, so that a table of the Recommendation's own ("Class
 * A", "Class B" …) is never taken for it.
 */
function backPageStart(blocks: readonly WordBlock[], labels: LabelSet): number {
  let table = blocks.length - 1
  while (table >= 0 && blocks[table]!.kind === 'paragraph' && blocks.length - table <= maxAfterSeriesList) {
    // The printer's lines are short plain text; a heading or an item after the list is the Recommendation's.
    const { role, text } = classify(blocks[table] as WordParagraph, labels)
    if (role.kind !== 'skip' && !(role.kind === 'body' && text.trim().split(/\s+/).length <= 6)) return blocks.length
    table--
  }
  const block = blocks[table]
  if (!block || block.kind !== 'table') return blocks.length
  const named = block.rows.flatMap((row) => {
    const text = (row.cells[0]?.blocks.map((b) => (b.kind === 'paragraph' ? spanText(b.spans) : '')).join(' ') ?? '').replace(/\s+/g, ' ').trim()
    const match = seriesCell.exec(text)
    return match ? [{ word: match[1] ?? match[4]!, letter: match[2] ?? match[3]! }] : []
  })
  // One word for every series, their letters in alphabetical order from A to Z.
  const isList = named.length >= minimumSeriesRows && named.length >= 0.6 * block.rows.length &&
    named[0]!.letter === 'A' && named[named.length - 1]!.letter === 'Z' &&
    named.every((row, i) => row.word === named[0]!.word && (i === 0 || row.letter > named[i - 1]!.letter))
  return isList ? table : blocks.length
}

/** A cell naming a series: a word and the series' letter, or the letter and a word of another script ("H 系列"). */
const seriesCell = /^(?:(\p{L}+) ([A-Z])|([A-Z]) ?((?:(?!\p{Script=Latin})\p{L})+))$/u
/** The list has 23 series; a table of a handful of lettered rows is the Recommendation's own. */
const minimumSeriesRows = 10
/** Paragraphs the back page may hold after its list (the printer's line, empty paragraphs). */
const maxAfterSeriesList = 4

/** Complete the cover's metadata with what itudoc stored in the file. */
function completeWithEmbedded(meta: Record<string, unknown>, embedded: string | undefined, match: CoverMatch | undefined): void {
  if (!embedded) return
  let stored: Record<string, unknown>
  try {
    stored = JSON.parse(embedded) as Record<string, unknown>
  } catch {
    return
  }
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'lang' || key === 'template') continue
    const current = meta[key]
    // "(09/2027)" on the cover and 2027-09-20 in the file: the same date, known to the day.
    const partial = match?.partial.has(key) && typeof value === 'string' && typeof current === 'string' && value.slice(0, 7) === current.slice(0, 7)
    // The cover's "96" is the source's 96: keep the type the source had.
    if (!(key in meta) || partial || (typeof value !== 'object' && String(value) === String(current))) meta[key] = value
    // Objects the cover shows in part (a liaison statement's origin Questions) are completed.
    else if (current && value && typeof current === 'object' && typeof value === 'object' && !Array.isArray(current) && !Array.isArray(value)) meta[key] = { ...value, ...current }
  }
}

/**
 * Fields the running heads and footers print (a resolution's "WTDC-25 – Resolution 96"),
 * read back with the template's page parts as cover lines; they fill only what is unknown.
 */
function readPageFurniture(template: Template, pageTexts: readonly string[], locale: Locale, meta: Record<string, unknown>): void {
  const lines = [template.page.header, template.page.footer].filter((parts) => parts.length).map((parts) => ({ line: 'value' as const, parts }))
  if (!lines.length || !pageTexts.length) return
  const read = matchCover({ lines: pageTexts.map((text) => ({ text, at: 0 })), rows: [], tableOf: [] }, { ...template, cover: lines }, {}, locale)
  for (const [key, value] of Object.entries(read.meta)) if (!(key in meta)) meta[key] = value
}

/**
 * A required choice the file does not state (the body that adopted a resolution) is taken
 * when exactly one of its values is written in the metadata read: as a word ("WTDC-25") or
 * as the initials of a run of capitalised words ("World Telecommunication Development
 * Conference"). Otherwise it stays missing, and resolving the source says so.
 */
function inferChoices(shape: Record<string, { safeParse(v: unknown): { success: boolean } }>, meta: Record<string, unknown>): void {
  const texts = Object.values(meta).filter((v): v is string => typeof v === 'string')
  const words = new Set(texts.flatMap((t) => t.split(/[^\p{L}]+/u)))
  for (const t of texts) {
    const capitalised = t.split(/\s+/).map((w) => /^\p{Lu}/u.test(w) ? w[0]! : ' ').join('').split(' ')
    for (const run of capitalised) for (let i = 0; i < run.length; i++) for (let j = i + 2; j <= run.length; j++) words.add(run.slice(i, j))
  }
  for (const [key, field] of Object.entries(shape)) {
    const options = (field as { options?: unknown }).options
    if (key in meta || !Array.isArray(options) || field.safeParse(undefined).success) continue
    const found = options.filter((o): o is string => typeof o === 'string' && words.has(o))
    if (found.length === 1) meta[key] = found[0]
  }
}

/**
 * A Recommendation's history table ("Edition | Recommendation | Approval | Study Group")
 * names the study group and the day of approval, which the cover shows as a month only. The
 * last row is the edition at hand; its values fill what is unknown or known to the month.
 */
function readHistory(body: readonly MdBlock[], locale: Locale, shape: Record<string, { safeParse(v: unknown): { success: boolean } }>, meta: Record<string, unknown>): void {
  const history = body.find((b): b is Extract<MdBlock, { type: 'container' }> => b.type === 'container' && b.name === 'history')
  const table = history?.children.find((b): b is Extract<MdBlock, { type: 'table' }> => b.type === 'table')
  if (!table || table.rows.length < 2) return
  const textOf = (cell: MdBlock[] | undefined): string => (cell ?? []).map((b) => (b.type === 'paragraph' ? spanText(b.spans) : '')).join(' ').replace(/\s+/g, ' ').trim()
  const head = table.rows[0]!.map((cell) => textOf(cell).toLowerCase())
  const last = table.rows[table.rows.length - 1]!
  const column = (label: string): string | undefined => {
    const i = head.findIndex((h) => h === label.toLowerCase())
    return i >= 0 ? textOf(last[i]) : undefined
  }
  const group = column(locale.labels.studyGroup)
  if (group && /^\d+$/.test(group) && !('study-group' in meta) && shape['study-group']?.safeParse(Number(group)).success) meta['study-group'] = Number(group)
  const approved = column(locale.labels.approval)
  const current = meta['approval-date']
  if (approved && /^\d{4}-\d{2}-\d{2}$/.test(approved) && (current === undefined || (typeof current === 'string' && current.endsWith('-01') && current.slice(0, 7) === approved.slice(0, 7)))) meta['approval-date'] = approved
}

/** The template a stored metadata record names, if it is one of ours. */
export function embeddedTemplate(embedded: string | undefined): string | undefined {
  try {
    const template = embedded ? (JSON.parse(embedded) as { template?: unknown }).template : undefined
    return typeof template === 'string' ? template : undefined
  } catch {
    return undefined
  }
}

export function importSegment(blocks: readonly WordBlock[], env: SegmentEnv): ImportedSegment {
  const { document, labels, templates } = env
  const findings: ImportFinding[] = []
  const warn = <D extends object>(at: number, rule: Rule<D>, data: D): void => { findings.push({ rule: rule as Rule<never>, at, data }) }

  // -- Phase 1: the cover → template and metadata
  // ITU names its Recommendations' files T-REC-<number>-<yyyymm>-…!!MSW-E.docx.
  const preferred = env.template ?? embeddedTemplate(env.embedded) ?? (env.named?.number && templates.has('recommendation') ? 'recommendation' : undefined)
  const { match, frontEnd } = matchSegment(blocks, { ...env, ...(preferred && templates.has(preferred) ? { template: preferred } : {}) })
  const front = blocks.slice(0, frontEnd)
  const base = preferred && templates.has(preferred) ? templates.get(preferred)! : match && match.score > 0 ? match.template : templates.get('report')!
  const matched = match && match.template === base ? match : undefined
  const meta: Record<string, unknown> = { template: base.id, ...(env.lang !== 'en' ? { lang: env.lang } : {}), ...(matched?.meta ?? {}) }
  const fieldAt: Record<string, number> = { ...(matched?.at ?? {}) }
  if (base.id === 'recommendation' && env.named) {
    if (env.named.sector && !meta.sector) meta.sector = env.named.sector
    if (env.named.number && !meta.number) meta.number = env.named.number
    if (env.named.month && !meta['approval-date']) meta['approval-date'] = env.named.month
  }
  if (!meta.title && document.title && base.titleField === 'title' && blocks === document.body) meta.title = document.title
  // Numbers read as text ("96", "2025") become numbers where the template's schema wants them.
  const shape = (base.metadata as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape ?? {}
  for (const [key, value] of Object.entries(meta)) {
    const field = shape[key]
    if (field && typeof value === 'string' && /^\d+$/.test(value) && !field.safeParse(value).success && field.safeParse(Number(value)).success) meta[key] = Number(value)
  }
  completeWithEmbedded(meta, env.embedded, matched)
  readPageFurniture(effectiveTemplate(base, meta), document.pageTexts, env.locale, meta)
  inferChoices(shape, meta)
  Object.assign(meta, env.override)
  const template = effectiveTemplate(base, meta)

  // -- Phase 2: the body
  const images = new Map<string, Uint8Array>()
  const imageNames = new Map<string, string>()
  const ids = new Map<string, string>()
  const usedIds = new Set<string>()
  const ctx: BuildContext = {
    labels,
    template,
    warn,
    used: matched?.used ?? new Set(),
    image(part) {
      let name = imageNames.get(part)
      if (!name) {
        const ext = (/\.([a-z0-9]+)$/i.exec(part)?.[1] ?? 'png').toLowerCase()
        name = `${env.name}-figure-${imageNames.size + 1}.${ext === 'jpeg' ? 'jpg' : ext}`
        imageNames.set(part, name)
        images.set(name, document.media.get(part)!)
      }
      return name
    },
    bookmarkId(name) {
      if (!document.referenced.has(name)) return undefined
      let id = ids.get(name)
      if (!id) {
        const stem = name.replace(/^_+/, '').replace(/_/g, '-').replace(/[^\w:.-]/g, '').toLowerCase() || 'ref'
        id = /^[a-z]/.test(stem) ? stem : `ref-${stem}`
        while (usedIds.has(id)) id += '-2'
        usedIds.add(id)
        ids.set(name, id)
      }
      return id
    },
  }
  for (const at of tocTitles(blocks, labels)) ctx.used.add(at)
  // The publisher's notices are left out; those in the front are reported with the rest of
  // the front matter, those after it on their own.
  const notices = base.id === 'recommendation' ? publisherNotices(blocks, labels, meta.title) : []
  for (const i of notices) ctx.used.add(blocks[i]!.index)
  const frontNotices = notices.filter((i) => i < frontEnd).map((i) => blocks[i]!.index)
  const flow = new FlowBuilder(ctx)
  if (base.id === 'recommendation' && matched?.used.size) flow.front = [...frontNotices]
  for (const block of front) flow.add(block)
  const reportLeftOut = (indices: readonly number[]): void => {
    if (indices.length) warn(indices[0]!, importRules.frontMatter, { count: indices.length, last: indices[indices.length - 1]! })
  }
  reportLeftOut((flow.front ?? frontNotices).sort((a, b) => a - b))
  reportLeftOut(notices.filter((i) => i >= frontEnd).map((i) => blocks[i]!.index))
  delete flow.front
  const backStart = base.id === 'recommendation' ? Math.max(frontEnd, backPageStart(blocks, labels)) : blocks.length
  if (backStart < blocks.length) warn(blocks[backStart]!.index, importRules.backMatter, { first: blocks[backStart]!.index })
  for (const block of blocks.slice(frontEnd, backStart)) flow.add(block)
  const body = flow.finish()
  readHistory(body, labels.locale, shape, meta)

  // Footnotes, numbered in order of first reference.
  const footnoteLabels = new Map<string, string>()
  const footnoteOrder: string[] = []
  const noteBlocks = new Map<string, MdBlock[]>()
  const inlineEnv = {
    refId: (bookmark: string) => ids.get(bookmark),
    footnote: (id: string) => {
      if (!document.footnotes.has(id)) return undefined
      if (!footnoteLabels.has(id)) {
        footnoteLabels.set(id, String(footnoteLabels.size + 1))
        footnoteOrder.push(id)
        const inner = new FlowBuilder({ ...ctx, used: new Set() }, true)
        for (const block of document.footnotes.get(id)!) inner.add(block)
        noteBlocks.set(id, inner.finish())
      }
      return footnoteLabels.get(id)
    },
    comment: (id: string) => {
      const comment = document.comments.get(id)
      if (!comment) return undefined
      return comment.author && !byItudoc(comment.author) ? `${comment.author}: ${comment.text}` : comment.text
    },
  }
  const bodyLines = renderBlocks(body, inlineEnv)
  const noteLines: Line[] = []
  for (const id of footnoteOrder) {
    const lines = renderBlocks(noteBlocks.get(id) ?? [], inlineEnv)
    noteLines.push({ text: '', at: lines[0]?.at ?? 0 })
    lines.forEach((line, j) => noteLines.push({ text: j === 0 ? `[^${footnoteLabels.get(id)}]: ${line.text}` : line.text ? `    ${line.text}` : '', at: line.at }))
  }

  // -- Phase 3: front matter and text
  const yaml = stringify(meta, { lineWidth: 0 }).trimEnd().split('\n')
  const lines: Line[] = [{ text: '---', at: 0 }]
  for (const line of yaml) {
    const key = /^([\w-]+):/.exec(line)?.[1]
    lines.push({ text: line, at: key ? fieldAt[key] ?? 0 : lines[lines.length - 1]!.at })
  }
  lines.push({ text: '---', at: 0 }, { text: '', at: 0 }, ...bodyLines, ...noteLines)
  // Runs of blank lines fold into one; the line map folds with them.
  const kept = lines.filter((line, i) => line.text !== '' || lines[i - 1]?.text !== '')
  while (kept.length && kept[kept.length - 1]!.text === '') kept.pop()
  return {
    template: base.id,
    metadata: meta,
    markdown: `${kept.map((l) => l.text).join('\n')}\n`,
    images,
    findings,
    lines: kept.map((l) => l.at),
    fieldAt,
  }
}
