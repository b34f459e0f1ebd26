// itudoc validate: resolve the sources, run every rule, print the findings in the requested
// format on stdout. Exit 1 when any finding is an error (in submission mode, warnings that
// block a submission are errors), 2 on a usage error.
import { parseArgs } from 'node:util'
import { hasErrors, type Mode } from '../../model/diagnostic.js'
import { version } from '../../build/package-root.js'
import { currentDate, validateSources } from '../../build/validate.js'
import { isIsoDate } from '../../validate/dates.js'
import { checkLanguages, commaList, sourcePaths } from '../options.js'
import { isReportFormat, reportFormats, reporter } from '../reporters/index.js'
import { UsageError } from '../usage.js'

const modes: readonly Mode[] = ['draft', 'submission']

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      report: { type: 'string', default: 'text' },
      mode: { type: 'string', default: 'draft' },
      today: { type: 'string' },
      lang: { type: 'string' },
      root: { type: 'string' },
    },
  })
  const format = values.report
  if (!isReportFormat(format)) throw new UsageError(`unknown report "${format}" (use ${reportFormats.join(', ')})`)
  const mode = values.mode as Mode
  if (!modes.includes(mode)) throw new UsageError(`unknown mode "${values.mode}" (use ${modes.join(' or ')})`)
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today "${values.today}" is not a date written YYYY-MM-DD`)
  // Draft mode checks a document against its own dates unless told otherwise; a submission happens today.
  const today = values.today ?? (mode === 'submission' ? currentDate() : undefined)
  const langs = checkLanguages(commaList(values.lang))
  const { paths, root } = sourcePaths(positionals, values.root)
  const { findings } = await validateSources({ paths, root, mode, ...(today ? { today } : {}), ...(langs ? { langs } : {}) })
  const print = reporter(format, {
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    tool: { version, informationUri: 'https://github.com/itudoc/itudoc' },
  })
  process.stdout.write(print(findings))
  return hasErrors(findings) ? 1 : 0
}
