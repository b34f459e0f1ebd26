// One variant's share of a build: read and resolve it, render it in each format, write the
// artifacts atomically, and return their manifest entries and the findings. The same function
// runs in the main thread or in a worker (pool.ts); everything it takes and returns is plain
// data, so it crosses a worker boundary unchanged.
//
// A variant's artifacts are all or nothing: a variant that fails (an error finding, an
// exception) leaves every earlier artifact of it as it was. Within that rule the HTML goes
// first, since an author waits for it (build --watch, preview) while the DOCX and the PDF
// take several times longer: it is written as soon as it is rendered when no later writer
// may still report an error (formats.ts `mayFail`), keeping the file it replaced until the
// others are written too, and putting that file back if they fail after all.
import { relative } from 'node:path'
import { toFinding, type Finding, type Mode } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { visitDocument } from '../model/traverse.js'
import { mayFail, sharedFonts, writers, type Format } from './formats.js'
import { sha256, type ManifestEntry } from './manifest.js'
import { isWanted, loadSourceEnv, loadVariant, variantFindings, type ResolvedVariant, type SourceEnv } from './sources.js'
import { readAsset } from './files.js'
import { artifactHash, siblingLanguages, sourceKey } from './freshness.js'
import type { VariantRef } from './variants.js'
import type { PageLinks } from '../render/html/index.js'
import { forgetTemplates } from './templates.js'
import { outputFile, writeAllAtomic, writeProvisional, type Provisional } from './write.js'

/** What every job of one build shares. */
export interface JobSettings {
  root: string
  outDir: string
  formats: Format[]
  langs?: string[]
  mode?: Mode
  /** ISO date: the one timestamp written into outputs. */
  clock: string
  embedFonts: boolean
  /** Hash of the tool (code, templates, locales, version): part of every artifact's source hash. */
  fingerprint: string
  /** Write a variant's HTML ahead of its other formats when they cannot fail it (BuildOptions.htmlFirst). */
  htmlFirst: boolean
  /** Writers may deflate and hash in libuv's thread pool: the build's threads leave a core idle (set by pool.ts; the writers' default otherwise). */
  threadPool?: boolean
}

export interface JobResult {
  entries: ManifestEntry[]
  findings: Finding[]
  /** Font files the artifacts reference from <out>/_fonts. */
  fonts: string[]
  /** A bug in itudoc met while building this variant: nothing of it was written. */
  internalError?: InternalError
}

/** An exception (not a finding): a bug, reported with the document it happened on. */
export interface InternalError {
  document: string
  /** The variant's Markdown file, as the findings name it. */
  source: string
  message: string
  stack?: string
}

function assetsOf(variant: ResolvedVariant): string[] {
  const assets = new Set<string>()
  visitDocument(variant.resolved!.root.children, {
    block: (block) => void (block.type === 'figure' && assets.add(block.src)),
    inline: (inline) => void (inline.type === 'inlineImage' && assets.add(inline.src)),
  })
  return [...assets].sort()
}

function outputName(variant: ResolvedVariant, locale: Locale = variant.resolved!.locale): string {
  const { template, metadata } = variant.resolved!
  return template.output.replace(/\{([\w-]+)\}/g, (_, key: string) =>
    key === 'slug' ? variant.document.slug : key === 'suffix' ? locale.suffix : String(metadata.meta[key] ?? key))
}

/** An HTML page's links: the site index, each language variant, this variant's other formats. */
function pageLinks(ref: VariantRef, variant: ResolvedVariant, settings: JobSettings, env: SourceEnv, pathOf: (format: string, locale?: Locale) => string): PageLinks {
  const own = pathOf('html')
  const relativeTo = (path: string): string => path.split('/').pop()!
  const depth = variant.document.outputDir ? variant.document.outputDir.split('/').length : 0
  const variants = siblingLanguages(ref).flatMap((lang) => {
    const locale = env.locales.get(lang)
    if (!locale) return []
    const path = pathOf('html', locale)
    return [{ lang, name: locale.name, dir: locale.direction, href: relativeTo(path), current: path === own }]
  })
  const downloads = settings.formats.filter((format) => format !== 'html').sort().map((format) => ({ format, href: relativeTo(pathOf(format)) }))
  return { index: `${'../'.repeat(depth)}index.html`, variants, downloads }
}

// Templates, locales and the asset checker of a sources root, loaded once per thread.
const environments = new Map<string, Promise<SourceEnv>>()

/** Load templates and locales again on the next job (preview, after one of them changed). */
export function forgetEnvironments(): void {
  environments.clear()
  forgetTemplates()
}

/** Told of an artifact written ahead of the rest of its variant (the HTML): a preview can show it at once. */
export type EarlyListener = (entry: ManifestEntry) => void

/**
 * Build one variant; never throws. An exception is a bug: it is returned as the variant's
 * internal error, with nothing of the variant written, and the other variants go on.
 */
