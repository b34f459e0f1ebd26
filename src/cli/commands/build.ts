// itudoc build: sources → out/ in the requested formats and languages.
import { hasErrors } from '../../model/diagnostic.js'
import { build, buildClock } from '../../build/index.js'
import { watchSources } from '../../build/watch.js'
import type { Format } from '../../build/formats.js'
import { sourcePaths } from '../options.js'
import { textReport } from '../reporters/text.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.build.options>): Promise<number> {
  const { paths, root } = sourcePaths(positionals, values.root)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs takes a whole number of worker threads, not "${values.jobs}"`)
  const once = async (): Promise<number> => {
    const result = await build({ paths, root, out: values.out, formats: values.format as Format[], clock: buildClock(process.env), embedFonts: values['embed-fonts'], ...(values.lang ? { langs: values.lang } : {}), ...(jobs ? { jobs } : {}) })
    if (result.findings.length) process.stderr.write(textReport(result.findings, { color: process.stderr.isTTY === true && !process.env.NO_COLOR }))
    if (!values.quiet) process.stdout.write(`itudoc: ${result.written} written, ${result.reused} up to date, ${result.artifacts.length} in ${values.out}/manifest.json\n`)
    return hasErrors(result.findings) ? 1 : 0
  }
  const status = await once()
  if (!values.watch) return status
  process.stdout.write(`itudoc: watching ${root} (Ctrl-C to stop)\n`)
  const watcher = watchSources(root, async () => void (await once()))
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve))
  watcher.close()
  return 0
}
