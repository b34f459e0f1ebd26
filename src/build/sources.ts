// Read and resolve documents: discovery, UTF-8 decoding, templates and locales, resolve.
// Shared by `build` and `validate`, so both see exactly the same documents and findings.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path'
import { VFile } from 'vfile'
import { report, toFinding, type Finding, type Mode } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { sourceRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import type { AssetHost } from '../resolve/context.js'
import { resolveVariant, type ResolveEnv, type ResolvedDocument } from '../resolve/index.js'
import type { IncludeHost } from '../resolve/publication.js'
import { discover, type DiscoveredDocument } from './discover.js'
import { loadLocales } from './locales.js'
import { loadTemplates, type LoadedTemplate } from './templates.js'

export interface SourceOptions {
  paths: string[]
  /** The sources root: output paths mirror the layout below it; no asset may escape it. */
  root: string
  langs?: string[]
  mode?: Mode
}

export interface ResolvedVariant {
  document: DiscoveredDocument
  /** The Markdown file as read (for hashing). */
  markdownBytes: Uint8Array
  sharedBytes?: Uint8Array
  files: VFile[]
  resolved?: ResolvedDocument
  loaded?: LoadedTemplate
}

export interface SourceSet {
  variants: ResolvedVariant[]
  findings: Finding[]
  templates: Map<string, LoadedTemplate>
  locales: Map<string, Locale>
}

const origin = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** Decode UTF-8 strictly; on failure return the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    for (let i = 1; i <= bytes.length; i++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i))
      } catch {
        // The prefix up to i fails only once a complete bad sequence is included.
        if (i === bytes.length || (bytes[i]! & 0xc0) !== 0x80) return { badByte: i - 1 }
      }
    }
    return { badByte: 0 }
  }
}

export function createAssetHost(root: string): AssetHost {
  const absoluteRoot = resolvePath(root)
  return {
    checkAsset(fromFile, target) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || isAbsolute(target)) return { status: 'escape', path: target }
      const absolute = resolvePath(dirname(fromFile), decodeURI(target))
      const inside = relative(absoluteRoot, absolute)
      if (inside.startsWith('..') || isAbsolute(inside)) return { status: 'escape', path: target }
      const path = inside.split(sep).join('/')
      return existsSync(absolute) ? { status: 'ok', path } : { status: 'missing', path }
    },
  }
}

function readSource(path: string): { file: VFile; bytes: Uint8Array; ok: boolean } {
  const display = relative(process.cwd(), path) || path
  const bytes = readFileSync(path)
  const decoded = decodeUtf8(bytes)
  if ('badByte' in decoded) {
    const file = new VFile({ path: display, value: '' })
    const before = bytes.subarray(0, decoded.badByte)
    const line = before.filter((b) => b === 0x0a).length + 1
    const column = decoded.badByte - before.lastIndexOf(0x0a)
    report(file, sourceRules.encoding, { line, column }, { byte: decoded.badByte })
    return { file, bytes, ok: false }
  }
  return { file: new VFile({ path: display, value: decoded.text }), bytes, ok: true }
}

/** Templates, locales and the asset checker: what resolving any variant needs, loaded once. */
export interface SourceEnv {
  templates: Map<string, LoadedTemplate>
  locales: Map<string, Locale>
  /** Problems in itudoc's own locale files. */
  findings: Finding[]
  resolve: ResolveEnv
}

export async function loadSourceEnv(root: string): Promise<SourceEnv> {
  const templates = await loadTemplates()
  const { locales, files } = loadLocales()
  const templateMap = new Map<string, Template>([...templates].map(([id, t]) => [id, t.template]))
  const env: SourceEnv = {
    templates,
    locales,
    findings: files.flatMap((file) => file.messages.map((m) => toFinding(m, file.path))),
    resolve: { templates: templateMap, locales, assets: createAssetHost(root) },
  }
  env.resolve.include = createIncludeHost(root, env)
  return env
}

/**
 * How a publication gets its documents: find the document at a path (relative to the
 * publication, inside the sources root), take its variant in the publication's language and
 * resolve it. The chain of publications being compiled is kept to catch one that compiles
 * itself. The included document's own findings are reported when it is built itself.
 */
