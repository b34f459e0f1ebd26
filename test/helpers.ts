// Test helpers: resolve Markdown held in memory with the real templates and locales, and
// build small source trees in temporary folders.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { VFile } from 'vfile'
import { loadSourceEnv } from '../src/build/sources.js'
import { loadTemplates } from '../src/build/templates.js'
import { toFinding, type Finding } from '../src/model/diagnostic.js'
import type { Block } from '../src/model/nodes.js'
import { visitDocument } from '../src/model/traverse.js'
import { resolveVariant, type ResolvedDocument } from '../src/resolve/index.js'

export interface Resolved { doc: ResolvedDocument | undefined; findings: Finding[] }

/** Resolve one Markdown text (a single-file document unless `lang` names a variant). */
export async function resolveText(markdown: string, options: { lang?: string; shared?: string; path?: string; root?: string } = {}): Promise<Resolved> {
  // The build's own environment: templates, locales, images and a publication's documents read from `root`.
  const env = await loadSourceEnv(options.root ?? '.')
  const file = new VFile({ path: options.path ?? 'doc.md', value: markdown })
  const shared = options.shared === undefined ? undefined : new VFile({ path: 'document.yaml', value: options.shared })
  const doc = resolveVariant({ markdown: file, ...(shared ? { shared } : {}), ...(options.lang ? { lang: options.lang } : {}) }, env.resolve)
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

/** Resolve and render to a full HTML page (fonts and images are not needed for these checks). */
export async function htmlOf(markdown: string, options: { lang?: string; shared?: string; path?: string; root?: string } = {}): Promise<{ html: string; findings: Finding[] }> {
  const { renderHtml } = await import('../src/render/html/index.js')
  const { doc, findings } = await resolveText(markdown, options)
  if (!doc) return { html: '', findings }
  const loaded = (await loadTemplates()).get(doc.template.id)!
  const html = renderHtml(doc.root, { shell: loaded.shell, css: loaded.css, generator: 'itudoc test', assetUrl: (src) => `asset:${src}` })
  return { html, findings }
}

/** The visible text of an HTML fragment, tags removed and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The front matter of a valid ITU-D contribution for action, due well before its meeting. */
const contributionFields: Record<string, string> = {
  template: 'contribution',
  sector: 'D',
  'study-group': '1',
  document: 'SG1RGQ/9',
  meeting: '{ venue: Geneva, start: 2026-10-19, end: 2026-10-23 }',
  date: '2026-08-28',
  'original-language': 'en',
  for: 'action',
  'action-required': 'The meeting is invited to take note.',
  questions: '["5/1"]',
  source: 'Republic of Examplia',
  title: 'A contribution',
  contacts: '\n  - { name: A. Author, phone: "+41 22 000 0000", email: a.author@example.org }',
}

/**
 * A contribution source: the fields above with `fields` replacing them key by key (null
 * removes one; new keys come last), an abstract and one section.
 */
export function contributionSource(fields: Record<string, string | null> = {}): string {
  const merged = { ...contributionFields, ...fields }
  const yaml = Object.entries(merged).filter(([, value]) => value !== null).map(([key, value]) => `${key}: ${value}`.replace(': \n', ':\n')).join('\n')
  return `---\n${yaml}\n---\n\n:::abstract\nA short abstract.\n:::\n\n# Proposal\n\nText.\n`
}

/** A single-file WTDC resolution ("RESOLUTION 37 (Rev. Baku, 2025)") with the given body. */
export function resolution(body: string): string {
  return `---
template: resolution
body: WTDC
number: 37
revised: true
place: Baku
year: 2025
title: Bridging the digital divide
convening: The World Telecommunication Development Conference (Baku, 2025),
---

${body}
`
}

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid grey PNG of the given size (every row filter 0, every pixel mid-grey). */
export function pngOf(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows = Buffer.alloc(height * (width + 1), 0x80)
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', new Uint8Array())])
}

/** A resolution with a figure (pic.png) on line 21: the hostile and fuzz tests start from it. */
export const wtdcResolution = `---
template: resolution
body: WTDC
number: 37
place: Baku
year: 2025
title: Bridging the digital divide
convening: The World Telecommunication Development Conference (Baku, 2025),
---

:::considering
1. that access remains uneven;
2. that costs matter,
:::

:::resolves
1. to act.
:::

:::figure[Sites]
![A map of the sites](pic.png)
:::
`

/** Every block of one type in a tree, in document order (inside calls, boxes, annexes …). */
export function collect<T extends Block['type']>(blocks: Block[], type: T): Extract<Block, { type: T }>[] {
  const out: Block[] = []
  visitDocument(blocks, { block: (b) => void (b.type === type && out.push(b)) })
  return out as Extract<Block, { type: T }>[]
}

/** A report of the Secretary-General with this body. */
export const reportSource = (body: string): string => `---
template: report
title: A report
author: Report by the Secretary-General
date: 2026-03-01
---

${body}
`
