// Read and resolve documents: discovery, UTF-8 decoding, templates and locales, resolve.
// Shared by `build` and `validate`, so both see exactly the same documents and findings.
import { statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path'
import { VFile } from 'vfile'
import { report, toFinding, type Finding, type Mode } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { sourceRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import type { AssetCheck, AssetHost } from '../resolve/context.js'
import { resolveVariant, type ResolveEnv, type ResolvedDocument } from '../resolve/index.js'
import type { IncludeHost } from '../resolve/publication.js'
import { discover, type DiscoveredDocument } from './discover.js'
import { isInside, limits, megabytes, readInside, readRegular, realPath, realRoot, reasonOf, resolveInside, type Refusal } from './files.js'
import { imageProblem } from './images.js'
import { localeEnv } from './build-stamp.js'
import { LazyMap } from './lazy-map.js'
import { loadTemplates, type LoadedTemplate } from './templates.js'
import { listVariants, origin, type VariantRef } from './variants.js'

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

/**
 * Decode UTF-8 strictly; on failure return the offset of the first bad byte. The decoder
 * says only that the text is invalid; the bad byte is then found in one pass over the bytes
 * (the well-formed sequences of the Unicode standard, table 3-7), never by decoding prefix
 * after prefix, which took minutes on a large file.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return { badByte: firstInvalidUtf8(bytes) }
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i += 1
      continue
    }
    // Length of the sequence and the range its second byte must fall in.
    const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
        : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0]
    if (!length) return i
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      // An ill-formed or cut-off sequence is reported at its first byte.
      if (next === undefined || next < min || next > max) return i
    }
    i += length
  }
  return 0
}

/** How an asset check ends when the file cannot be used. */
function refusedAsset(path: string, refusal: Refusal): AssetCheck {
  switch (refusal.status) {
    case 'missing': case 'escape': return { status: refusal.status, path }
    case 'unreadable': return { status: 'unreadable', path, reason: refusal.reason }
    case 'too-large': return { status: 'too-large', path, size: megabytes(refusal.size), limit: megabytes(refusal.limit) }
  }
}

/**
 * Images: the path as written, resolved from the source's folder with symlinks followed, must
 * stay inside the sources root and be a regular file of at most the image limit whose bytes
 * are an image every writer can place. The verdict is kept per file (and its size and time),
 * since a picture is often shown by every language variant.
 */
export function createAssetHost(root: string): AssetHost {
  const absoluteRoot = resolvePath(root)
  const real = realRoot(root)
  const verdicts = new Map<string, AssetCheck>()
  return {
    checkAsset(fromFile, target) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || isAbsolute(target)) return { status: 'escape', path: target }
      let decoded = target
      try {
        decoded = decodeURI(target)
      } catch {}
      const absolute = resolvePath(dirname(fromFile), decoded)
      if (!isInside(absoluteRoot, absolute)) return { status: 'escape', path: target }
      const path = relative(absoluteRoot, absolute).split(sep).join('/')
      const found = resolveInside(real, absolute)
      if (!('real' in found)) return refusedAsset(path, found)
      let key: string
      try {
        const stats = statSync(found.real)
        key = `${found.real}\0${stats.size}\0${stats.mtimeMs}`
      } catch (error) {
        return { status: 'unreadable', path, reason: reasonOf(error) }
      }
      const known = verdicts.get(key)
      if (known) return { ...known, path }
      const read = readRegular(found.real, limits.image)
      const problem = 'bytes' in read ? imageProblem(read.bytes) : undefined
      const verdict: AssetCheck = !('bytes' in read) ? refusedAsset(path, read) : problem ? { status: 'bad-image', path, reason: problem } : { status: 'ok', path }
      verdicts.set(key, verdict)
      return verdict
    },
  }
}

function readSource(path: string, root: string, limit: number): { file: VFile; bytes: Uint8Array; ok: boolean } {
  const display = relative(process.cwd(), path) || path
  const read = readInside(realRoot(root), path, limit)
  if (!('bytes' in read)) {
    const file = new VFile({ path: display, value: '' })
    const at = { position: origin }
    if (read.status === 'escape') report(file, sourceRules.pathEscape, at, { path: display })
    else if (read.status === 'missing') report(file, sourceRules.missingFile, at, { path: display })
    else if (read.status === 'too-large') report(file, sourceRules.tooLarge, at, { path: display, size: megabytes(read.size), limit: megabytes(read.limit) })
    else report(file, sourceRules.unreadable, at, { path: display, reason: read.reason })
    return { file, bytes: new Uint8Array(), ok: false }
  }
  const bytes = read.bytes
  const decoded = decodeUtf8(bytes)
  if ('badByte' in decoded) {
    const file = new VFile({ path: display, value: '' })
    const before = bytes.subarray(0, decoded.badByte)
    const line = before.filter((b) => b === 0x0a).length + 1
    // Columns count characters, as in every other finding: decode the bad line's valid start.
    const lineStart = before.lastIndexOf(0x0a) + 1
    const column = new TextDecoder().decode(bytes.subarray(lineStart, decoded.badByte)).length + 1
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
  /** The sources root: no file outside it is read. */
  root: string
}

export async function loadSourceEnv(root: string): Promise<SourceEnv> {
  const templates = await loadTemplates()
  const { locales, findings } = await localeEnv()
  // As lazy as the templates: a template's module is loaded when a variant names it.
  const templateMap = new LazyMap<string, Template>(templates.keys(), (id) => templates.get(id)!.template)
  const env: SourceEnv = {
    templates,
    locales,
    findings,
    resolve: { templates: templateMap, locales, assets: createAssetHost(root) },
    root,
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
  const real = realRoot(root)
  const fromRoot = (path: string): string => relative(absoluteRoot, resolvePath(path)).split(sep).join('/')
  // The chain compares real paths: a document reached through a link is still itself.
  const identity = (path: string): string => {
    const found = realPath(path)
    return 'real' in found ? found.real : resolvePath(path)
  }
  return ({ from, path, lang }) => {
    const target = resolvePath(dirname(from), path)
    if (!isInside(absoluteRoot, target)) return { status: 'escape' }
    const found = resolveInside(real, target)
    if (!('real' in found)) return { status: found.status === 'escape' ? 'escape' : 'missing' }
    const document = discover([target], root).documents[0]
    const variant = document?.variants.find((v) => v.lang === lang) ?? (document?.variants.length === 1 && !document.variants[0]!.lang ? document.variants[0] : undefined)
    if (!document || !variant) return { status: 'missing' }
    // The variant or its document.yaml may itself be a link out of the root.
    const files = [variant.path, ...(document.shared ? [document.shared] : [])].map((file) => resolveInside(real, file))
    if (files.some((file) => 'status' in file && file.status === 'escape')) return { status: 'escape' }
    if ([...chain, identity(from)].includes(identity(variant.path))) return { status: 'cycle' }
    chain.push(identity(from))
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

/** Read one variant (and its document.yaml) and resolve it. Findings stay on `files`. */
export function loadVariant(ref: VariantRef, env: SourceEnv, mode: Mode = 'draft'): ResolvedVariant {
  const markdown = readSource(ref.path, env.root, limits.markdown)
  const shared = ref.document.shared ? readSource(ref.document.shared, env.root, limits.yaml) : undefined
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
