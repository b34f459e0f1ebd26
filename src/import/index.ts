// itudoc import: a .docx → an itudoc source (front matter + Markdown + directives, and the
// images). The phases: unpack and read the package, find the language, then import the body
// as one document (segment.ts) — or, for a publication, its front and each document it
// compiles as a source of its own (publication.ts). `validate file.docx` runs the same
// import in memory.
import type { Locale } from '../model/locale.js'
import type { Template } from '../model/template.js'
import { ImportError } from './errors.js'
import { labelSet } from './labels.js'
import { openPackage } from './package.js'
import { importPublication, isPublication } from './publication.js'
import { readDocument } from './read.js'
import { importSegment, type ImportedSegment, type ImportFinding } from './segment.js'
import { paragraphText, spanText, type WordBlock, type WordDocument, type WordParagraph } from './word.js'

export { ImportError } from './errors.js'
export type { ImportFinding } from './segment.js'

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

export interface ImportedSource extends ImportedSegment {
  lang: string
  /** First words of each Word paragraph, by ¶, for reports. */
  excerpt(at: number): string
  /** Number of body paragraphs in the Word file. */
  paragraphs: number
  /**
   * A publication's documents, each a source of its own, by the path the publication's
   * `parts` name them with (relative to the publication's source). Their findings are in
   * the publication's `findings` too.
   */
  documents: Array<{ path: string; source: ImportedSegment }>
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
  const { lang: namedLang, ...named } = fromFileName(options.fileName)
  const lang = options.lang ?? namedLang ?? detectLanguage(document, options.locales)
  const locale = options.locales.get(lang)
  if (!locale) throw new ImportError('not-docx', `no locale for language "${lang}"`)
  if (options.template && !options.templates.has(options.template)) throw new ImportError('not-docx', `unknown template "${options.template}"`)
  const labels = labelSet(locale, options.locales.get('en'))
  const embedded = document.properties.get('itudoc.metadata')
  const env = {
    document, lang, locale, labels, templates: options.templates, name: options.name, named,
    ...(options.template ? { template: options.template } : {}),
    ...(embedded ? { embedded } : {}),
  }

  // -- Phase 2: the body, as one document or as a publication of documents
  const publication = isPublication(document, env)
  const imported = publication ? importPublication(document, publication, env) : { ...importSegment(document.body, env), documents: [] }

  // -- Phase 3: what reports need to point at paragraphs
  const paragraphs = new Map<number, WordParagraph>()
  const index = (blocks: readonly WordBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') paragraphs.set(block.index, block)
      else for (const row of block.rows) for (const cell of row.cells) index(cell.blocks)
    }
  }
  index(document.body)
  const findings: ImportFinding[] = [...imported.findings, ...imported.documents.flatMap((d) => d.source.findings)]
  return {
    ...imported,
    findings,
    lang,
    excerpt(at) {
      const paragraph = paragraphs.get(at)
      const text = paragraph ? paragraphText(paragraph).replace(/\s+/g, ' ').trim() : ''
      const words = text.split(' ')
      return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text
    },
    paragraphs: document.paragraphs,
  }
}
