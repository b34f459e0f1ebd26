// itudoc build: sources → out/ in the requested formats and languages.
import { hasErrors } from '../../model/diagnostic.js'
import { issuesUrl } from '../../build/index.js'
import { build } from '../../index.js'
import type { InternalError } from '../../build/variant-job.js'
import { parseShard } from '../../build/shard.js'
import type { Format } from '../../build/formats.js'
import { sourcePaths } from '../options.js'
import { progressDisplay, progressStyle } from '../progress.js'
import { textReport } from '../reporters/text.js'
import { textOptionsFor } from '../terminal.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

/** A bug met on one document: which one, what happened, and where to report it. */
export function internalErrorReport(failure: InternalError): string {
  const stack = process.env.ITUDOC_DEBUG && failure.stack ? `${failure.stack}\n` : ''
  return `itudoc: internal error while building ${failure.source}: ${failure.message}\n` +
    '  This is a bug in itudoc, not in the document; nothing of this document was written, the other documents were built.\n' +
    `  Please report it at ${issuesUrl} with the document (ITUDOC_DEBUG=1 prints the stack).\n${stack}`
}

export async function run({ values, positionals }: Parsed<typeof commands.build.options>): Promise<number> {
  const { paths, root } = sourcePaths(positionals, values.root)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs takes a whole number of worker threads, not "${values.jobs}"`)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/3), not "${values.shard}"`)
  const once = async (): Promise<number> => {
    // --quiet shows no progress, and touches no stderr: Node makes the stream (a pipe's is a
    // socket, with its modules) the first time it is asked for.
    const progress = values.quiet ? undefined : progressDisplay({
      stream: process.stderr,
      style: progressStyle(process.stderr, process.env, values.quiet),
      ...(values.verbose && !values.quiet ? { artifacts: { stream: process.stdout, out: values.out } } : {}),
      ...(process.env.ITUDOC_PROGRESS_SECONDS ? { every: Number(process.env.ITUDOC_PROGRESS_SECONDS) * 1000 } : {}),
    })
    const result = await build({ paths, root, out: values.out, formats: values.format as Format[], embedFonts: values['embed-fonts'], htmlFirst: values.watch === true, ...(progress ? { onProgress: progress.listener } : {}), ...(values.lang ? { langs: values.lang } : {}), ...(jobs ? { jobs } : {}), ...(shard ? { shard } : {}) }).finally(() => progress?.stop())
    if (result.findings.length) process.stderr.write(textReport(result.findings, textOptionsFor(process.stderr)))
    for (const failure of result.internalErrors) process.stderr.write(internalErrorReport(failure))
    if (!values.quiet) process.stdout.write(`itudoc: ${result.written} written, ${result.reused} up to date, ${result.artifacts.length} in ${values.out}/manifest.json\n`)
    return result.internalErrors.length ? 70 : hasErrors(result.findings) ? 1 : 0
  }
  const status = await once()
  if (!values.watch) return status
  const { watchSources } = await import('../../build/watch.js')
  const watcher = watchSources(root, async () => void (await once()), { ignore: [values.out] })
  // Said once the watcher sees changes: an edit made after this line is never missed.
  await watcher.ready
  process.stdout.write(`itudoc: watching ${root} (Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve))
  await watcher.close()
  return 0
}
