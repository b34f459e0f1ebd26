// Word files in the build: `itudoc import` reads a .docx and writes the source it makes;
// `itudoc validate file.docx` makes the same source in memory, resolves it as a one-file
// document (its images held in memory too) and reports every finding at the Word paragraph
// it comes from. The position scheme (docs/importing.md): a finding on a .docx carries the
// paragraph number ¶N in `paragraph` and in `line` (column 1), so reporters that know only
// lines still sort and place it; ¶0 is the document as a whole (its cover, its page count).
import { readFileSync } from 'node:fs'
import { basename, dirname, extname, join, posix, relative, sep } from 'node:path'
import { stringify } from 'yaml'
import { VFile } from 'vfile'
import { report, toFinding, type Finding, type Mode, type Rule } from '../model/diagnostic.js'
import { importRules } from '../model/rules.js'
import { sourceFormRules } from '../validate/registry.js'
import { ImportError, importDocx, type ImportedSource } from '../import/index.js'
import type { ImportedSegment } from '../import/segment.js'
import type { IncludeHost } from '../resolve/publication.js'
import { resolveVariant } from '../resolve/index.js'
import type { DiscoveredDocument } from './discover.js'
import { loadSourceEnv, type ResolvedVariant, type SourceEnv } from './sources.js'

export interface ImportFileOptions {
  file: string
  template?: string
  lang?: string
  /** A folder to write document.yaml + <lang>.md + images into, or a .md file; default: <name>.md beside the file. */
  out?: string
}

export interface ImportFileResult {
  imported?: ImportedSource
  findings: Finding[]
}

/** A path names a Word document (what `validate` imports instead of parsing). */
export function isWordFile(path: string): boolean {
  return /\.docx$/i.test(path)
}

/** Metadata that differs by language goes in the variant; the rest in document.yaml. */
const variantKeys = new Set(['title', 'subtitle', 'place', 'convening', 'subject', 'source', 'action-required', 'footer', 'question-title', 'translated-from'])

/** A finding at a Word paragraph: line = ¶ number, column 1; ¶0 is the whole document. */
export function paragraphFinding(file: string, rule: Rule<never>, at: number, data: object, excerpt?: string): Finding {
  const vfile = new VFile({ path: file })
  const point = { line: Math.max(1, at), column: 1 }
  return atParagraph(toFinding(report(vfile, rule as never, { position: { start: point, end: point } }, data as never), file), at, excerpt)
}

/** Move a finding to a Word paragraph. */
function atParagraph(finding: Finding, at: number, excerpt?: string): Finding {
  const { endLine: _endLine, endColumn: _endColumn, ...rest } = finding
  const moved: Finding = { ...rest, line: Math.max(1, at), column: 1, paragraph: at }
  if (excerpt && at > 0) moved.excerpt = excerpt
  return moved
}

