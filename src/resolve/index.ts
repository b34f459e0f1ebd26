// Resolve: one language variant of a document (its Markdown, plus document.yaml) → the
// ITU document tree, numbered, labelled and cross-referenced, with findings on the vfiles.
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../model/diagnostic.js'
import { isLanguage, type Locale } from '../model/locale.js'
import type { ItuRoot } from '../model/nodes.js'
import { markdownRules, metadataRules, sourceRules, localeRules, structureRules } from '../model/rules.js'
import type { Part, Template } from '../model/template.js'
import { characterName, checkCharacters, codePoint } from '../parse/characters.js'
import { nestingLimit, parseMarkdown, type ParsedMarkdown } from '../parse/index.js'
import { createContext, type AssetHost } from './context.js'
import { collectDefinitions } from './definitions.js'
import { convertBlocks } from './convert.js'
import { groupEntries } from './entries.js'
import { buildCover, markTitle, printParts, type PartEnv } from './cover.js'
import { MissingSlotError } from './format.js'
import { readFrontMatter, readSharedYaml, resolveMetadata, type MetadataSource, type ResolvedMetadata } from './metadata.js'
import { numberDocument } from './numbering.js'
import { publish } from './pages.js'
import { checkPlacement } from './placement.js'
import { compilePublication, type IncludeHost } from './publication.js'
import { buildToc } from './toc.js'
import { effectiveTemplate } from './variant.js'
import { resolveXrefs } from './xrefs.js'

export interface ResolveEnv {
  templates: ReadonlyMap<string, Template>
  locales: ReadonlyMap<string, Locale>
  assets: AssetHost
  /** Resolves the documents a publication compiles (provided by the build). */
  include?: IncludeHost
}

export interface VariantInput {
  /** The Markdown file (path relative to the working directory, value = decoded text). */
  markdown: VFile
  /** document.yaml of the document folder, if any. */
  shared?: VFile
  /** Language from the file name (`fr.md`); single-file documents take `lang:` or en. */
  lang?: string
}

export interface ResolvedDocument {
  root: ItuRoot
  template: Template
  locale: Locale
  metadata: ResolvedMetadata
  parsed: ParsedMarkdown
  /** Other source files this document is made from (a publication's documents), relative to the sources root. */
  dependencies: string[]
  /** The documents a publication compiles, in order (none for other templates). */
  included: readonly ResolvedDocument[]
  /**
   * Where errors left content out of the body (an unknown directive, a container never
   * closed, a compiled document with errors); with `metadata.invalid`, what validation rules
   * must not draw conclusions from. Empty when the body resolved without such an error. A
   * document with errors is resolved for validation only and never rendered.
   */
  omitted: readonly Position[]
}

const origin = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

