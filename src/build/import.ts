// Import a Word file into sources on disk (itudoc import) or in memory (validate file.docx):
// read the bytes, run src/import with the real templates and locales, turn its findings and
// its one possible error into findings at "file.docx" paragraph positions, write the files.
import { readFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative } from 'node:path'
import { stringify } from 'yaml'
import { VFile } from 'vfile'
import { report, toFinding, type Finding, type Rule } from '../model/diagnostic.js'
import { importRules } from '../model/rules.js'
import { ImportError, importDocx, type ImportedSource } from '../import/index.js'
import { loadSourceEnv, type SourceEnv } from './sources.js'
import { writeAtomic } from './write.js'

export interface ImportFileOptions {
  file: string
  template?: string
  lang?: string
  /** A folder to write document.yaml + <lang>.md + images into; default: <name>.md beside the file. */
  out?: string
}

export interface ImportFileResult {
  imported?: ImportedSource
  findings: Finding[]
  /** Paths written. */
  written: string[]
}

/** Metadata that differs by language goes in the variant; the rest in document.yaml. */
const variantKeys = new Set(['title', 'subtitle', 'place', 'convening', 'subject', 'source', 'action-required', 'footer', 'question-title', 'translated-from', 'lang'])

/** A finding of the import at a Word paragraph: line = ¶ number, column 1 (see docs/importing.md). */
export function paragraphFinding(file: string, rule: Rule<never>, at: number, data: object, excerpt?: string): Finding {
  const vfile = new VFile({ path: file })
  const point = { line: Math.max(1, at), column: 1 }
  const finding = toFinding(report(vfile, rule as never, { position: { start: point, end: point } }, data as never), file)
  if (at > 0) finding.paragraph = at
  if (excerpt) finding.excerpt = excerpt
  return finding
}

export async function importWordFile(options: ImportFileOptions, env?: SourceEnv): Promise<Omit<ImportFileResult, 'written'>> {
  const display = relative(process.cwd(), options.file) || options.file
  const sources = env ?? (await loadSourceEnv('.'))
  const name = basename(options.file, extname(options.file)).replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'document'
  try {
    const imported = importDocx(readFileSync(options.file), {
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

/** Import and write the source: one Markdown file, or a document folder. */
export async function importToDisk(options: ImportFileOptions): Promise<ImportFileResult> {
  const { imported, findings } = await importWordFile(options)
  if (!imported || findings.some((f) => f.severity === 'error')) return { findings, written: [] }
  const files = new Map<string, string | Uint8Array>()
  let folder: string
  if (options.out) {
    folder = options.out
    const shared: Record<string, unknown> = {}
    const variant: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(imported.metadata)) (variantKeys.has(key) ? variant : shared)[key] = value
    const body = imported.markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
    files.set(join(folder, 'document.yaml'), stringify(shared, { lineWidth: 0 }))
    files.set(join(folder, `${imported.lang}.md`), `---\n${stringify(variant, { lineWidth: 0 })}---\n${body}`)
  } else {
    folder = dirname(options.file)
    files.set(join(folder, `${basename(options.file, extname(options.file))}.md`), imported.markdown)
  }
  for (const [image, bytes] of imported.images) files.set(join(folder, image), bytes)
  for (const [path, data] of files) writeAtomic(path, data)
  return { imported, findings, written: [...files.keys()] }
}
