// itudoc import <file.docx> [--template T] [--lang xx] [--out folder|file.md]: write an itudoc
// source made from a Word document. Warnings are printed at Word paragraphs (file.docx:¶12);
// a file that is not a Word document, or is damaged, is one error and exit 1. Existing files
// are never overwritten.
import { existsSync } from 'node:fs'
import { hasErrors } from '../../model/diagnostic.js'
import { importedFiles, importWordFile } from '../../build/import.js'
import { writeAtomic } from '../../build/write.js'
import { textReport } from '../reporters/text.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.import.options>): Promise<number> {
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UsageError('name one Word file: itudoc import <file.docx> [--template T] [--lang xx] [--out folder]')
  const { template, lang, out } = values
  const options = { file, ...(template ? { template } : {}), ...(lang ? { lang } : {}), ...(out ? { out } : {}) }
  const { findings, imported } = await importWordFile(options)
  if (findings.length) process.stderr.write(textReport(findings))
  if (!imported || hasErrors(findings)) return 1
  const files = importedFiles(imported, options)
  const existing = [...files.keys()].filter((path) => existsSync(path))
  if (existing.length) throw new UsageError(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; choose another --out or remove ${existing.length === 1 ? 'it' : 'them'}`)
  for (const [path, data] of files) writeAtomic(path, data)
  process.stdout.write(`itudoc: imported ${file} as a ${imported.template} (${imported.lang}): ${[...files.keys()].join(', ')}\n`)
  return 0
}
