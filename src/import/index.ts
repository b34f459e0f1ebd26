// itudoc import: a .docx → an itudoc source (front matter + Markdown + directives, and the
// images). The phases: unpack and read the package, find the language, read the cover with
// every template's cover declaration and keep the best, then give the body its structure
// and print it. `validate file.docx` runs the same import in memory.
import { stringify } from 'yaml'
import type { Rule } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { importRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import { effectiveTemplate } from '../resolve/variant.js'
import { classify } from './classify.js'
import { detectTemplate, type CoverSource, type CoverText } from './cover.js'
import { ImportError } from './errors.js'
import { labelSet } from './labels.js'
import { renderBlocks, type Line, type MdBlock } from './markdown.js'
import { openPackage } from './package.js'
import { readDocument } from './read.js'
import { FlowBuilder, type BuildContext } from './structure.js'
import { paragraphText, spanText, type WordBlock, type WordDocument, type WordParagraph } from './word.js'

export { ImportError } from './errors.js'

export interface ImportOptions {
  /** Template id to use instead of the detected one. */
  template?: string
  /** Language of the document (en, fr, es, ru, ar, zh) instead of the detected one. */
  lang?: string
  /** Base name for image files ("h782" → h782-figure-1.png). */
  name: string
  /** The file name, for ITU file-name conventions (T-REC-H.782-201811-I!!MSW-E.docx). */
  fileName?: string
  templates: ReadonlyMap<string, Template>
  locales: ReadonlyMap<string, Locale>
}

/** A finding of the import, at a Word paragraph. */
export interface ImportFinding { rule: Rule<never>; at: number; data: object }

export interface ImportedSource {
  template: string
  lang: string
  metadata: Record<string, unknown>
  /** The whole source: front matter and body. */
  markdown: string
  /** Image files to write next to the source, by file name. */
  images: Map<string, Uint8Array>
  findings: ImportFinding[]
  /** For each line of `markdown` (index 0 = line 1), the Word paragraph it came from (0 = none). */
  lines: number[]
  /** Word paragraph each metadata field was read from. */
  fieldAt: Record<string, number>
  /** First words of each Word paragraph, by ¶, for reports. */
  excerpt(at: number): string
  /** Number of body paragraphs in the Word file. */
  paragraphs: number
}

// ------------------------------------------------------------------ language

const scripts: Array<[string, RegExp]> = [['ar', /[\u0600-\u06ff]/g], ['zh', /[\u4e00-\u9fff]/g], ['ru', /[\u0400-\u04ff]/g]]

function detectLanguage(document: WordDocument, locales: ReadonlyMap<string, Locale>): string {
  const sample = document.body.slice(0, 400).map((b) => (b.kind === 'paragraph' ? spanText(b.spans) : '')).join(' ')
  const letters = sample.replace(/[^\p{L}]/gu, '').length || 1
  for (const [lang, pattern] of scripts) if ((sample.match(pattern)?.length ?? 0) / letters > 0.3) return lang
  const tag = document.styles.lang?.slice(0, 2).toLowerCase()
  if (tag && ['en', 'fr', 'es'].includes(tag) && locales.has(tag)) {
    // Word's default language is often English in French or Spanish text: count words.
    const words = ` ${sample.toLowerCase()} `
    const count = (list: string[]): number => list.reduce((n, w) => n + (words.split(` ${w} `).length - 1), 0)
    const scores = { en: count(['the', 'and', 'of', 'to']), fr: count(['le', 'la', 'les', 'des', 'et']), es: count(['el', 'los', 'las', 'del', 'y']) }
    const best = (Object.entries(scores) as Array<[string, number]>).sort((a, b) => b[1] - a[1])[0]!
    return best[1] > 5 ? best[0] : tag
  }
  return 'en'
}

// ------------------------------------------------------------------ cover

/** The blocks before the first numbered clause, call or annex: where a cover can be. */
function frontOf(document: WordDocument, labels: ReturnType<typeof labelSet>): number {
  for (const [i, block] of document.body.entries()) {
    if (block.kind !== 'paragraph') continue
    const { role } = classify(block, labels)
    if (role.kind === 'heading' && (role.number || block.numbering)) return i
    if (role.kind === 'call' || role.kind === 'numbered' || role.kind === 'annex' || role.kind === 'note') return i
  }
  return Math.min(document.body.length, 60)
}

function coverSource(blocks: readonly WordBlock[], labels: ReturnType<typeof labelSet>): CoverSource {
  const lines: CoverText[] = []
  const rows: CoverText[][][] = []
  const line = (p: WordParagraph): CoverText => {
    const { role } = classify(p, labels)
    const text: CoverText = { text: spanText(p.spans).replace(/[\t\n]+/g, ' ').trim(), at: p.index }
    if (role.kind === 'coverLine') text.role = role.role
    return text
  }
  const visit = (block: WordBlock): void => {
    if (block.kind === 'paragraph') {
      lines.push(line(block))
      return
    }
    for (const row of block.rows) {
      const cells = row.cells.flatMap((cell) => {
        const inner = cell.blocks.filter((b): b is WordParagraph => b.kind === 'paragraph').map(line).filter((l) => l.text)
        return [inner, ...Array.from({ length: cell.span - 1 }, () => [])]
      })
      if (row.cells.length > 1) rows.push(cells)
      for (const cell of row.cells) for (const b of cell.blocks) visit(b)
    }
  }
  blocks.forEach(visit)
  return { lines, rows }
}

/** T-REC-H.782-201811-I!!MSW-E.docx: sector, number, approval month, language. */
function fromFileName(fileName: string | undefined): { sector?: string; number?: string; month?: string; lang?: string } {
  const match = /^([TRD])-REC-(.+?)-(\d{4})(\d{2})-[A-Z]!.*!MSW-([EFSRAC])\.docx$/i.exec(fileName ?? '')
  if (!match) return {}
  const lang = { E: 'en', F: 'fr', S: 'es', R: 'ru', A: 'ar', C: 'zh' }[match[5]!.toUpperCase() as 'E']
  return { sector: match[1]!.toUpperCase(), number: match[2]!, month: `${match[3]}-${match[4]}-01`, lang }
}

// ------------------------------------------------------------------ import

export function importDocx(data: Uint8Array, options: ImportOptions): ImportedSource {
  // -- Phase 1: the package and the Word document
  const document = readDocument(openPackage(data))
  const named = fromFileName(options.fileName)
  const lang = options.lang ?? named.lang ?? detectLanguage(document, options.locales)
  const locale = options.locales.get(lang)
  if (!locale) throw new ImportError('not-docx', `no locale for language "${lang}"`)
  const labels = labelSet(locale, options.locales.get('en'))
  const findings: ImportFinding[] = []
  const warn = <D extends object>(at: number, rule: Rule<D>, data: D): void => { findings.push({ rule: rule as Rule<never>, at, data }) }

  // -- Phase 2: the cover → template and metadata
  const frontEnd = frontOf(document, labels)
  const front = document.body.slice(0, frontEnd)
  const templates = [...options.templates.values()]
  if (options.template && !options.templates.has(options.template)) throw new ImportError('not-docx', `unknown template "${options.template}"`)
  const match = detectTemplate(coverSource(front, labels), templates, locale, options.template)
  const base = options.template ? options.templates.get(options.template)! : match && match.score > 0 ? match.template : options.templates.get('report')!
  const meta: Record<string, unknown> = { template: base.id, ...(lang !== 'en' ? { lang } : {}), ...(match && match.template === base ? match.meta : {}) }
  const fieldAt: Record<string, number> = { ...(match && match.template === base ? match.at : {}) }
  if (base.id === 'recommendation') {
    if (named.sector && !meta.sector) meta.sector = named.sector
    if (named.number && !meta.number) meta.number = named.number
    if (named.month && !meta['approval-date']) meta['approval-date'] = named.month
  }
  if (!meta.title && document.title && base.titleField === 'title') meta.title = document.title
  // Numbers read as text ("96", "2025") become numbers where the template's schema wants them.
  const shape = (base.metadata as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape ?? {}
  for (const [key, value] of Object.entries(meta)) {
    const field = shape[key]
    if (field && typeof value === 'string' && /^\d+$/.test(value) && !field.safeParse(value).success && field.safeParse(Number(value)).success) meta[key] = Number(value)
  }
  // Metadata itudoc wrote into the file's custom properties fills what the cover does not show.
  const embedded = document.properties.get('itudoc.metadata')
  if (embedded) {
    try {
      const stored = JSON.parse(embedded) as Record<string, unknown>
      for (const [key, value] of Object.entries(stored)) {
        if (key === 'lang') continue
        // "(09/2027)" on the cover and 2027-09-20 in the file: the same date, known to the day.
        const partial = match?.partial.has(key) && typeof value === 'string' && typeof meta[key] === 'string' && value.slice(0, 7) === (meta[key] as string).slice(0, 7)
        const current = meta[key]
        if (!(key in meta) || partial) meta[key] = value
        // Objects the cover shows in part (a liaison statement's origin Questions) are completed.
        else if (current && value && typeof current === 'object' && typeof value === 'object' && !Array.isArray(current) && !Array.isArray(value)) meta[key] = { ...value, ...current }
      }
    } catch {}
  }
  const template = effectiveTemplate(base, meta)

  // -- Phase 3: the body
  const images = new Map<string, Uint8Array>()
  const imageNames = new Map<string, string>()
  const ids = new Map<string, string>()
  const usedIds = new Set<string>()
  const ctx: BuildContext = {
    labels,
    template,
    warn,
    used: match && match.template === base ? match.used : new Set(),
    image(part) {
      let name = imageNames.get(part)
      if (!name) {
        const ext = (/\.([a-z0-9]+)$/i.exec(part)?.[1] ?? 'png').toLowerCase()
        name = `${options.name}-figure-${imageNames.size + 1}.${ext === 'jpeg' ? 'jpg' : ext}`
        imageNames.set(part, name)
        images.set(name, document.media.get(part)!)
      }
      return name
    },
    bookmarkId(name) {
      if (!document.referenced.has(name)) return undefined
      let id = ids.get(name)
      if (!id) {
        const base = name.replace(/^_+/, '').replace(/_/g, '-').replace(/[^\w:.-]/g, '').toLowerCase() || 'ref'
        id = /^[a-z]/.test(base) ? base : `ref-${base}`
        while (usedIds.has(id)) id += '-2'
        usedIds.add(id)
        ids.set(name, id)
      }
      return id
    },
  }
  const flow = new FlowBuilder(ctx)
  if (base.id === 'recommendation' && match?.used.size) flow.front = []
  for (const block of front) flow.add(block)
  if (flow.front?.length) warn(flow.front[0]!, importRules.frontMatter, { count: flow.front.length, last: flow.front[flow.front.length - 1]! })
  delete flow.front
  for (const block of document.body.slice(frontEnd)) flow.add(block)
  const body = flow.finish()

  // Footnotes, numbered in order of first reference.
  const footnoteLabels = new Map<string, string>()
  const footnoteOrder: string[] = []
  const noteBlocks = new Map<string, MdBlock[]>()
  const env = {
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
      return comment.author && comment.author !== 'itudoc' && !comment.author.startsWith('itudoc ') ? `${comment.author}: ${comment.text}` : comment.text
    },
  }
  const bodyLines = renderBlocks(body, env)
  const noteLines: Line[] = []
  for (let i = 0; i < footnoteOrder.length; i++) {
    const id = footnoteOrder[i]!
    const lines = renderBlocks(noteBlocks.get(id) ?? [], env)
    const at = lines[0]?.at ?? 0
    noteLines.push({ text: '', at })
    lines.forEach((line, j) => noteLines.push({ text: j === 0 ? `[^${footnoteLabels.get(id)}]: ${line.text}` : line.text ? `    ${line.text}` : '', at: line.at }))
  }

  // -- Phase 4: front matter and text
  const yaml = stringify(meta, { lineWidth: 0 }).trimEnd().split('\n')
  const lines: Line[] = [{ text: '---', at: 0 }]
  for (const line of yaml) {
    const key = /^([\w-]+):/.exec(line)?.[1]
    lines.push({ text: line, at: key ? fieldAt[key] ?? 0 : lines[lines.length - 1]!.at })
  }
  lines.push({ text: '---', at: 0 }, { text: '', at: 0 }, ...bodyLines, ...noteLines)
  const markdown = `${lines.map((l) => l.text).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
  // Lines were joined as printed; recompute the map after blank-line folding.
  const folded: number[] = []
  let previousBlank = false
  for (const line of lines) {
    const blank = line.text === ''
    if (blank && previousBlank) continue
    previousBlank = blank
    folded.push(line.at)
  }
  const paragraphs = new Map<number, WordParagraph>()
  const index = (blocks: readonly WordBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') paragraphs.set(block.index, block)
      else for (const row of block.rows) for (const cell of row.cells) index(cell.blocks)
    }
  }
  index(document.body)
  return {
    template: base.id,
    lang,
    metadata: meta,
    markdown,
    images,
    findings,
    lines: folded,
    fieldAt,
    excerpt(at) {
      const paragraph = paragraphs.get(at)
      const text = paragraph ? paragraphText(paragraph).replace(/\s+/g, ' ').trim() : ''
      const words = text.split(' ')
      return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text
    },
    paragraphs: document.paragraphs,
  }
}
