// Test helpers: resolve Markdown held in memory with the real templates and locales, and
// build small source trees in temporary folders.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { VFile } from 'vfile'
import { loadLocales } from '../src/build/locales.js'
import { createAssetHost } from '../src/build/sources.js'
import { loadTemplates } from '../src/build/templates.js'
import { toFinding, type Finding } from '../src/model/diagnostic.js'
import type { Template } from '../src/model/template.js'
import { resolveVariant, type ResolvedDocument } from '../src/resolve/index.js'

export interface Resolved { doc: ResolvedDocument | undefined; findings: Finding[] }

/** Resolve one Markdown text (a single-file document unless `lang` names a variant). */
export async function resolveText(markdown: string, options: { lang?: string; shared?: string; path?: string; root?: string } = {}): Promise<Resolved> {
  const templates = await loadTemplates()
  const { locales } = loadLocales()
  const file = new VFile({ path: options.path ?? 'doc.md', value: markdown })
  const shared = options.shared === undefined ? undefined : new VFile({ path: 'document.yaml', value: options.shared })
  const doc = resolveVariant(
    { markdown: file, ...(shared ? { shared } : {}), ...(options.lang ? { lang: options.lang } : {}) },
    { templates: new Map<string, Template>([...templates].map(([id, t]) => [id, t.template])), locales, assets: createAssetHost(options.root ?? '.') },
  )
  const findings = [file, ...(shared ? [shared] : [])].flatMap((f) => f.messages.map((m) => toFinding(m, f.path)))
  return { doc, findings }
}

/** Write files (path → content) under a fresh temporary folder; returns the folder. */
export function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'itudoc-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  return root
}