export async function importWordFile(options: ImportFileOptions, env?: SourceEnv): Promise<ImportFileResult> {
  const display = relative(process.cwd(), options.file) || options.file
  const sources = env ?? (await loadSourceEnv('.'))
  const name = basename(options.file, extname(options.file)).replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'document'
  let bytes: Uint8Array
  try {
    bytes = readFileSync(options.file)
  } catch (error) {
    return { findings: [paragraphFinding(display, importRules.notDocx as Rule<never>, 0, { reason: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` })] }
  }
  try {
    const imported = importDocx(bytes, {
      name,
      fileName: basename(options.file),
      templates: sources.resolve.templates,
      locales: sources.locales,
      ...(options.template ? { template: options.template } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    })
    const findings = imported.findings.map((f) => paragraphFinding(display, f.rule, f.at, f.data, imported.excerpt(f.at)))
    return { imported, findings }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    const rule = (error.reason === 'not-docx' ? importRules.notDocx : importRules.damaged) as Rule<never>
    return { findings: [paragraphFinding(display, rule, 0, { reason: error.message })] }
  }
}

/** The source with other front matter (none when `meta` is empty). */
function withFrontMatter(markdown: string, meta: Record<string, unknown>): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n+/, '')
  return Object.keys(meta).length ? `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}` : body
}

/** Metadata without `lang`: in a document folder the language is the file name's (fr.md). */
function withoutLang(meta: Record<string, unknown>): Record<string, unknown> {
  const { lang: _lang, ...rest } = meta
  return rest
}

/**
 * The files an import writes: one Markdown file, or a document folder (document.yaml with
 * what every language shares, <lang>.md with the rest); images beside the source. A
 * publication's documents go in folders of their own beside its source (`parts` names them).
 */
export function importedFiles(imported: ImportedSource, options: ImportFileOptions): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  let folder: string
  if (options.out && !/\.md$/i.test(options.out)) {
    folder = options.out
    const shared: Record<string, unknown> = {}
    const variant: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(withoutLang(imported.metadata))) (variantKeys.has(key) ? variant : shared)[key] = value
    files.set(join(folder, 'document.yaml'), stringify(shared, { lineWidth: 0 }))
    files.set(join(folder, `${imported.lang}.md`), withFrontMatter(imported.markdown, variant))
  } else {
    const target = options.out ?? join(dirname(options.file), `${basename(options.file, extname(options.file))}.md`)
    folder = dirname(target)
    files.set(target, imported.markdown)
  }
  for (const [image, bytes] of imported.images) files.set(join(folder, image), bytes)
  for (const { path, source } of imported.documents) {
    files.set(join(folder, path, `${imported.lang}.md`), withFrontMatter(source.markdown, withoutLang(source.metadata)))
    for (const [image, bytes] of source.images) files.set(join(folder, path, image), bytes)
  }
  return files
}

// ------------------------------------------------------------------ validate file.docx

/** A Word file imported and resolved in memory, as validate sees a source. */
export interface WordVariant {
  /** The .docx path as findings name it. */
  display: string
  imported: ImportedSource
  /** The source the Word file became, as a one-file document named like the .docx. */
  variant: ResolvedVariant
  /** A publication's compiled documents, each a document of its own (`file.docx#<path>`). */
  documents: ResolvedVariant[]
  /** Bytes of an image by its path in the tree (relative to the sources root). */
  assetData(src: string): Uint8Array
}

/**
 * Import a Word file and resolve the source in memory: the Markdown is a one-file document
 * named like the .docx, its images live beside it in memory. Findings of the import come
 * back as they are (already at paragraphs); the variant's own findings stay on its VFile.
 */
export async function loadWordVariant(path: string, root: string, env: SourceEnv, mode: Mode = 'draft'): Promise<{ word?: WordVariant; findings: Finding[] }> {
  const { imported, findings } = await importWordFile({ file: path }, env)
  if (!imported || findings.some((f) => f.severity === 'error')) return { findings }
  return { word: resolveWord(imported, path, root, env, mode), findings }
}

/** Where an imported source's lines came from: its line → ¶ map, by the VFile path it was resolved under. */
const positions = new WeakMap<WordVariant, Map<string, readonly number[]>>()

/**
 * Resolve an imported source as the one-file document `path` (a .docx under `root`). A
 * publication's documents are resolved first, under `path#<folder>`, and the publication
 * compiles them from memory.
 */
export function resolveWord(imported: ImportedSource, path: string, root: string, env: SourceEnv, mode: Mode = 'draft'): WordVariant {
  const display = relative(process.cwd(), path) || path
  const fromRoot = (target: string): string => relative(root, join(dirname(path), target)).split(sep).join(posix.sep)
  const lines = new Map<string, readonly number[]>()
  const images = new Map<string, Uint8Array>()
  // Images are checked and read from memory; any other asset as a source's would be.
  const inMemory = new Map<string, Map<string, Uint8Array>>()
  const assets = {
    checkAsset(fromFile: string, target: string) {
      const own = inMemory.get(fromFile)
      if (own?.has(target)) return { status: 'ok' as const, path: fromRoot(target) }
      return env.resolve.assets.checkAsset(fromFile, target)
    },
  }
  const id = relative(root, path).split(sep).join(posix.sep).replace(/\.docx$/i, '')
  const load = (filePath: string, source: ImportedSegment, include?: IncludeHost): ResolvedVariant => {
    const file = new VFile({ path: filePath, value: source.markdown })
    file.data = { mode }
    lines.set(filePath, source.lines)
    inMemory.set(filePath, source.images)
    for (const [name, bytes] of source.images) images.set(fromRoot(name), bytes)
    const resolved = resolveVariant({ markdown: file }, { ...env.resolve, assets, ...(include ? { include } : {}) })
    const docId = filePath === display ? id : `${id}#${filePath.slice(display.length + 1)}`
    const document: DiscoveredDocument = { id: docId, slug: basename(docId), outputDir: id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '', variants: [{ path: filePath }] }
    const variant: ResolvedVariant = { document, markdownBytes: new TextEncoder().encode(source.markdown), files: [file] }
    if (resolved) {
      variant.resolved = resolved
      variant.loaded = env.templates.get(resolved.metadata.template.id)!
    }
    return variant
  }
  const documents = imported.documents.map(({ path: folder, source }) => ({ folder, variant: load(`${display}#${folder}`, source) }))
  // The publication's parts name its documents by folder; they come from memory.
  const include: IncludeHost | undefined = documents.length ? ({ path: wanted }) => {
    const found = documents.find((d) => d.folder === wanted.replace(/\/+$/, ''))
    if (!found) return { status: 'missing' }
    const { variant } = found
    if (!variant.resolved || variant.files.some((f) => f.messages.some((m) => m.fatal === true))) return { status: 'failed' }
    return { status: 'ok', doc: variant.resolved, sources: [] }
  } : undefined
  const word: WordVariant = {
    display,
    imported,
    variant: load(display, imported, include),
    documents: documents.map((d) => d.variant),
    assetData: (src) => images.get(src) ?? readFileSync(join(root, src)),
  }
  positions.set(word, lines)
  return word
}

/**
 * Findings on the generated source, moved to the Word paragraphs their lines came from.
 * Findings of rules that check only the source's form (its YAML, its Markdown syntax, its
 * encoding, its translations) are dropped: the source is itudoc's own writing, not the
 * author's. One info finding per file says which rules were skipped.
 */
export function wordFindings(findings: readonly Finding[], words: readonly WordVariant[]): Finding[] {
  const byFile = new Map(words.flatMap((w) => [...(positions.get(w) ?? [])].map(([file, lines]) => [file, { word: w, lines }] as const)))
  const skipped = new Set(sourceFormRules.map((r) => r.id))
  const out: Finding[] = []
  for (const finding of findings) {
    const source = byFile.get(finding.file)
    if (!source || finding.paragraph !== undefined) { out.push(finding); continue }
    if (skipped.has(finding.ruleId)) continue
    // ¶ numbers count through the whole Word file: a compiled document's are the file's too.
    const at = source.lines[finding.line - 1] ?? 0
    out.push(atParagraph({ ...finding, file: source.word.display }, at, source.word.imported.excerpt(at)))
  }
  for (const word of words) {
    out.push(paragraphFinding(word.display, importRules.sourceOnly as Rule<never>, 0, { rules: [...skipped].sort().join(', ') }))
  }
  return out
}
