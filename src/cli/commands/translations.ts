// itudoc translations: list each translation of each multi-language document with its state
// (current, stale, missing = never marked, differs = its structure is not the original's);
// with --mark, record that the translations now
// match their original's current text.
import { hasErrors } from '../../model/diagnostic.js'
import { markTranslations, translationStatus } from '../../build/translations.js'
import { sourcePaths } from '../options.js'
import { textReport } from '../reporters/text.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'

export async function run({ values, positionals }: Parsed<typeof commands.translations.options>): Promise<number> {
  const langs = values.lang
  const { paths, root } = sourcePaths(positionals, values.root)
  if (values.mark) {
    const { marked, refused, findings } = await markTranslations({ paths, root }, langs)
    if (findings.length) process.stderr.write(textReport(findings))
    for (const entry of refused) process.stderr.write(`${entry.file}:${entry.difference ?? ''}: not marked: its structure differs from ${entry.original}\n`)
    for (const entry of marked) process.stdout.write(`${entry.file}: marked as translated from ${entry.original}\n`)
    process.stdout.write(`itudoc: ${marked.length} ${marked.length === 1 ? 'translation' : 'translations'} marked\n`)
    return hasErrors(findings) || refused.length ? 1 : 0
  }
  const { entries, findings } = await translationStatus({ paths, root }, langs)
  if (findings.length) process.stderr.write(textReport(findings))
  const width = Math.max(0, ...entries.map((e) => e.file.length))
  for (const entry of entries) {
    const note = entry.state === 'stale' ? ` (${entry.original} changed since the mark)`
      : entry.state === 'missing' ? ' (never marked: run itudoc translations --mark)'
        : entry.state === 'differs' ? ` (structure differs from ${entry.original} at ${entry.difference ?? ''})` : ''
    process.stdout.write(`${entry.file.padEnd(width)}  ${entry.state}${note}\n`)
  }
  if (!entries.length) process.stdout.write('itudoc: no document has more than one language\n')
  return hasErrors(findings) ? 1 : 0
}
