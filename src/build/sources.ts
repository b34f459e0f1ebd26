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
import { resolveVariant, type ResolvedDocument } from '../resolve/index.js'
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

export async function resolveSources(options: SourceOptions): Promise<SourceSet> {
  const templates = await loadTemplates()
  const { locales, files: localeFiles } = loadLocales()
  const templateMap = new Map<string, Template>([...templates].map(([id, t]) => [id, t.template]))
  const assets = createAssetHost(options.root)
  const { documents, missing } = discover(options.paths, options.root)
  const findings: Finding[] = []
  for (const file of localeFiles) findings.push(...file.messages.map((m) => toFinding(m, file.path)))
  for (const path of missing) {
    const file = new VFile({ path })
    report(file, sourceRules.missingFile, { position: origin }, { path })
    findings.push(...file.messages.map((m) => toFinding(m, path)))
  }

  const variants: ResolvedVariant[] = []
  for (const document of documents) {
    const shared = document.shared ? readSource(document.shared) : undefined
    if (document.variants.length === 0 && shared) {
      report(shared.file, sourceRules.missingFile, { position: origin }, { path: join(dirname(document.shared!), '<lang>.md') })
    }
    for (const variant of document.variants) {
      if (variant.lang && options.langs && !options.langs.includes(variant.lang)) continue
      const markdown = readSource(variant.path)
      const files = [markdown.file, ...(shared ? [shared.file] : [])]
      for (const file of files) file.data = { mode: options.mode ?? 'draft' }
      const entry: ResolvedVariant = { document, markdownBytes: markdown.bytes, files, ...(shared ? { sharedBytes: shared.bytes } : {}) }
      if (markdown.ok && (!shared || shared.ok)) {
        const resolved = resolveVariant(
          { markdown: markdown.file, ...(shared?.ok ? { shared: shared.file } : {}), ...(variant.lang ? { lang: variant.lang } : {}) },
          { templates: templateMap, locales, assets },
        )
        if (resolved) {
          entry.resolved = resolved
          entry.loaded = templates.get(resolved.metadata.template.id)!
        }
      }
      if (!variant.lang && options.langs && entry.resolved && !options.langs.includes(entry.resolved.root.lang)) continue
      variants.push(entry)
    }
    if (shared) {
      // document.yaml findings belong to every variant; report them once.
      findings.push(...dedupe(shared.file).map((m) => toFinding(m, shared.file.path)))
    }
  }
  for (const variant of variants) {
    const [markdown] = variant.files
    findings.push(...markdown!.messages.map((m) => toFinding(m, markdown!.path)))
  }
  return { variants, findings, templates, locales }
}

function dedupe(file: VFile): VFile['messages'] {
  const seen = new Set<string>()
  return file.messages.filter((m) => {
    const key = `${m.line}:${m.column}:${m.ruleId}:${m.reason}`
    return !seen.has(key) && seen.add(key)
  })
}
