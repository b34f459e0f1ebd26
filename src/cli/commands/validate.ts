// itudoc validate: resolve the sources, run every rule, print the findings in the requested
// format on stdout. Exit 1 when any finding is an error (in submission mode, warnings that
// block a submission are errors), 2 on a usage error.
import { hasErrors, type Mode } from '../../model/diagnostic.js'
import { version } from '../../build/package-root.js'
import { currentDate, validateSources } from '../../build/validate.js'
import { isIsoDate } from '../../validate/dates.js'
import { sourcePaths } from '../options.js'
import { reporter, type ReportFormat } from '../reporters/index.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.validate.options>): Promise<number> {
  const format = values.report as ReportFormat
  const mode = values.mode as Mode
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today "${values.today}" is not a date written YYYY-MM-DD`)
  // Draft mode checks a document against its own dates unless told otherwise; a submission happens today.
  const today = values.today ?? (mode === 'submission' ? currentDate() : undefined)
  const langs = values.lang
  const { paths, root } = sourcePaths(positionals, values.root)
  const { findings } = await validateSources({ paths, root, mode, ...(today ? { today } : {}), ...(langs ? { langs } : {}) })
  const print = reporter(format, {
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    tool: { version, informationUri: 'https://github.com/itudoc/itudoc' },
  })
  process.stdout.write(print(findings))
  return hasErrors(findings) ? 1 : 0
}