export async function runJob(ref: VariantRef, settings: JobSettings, onEarly: EarlyListener = () => {}): Promise<JobResult> {
  try {
    return await buildVariant(ref, settings, onEarly)
  } catch (error) {
    return { entries: [], findings: [], fonts: [], internalError: internalError(ref, error) }
  }
}

export function internalError(ref: VariantRef, error: unknown): InternalError {
  const failure: InternalError = { document: ref.document.id, source: relative(process.cwd(), ref.path) || ref.path, message: String((error as Error)?.message ?? error) }
  if (error instanceof Error && error.stack) failure.stack = error.stack
  return failure
}

/** An artifact rendered in memory, waiting for every other format of its variant. */
interface Rendered { format: Format; outFile: string; data: Uint8Array; entry: ManifestEntry }

const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error')

async function buildVariant(ref: VariantRef, settings: JobSettings, onEarly: EarlyListener): Promise<JobResult> {
  if (!environments.has(settings.root)) environments.set(settings.root, loadSourceEnv(settings.root))
  const env = await environments.get(settings.root)!
  const variant = loadVariant(ref, env, settings.mode)
  const result: JobResult = { entries: [], findings: [], fonts: [] }
  if (!isWanted(variant, settings.langs)) return result
  result.findings.push(...variantFindings([variant]))
  if (!variant.resolved || hasError(result.findings)) return result

  const { root, template } = variant.resolved
  // Images and compiled documents: a change to any of them rebuilds the artifact.
  const assets = [...new Set([...assetsOf(variant), ...variant.resolved.dependencies])].sort()
  const source = sourceKey(settings.root, ref.path)
  const file = variant.files[0]!
  const pathOf = (format: string, locale?: Locale): string => [variant.document.outputDir, `${outputName(variant, locale)}.${format}`].filter(Boolean).join('/')
  const number = variant.resolved.metadata.meta.number
  /** One format in memory. Findings of a writer belong to the variant's source. */
  const render = async (format: Format): Promise<Rendered> => {
    const path = pathOf(format)
    const outFile = outputFile(settings.outDir, path)
    const output = await writers[format]({
      doc: variant.resolved!,
      loaded: variant.loaded!,
      outFile,
      outDir: settings.outDir,
      sourcesRoot: settings.root,
      clock: new Date(settings.clock),
      assetData: (src) => readAsset(settings.root, src),
      embedFonts: settings.embedFonts,
      threadPool: settings.threadPool,
      ...(format === 'html' ? { links: pageLinks(ref, variant, settings, env, pathOf) } : {}),
    })
    const messages = (output.findings ?? []).map((finding) => finding.report(file))
    result.findings.push(...messages.map((message) => toFinding(message, file.path)))
    const data = typeof output.data === 'string' ? Buffer.from(output.data) : output.data
    return {
      format,
      outFile,
      data,
      entry: {
        path,
        document: variant.document.id,
        source,
        template: template.id,
        lang: root.lang,
        format,
        bytes: data.length,
        sha256: sha256(data),
        sourceHash: artifactHash(settings, ref, format, variant.markdownBytes, variant.sharedBytes, assets),
        ...(assets.length ? { assets } : {}),
        ...(output.pages !== undefined ? { pages: output.pages } : {}),
        ...(root.title ? { title: root.title } : {}),
        ...(typeof number === 'string' || typeof number === 'number' ? { number: String(number) } : {}),
      },
    }
  }

  // -- Phase 1: the HTML, written at once (when asked) if no later format may still fail the variant
  const later = settings.formats.filter((format) => format !== 'html')
  const rendered: Rendered[] = []
  let early: Provisional | undefined
  if (settings.formats.includes('html')) {
    const html = await render('html')
    rendered.push(html)
    const isSafeEarly = settings.htmlFirst && later.length > 0 && !hasError(result.findings) &&
      !(await Promise.all(later.map((format) => mayFail[format](variant.resolved!)))).includes(true)
    if (isSafeEarly) {
      early = writeProvisional(html.outFile, html.data)
      if (early) onEarly(html.entry)
    }
  }
  let complete = false
  try {
    // -- Phase 2: every other format in memory
    for (const format of later) rendered.push(await render(format))
    // -- Phase 3: all or nothing. An error in any format leaves every earlier output as it was.
    if (hasError(result.findings)) return result
    writeAllAtomic(rendered.filter(({ format }) => !(early && format === 'html')).map(({ outFile, data }) => ({ path: outFile, data })))
    complete = true
  } finally {
    if (complete) early?.commit()
    else early?.rollback()
  }
  // Told (--verbose) in the order the formats were asked for, whatever order they were rendered in.
  result.entries.push(...settings.formats.map((format) => rendered.find((r) => r.format === format)!.entry))
  result.fonts.push(...settings.formats.flatMap((format) => sharedFonts(format, root.lang)))
  return result
}
