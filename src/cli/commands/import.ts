// itudoc import <file.docx> [--template T] [--lang xx] [--out folder]: write an itudoc source
// made from a Word document. Warnings are printed at Word paragraphs (file.docx:¶12); a file
// that is not a Word document, or is damaged, is one error and exit 1.
import { parseArgs } from 'node:util'
import { hasErrors } from '../../model/diagnostic.js'
import { importToDisk } from '../../build/import.js'
import { checkLanguages } from '../options.js'
import { textReport } from '../reporters/text.js'
import { UsageError } from '../usage.js'

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { template: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  })
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UsageError('name one Word file: itudoc import <file.docx> [--template T] [--lang xx] [--out folder]')
  const lang = values.lang ? checkLanguages([values.lang])![0] : undefined
  const { findings, written, imported } = await importToDisk({ file, ...(values.template ? { template: values.template } : {}), ...(lang ? { lang } : {}), ...(values.out ? { out: values.out } : {}) })
  if (findings.length) process.stderr.write(textReport(findings))
  if (imported && written.length) process.stdout.write(`itudoc: imported ${file} as a ${imported.template} (${imported.lang}): ${written.join(', ')}\n`)
  return hasErrors(findings) ? 1 : 0
}
