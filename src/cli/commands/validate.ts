// itudoc validate: resolve the sources, run every rule, print the findings in the requested
// format on stdout. Exit 1 when any finding is an error (in submission mode, warnings that
// block a submission are errors), 2 on a usage error.
import { hasErrors, type Mode } from '../../model/diagnostic.js'
import { version } from '../../build/package-root.js'
import { validate } from '../../index.js'
import { isIsoDate } from '../../validate/dates.js'
import { textOptionsFor } from '../terminal.js'
import { reporter, type ReportFormat } from '../reporters/index.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.validate.options>): Promise<number> {
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today "${values.today}" is not a date written YYYY-MM-DD`)
  const { findings } = await validate({
    paths: positionals,
    mode: values.mode as Mode,
    ...(values.root ? { root: values.root } : {}),
    ...(values.today ? { today: values.today } : {}),
    ...(values.lang ? { langs: values.lang } : {}),
  })
  const format = values.report as ReportFormat
  const print = reporter(format, {
    ...textOptionsFor(process.stdout),
    tool: { version, informationUri: 'https://github.com/itudoc/itudoc' },
  })
  process.stdout.write(print(findings))
  return hasErrors(findings) ? 1 : 0
}
