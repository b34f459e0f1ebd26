// itudoc validate: resolve the sources and report every finding, without writing outputs.
import { parseArgs } from 'node:util'
import { hasErrors } from '../../model/diagnostic.js'
import { resolveSources } from '../../build/sources.js'
import { checkLanguages, commaList, sourcePaths } from '../options.js'
import { textReport } from '../reporters/text.js'
import { UsageError } from '../usage.js'

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { report: { type: 'string', default: 'text' }, lang: { type: 'string' }, root: { type: 'string' } },
  })
  if (values.report !== 'text' && values.report !== 'json') throw new UsageError(`unknown report "${values.report}" (use text or json)`)
  const langs = checkLanguages(commaList(values.lang))
  const { paths, root } = sourcePaths(positionals, values.root)
  const { findings } = await resolveSources({ paths, root, ...(langs ? { langs } : {}) })
  process.stdout.write(values.report === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : textReport(findings, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }))
  return hasErrors(findings) ? 1 : 0
}