export function resolveVariant(input: VariantInput, env: ResolveEnv): ResolvedDocument | undefined {
  const file = input.markdown
  const source = String(file.value)
  if (!source.trim()) {
    report(file, sourceRules.empty, { position: origin }, {})
    return undefined
  }
  const parsed = parseMarkdown(source)
  if (parsed.largeTable) {
    const { line, rows, columns } = parsed.largeTable
    report(file, structureRules.tableTooLarge, { line, column: 1 }, { rows, columns })
    return undefined
  }
  if (parsed.tooDeepAt) {
    report(file, markdownRules.tooDeep, parsed.tooDeepAt, { limit: nestingLimit })
    return undefined
  }
  if (parsed.unclosedFrontMatter) {
    report(file, metadataRules.unclosedFrontMatter, { position: origin }, {})
    return undefined
  }
  for (const found of checkCharacters(source)) {
    if (found.kind === 'bidi') report(file, sourceRules.bidiControl, found.point, { code: codePoint(found.char) })
    else report(file, sourceRules.badCharacter, found.point, { code: codePoint(found.char), name: characterName(found.char) })
  }
  if (parsed.reservedAt !== undefined) report(file, sourceRules.reservedCharacter, offsetPoint(source, parsed.reservedAt), { char: source[parsed.reservedAt]! })
  for (const unclosed of parsed.unclosedRevisions) report(file, markdownRules.unclosedRevision, unclosed, { mark: unclosed.mark })

  // -- Phase 1: metadata and template
  const sources: MetadataSource[] = []
  if (input.shared) {
    const shared = readSharedYaml(input.shared)
    if (!shared) return undefined
    sources.push(shared)
  }
  if (parsed.frontMatter) {
    const front = readFrontMatter(file, parsed.frontMatter)
    if (!front) return undefined
    sources.push(front)
  }
  const metadata = resolveMetadata(sources, env.templates, file)
  if (!metadata) return undefined
  const lang = input.lang ?? metadata.common.lang ?? 'en'
  if (!isLanguage(lang)) {
    const where = input.lang ? { file, position: origin } : metadata.keyPosition('lang')
    report(where.file, sourceRules.unknownLanguage, where, { lang })
    return undefined
  }
  const locale = env.locales.get(lang)
  if (!locale) {
    report(file, localeRules.invalid, { position: origin }, { key: lang, reason: 'no locale file for this language' })
    return undefined
  }
  const template = effectiveTemplate(metadata.template, metadata.meta)
  const ctx = createContext({ file, source, template, locale, meta: metadata.meta, assets: env.assets })
  collectDefinitions(parsed.tree, (node) => {
    if (node.type === 'footnoteDefinition') ctx.footnoteSource.set(node.identifier, node)
    else ctx.linkDefinitions.set(node.identifier, node.url)
  })

  try {
    // -- Phase 2: structure, numbering, references
    const children = groupEntries(convertBlocks(parsed.tree.children, ctx), ctx)
    checkPlacement(children, ctx)
    const partEnv: PartEnv = { locale, meta: metadata.meta, phrases: template.phrases ?? {} }
    const phrases = Object.fromEntries(Object.keys(partEnv.phrases).map((name) => [name, printParts(partEnv, [{ phrase: name }])]))
    const targets = numberDocument(children, ctx, phrases)
    resolveXrefs(children, ctx.footnotes, targets, ctx)
    // A publication's documents come whole, numbered and cross-referenced on their own.
    const compiled = template.compiles ? compilePublication(metadata, template.compiles.field, lang, file, env.include) : { blocks: [], documents: [], sources: [], omitted: [] }
    children.push(...compiled.blocks)
    const position = parsed.frontMatter?.position ?? origin
    if (template.toc) children.unshift(buildToc(children, locale.labels.contents, locale.punctuation.captionSeparator, position))
    // A publication's contents start on the page after its title page.
    if (template.compiles) children.unshift({ type: 'pageBreak', position })
    // A published text: a cover page, the front matter on pages i, ii …, the body from page 1.
    const { published } = template
    const titleBlock = () => buildCover(template.cover, partEnv, position)
    const blocks = published
      ? publish(children, { spec: published, ctx, titleBlock, lines: (spec) => buildCover(spec, partEnv, position), position })
      : children
    const cover = published ? buildCover(published.coverPage, partEnv, position) : titleBlock()
    markTitle(cover)

    // -- Phase 3: cover and page furniture
    const print = (parts: readonly Part[]) => [{ type: 'text' as const, value: printParts(partEnv, parts), position }].filter((t) => t.value)
    const root: ItuRoot = {
      type: 'root',
      lang,
      dir: locale.direction,
      title: String(metadata.meta[template.titleField] ?? ''),
      closingRule: template.closingRule,
      page: {
        header: print(template.page.header),
        footer: print(template.page.footer),
        // A published text's cover page carries no running heads.
        differentFirstPage: template.page.differentFirstPage || published !== undefined,
        pageNumber: pageNumberText(template.page.pageNumber, locale),
      },
      cover,
      children: blocks,
      footnotes: ctx.footnotes,
      words: {
        page: locale.labels.page,
        footnotes: locale.labels.footnotes,
        backToText: locale.labels.backToText,
        contents: locale.labels.contents,
        figure: locale.labels.figure,
        table: locale.labels.table,
      },
      position: { start: { line: 1, column: 1, offset: 0 }, end: offsetPoint(source, source.length) },
    }
    if (template.docNumber) root.docNumber = printParts(partEnv, template.docNumber)
    if (template.justified) root.justified = true
    return { root, template, locale, metadata, parsed, dependencies: compiled.sources, included: compiled.documents, omitted: [...ctx.omitted, ...compiled.omitted] }
  } catch (error) {
    if (error instanceof MissingSlotError) {
      report(file, localeRules.patternSlot, { position: origin }, { pattern: error.pattern, slot: error.slot })
      return undefined
    }
    throw error
  }
}

function pageNumberText(spec: Template['page']['pageNumber'], locale: Locale): ItuRoot['page']['pageNumber'] {
  if (spec.style === 'dashes') return { before: '- ', after: ' -', position: spec.position }
  if (spec.style === 'plain') return { before: '', after: '', position: spec.position }
  const [before = '', after = ''] = locale.patterns.pageOf.split('{n}')
  return { before, after, position: spec.position }
}

function offsetPoint(source: string, offset: number): { line: number; column: number; offset: number } {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n'), offset }
}
