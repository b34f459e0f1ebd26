// itudoc import <file.docx> [--template T] [--lang xx] [--out folder]: write an itudoc source
// made from a Word document. Warnings are printed at Word paragraphs (file.docx:¶12); a file
// that is not a Word document, or is damaged, is one error and exit 1.
import { hasErrors } from '../../model/diagnostic.js'
import { importToDisk } from '../../build/import.js'
import { textReport } from '../reporters/text.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.import.options>): Promise<number> {
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UsageError('name one Word file: itudoc import <file.docx> [--template T] [--lang xx] [--out folder]')
  const { template, lang, out } = values
  const { findings, written, imported } = await importToDisk({ file, ...(template ? { template } : {}), ...(lang ? { lang } : {}), ...(out ? { out } : {}) })
  if (findings.length) process.stderr.write(textReport(findings))
  if (imported && written.length) process.stdout.write(`itudoc: imported ${file} as a ${imported.template} (${imported.lang}): ${written.join(', ')}\n`)
  return hasErrors(findings) ? 1 : 0
}