function createIncludeHost(root: string, env: SourceEnv): IncludeHost {
  const chain: string[] = []
  const absoluteRoot = resolvePath(root)
  const fromRoot = (path: string): string => relative(absoluteRoot, resolvePath(path)).split(sep).join('/')
  return ({ from, path, lang }) => {
    const target = resolvePath(dirname(from), path)
    if (relative(absoluteRoot, target).startsWith('..') || !existsSync(target)) return { status: 'missing' }
    const document = discover([target], root).documents[0]
    const variant = document?.variants.find((v) => v.lang === lang) ?? (document?.variants.length === 1 && !document.variants[0]!.lang ? document.variants[0] : undefined)
    if (!document || !variant) return { status: 'missing' }
    if ([...chain, resolvePath(from)].includes(resolvePath(variant.path))) return { status: 'cycle' }
    chain.push(resolvePath(from))
    try {
      const loaded = loadVariant({ document, path: variant.path, ...(variant.lang ? { lang: variant.lang } : {}) }, env)
      const messages = loaded.files.flatMap((file) => file.messages)
      if (messages.some((m) => m.ruleId === 'cycle' && m.source === 'publication')) return { status: 'cycle' }
      if (!loaded.resolved || messages.some((m) => m.fatal === true)) return { status: 'failed' }
      if (loaded.resolved.root.lang !== lang) return { status: 'missing' }
      const sources = [variant.path, ...(document.shared ? [document.shared] : [])].map(fromRoot)
      return { status: 'ok', doc: loaded.resolved, sources: [...sources, ...loaded.resolved.dependencies] }
    } finally {
      chain.pop()
    }
  }
}

/** One language variant of a document, not yet read. */
export interface VariantRef {
  document: DiscoveredDocument
  /** From the file name (fr.md); undefined for a single-file document. */
  lang?: string
  path: string
}

/** Discover the documents under the paths and list their variants in the languages asked for. */
export function listVariants(options: SourceOptions): { refs: VariantRef[]; findings: Finding[] } {
  const { documents, missing } = discover(options.paths, options.root)
  const findings: Finding[] = []
  const fail = (path: string, reported: string): void => {
    const file = new VFile({ path })
    report(file, sourceRules.missingFile, { position: origin }, { path: reported })
    findings.push(...file.messages.map((m) => toFinding(m, path)))
  }
  for (const path of missing) fail(path, path)
  const refs: VariantRef[] = []
  for (const document of documents) {
    if (document.variants.length === 0 && document.shared) fail(relative(process.cwd(), document.shared), join(dirname(document.shared), '<lang>.md'))
    for (const variant of document.variants) {
      if (variant.lang && options.langs && !options.langs.includes(variant.lang)) continue
      refs.push({ document, path: variant.path, ...(variant.lang ? { lang: variant.lang } : {}) })
    }
  }
  return { refs, findings }
}

/** Read one variant (and its document.yaml) and resolve it. Findings stay on `files`. */
export function loadVariant(ref: VariantRef, env: SourceEnv, mode: Mode = 'draft'): ResolvedVariant {
  const markdown = readSource(ref.path)
  const shared = ref.document.shared ? readSource(ref.document.shared) : undefined
  const files = [markdown.file, ...(shared ? [shared.file] : [])]
  for (const file of files) file.data = { mode }
  const variant: ResolvedVariant = { document: ref.document, markdownBytes: markdown.bytes, files, ...(shared ? { sharedBytes: shared.bytes } : {}) }
  if (markdown.ok && (!shared || shared.ok)) {
    const resolved = resolveVariant(
      { markdown: markdown.file, ...(shared?.ok ? { shared: shared.file } : {}), ...(ref.lang ? { lang: ref.lang } : {}) },
      env.resolve,
    )
    if (resolved) {
      variant.resolved = resolved
      variant.loaded = env.templates.get(resolved.metadata.template.id)!
    }
  }
  return variant
}

/** A single-file document's language is known once resolved: drop it if not asked for. */
export function isWanted(variant: ResolvedVariant, langs: readonly string[] | undefined): boolean {
  return !langs || !variant.resolved || langs.includes(variant.resolved.root.lang)
}

/** The findings of variants, each reported once (document.yaml is read by every variant). */
export function variantFindings(variants: readonly ResolvedVariant[]): Finding[] {
  const seen = new Set<string>()
  return variants.flatMap((variant) =>
    variant.files.flatMap((file) =>
      file.messages
        .map((m) => toFinding(m, file.path))
        .filter((f) => {
          const key = `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`
          return !seen.has(key) && seen.add(key)
        }),
    ),
  )
}

/** Read and resolve every variant under the paths (what validate and translations check). */
export async function resolveSources(options: SourceOptions): Promise<SourceSet> {
  const env = await loadSourceEnv(options.root)
  const listed = listVariants(options)
  const variants = listed.refs.map((ref) => loadVariant(ref, env, options.mode)).filter((v) => isWanted(v, options.langs))
  return { variants, findings: [...env.findings, ...listed.findings, ...variantFindings(variants)], templates: env.templates, locales: env.locales }
}
