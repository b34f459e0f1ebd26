// itudoc preview: build, serve out/ on 127.0.0.1, rebuild and reload the page on every change.
import type { Format } from '../../build/formats.js'
import { buildClock } from '../../build/index.js'
import { startPreview } from '../../build/preview.js'
import { sourcePaths } from '../options.js'
import { textReport } from '../reporters/text.js'
import { internalErrorReport } from './build.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<typeof commands.preview.options>): Promise<number> {
  const { paths, root } = sourcePaths(positionals, values.root)
  const port = Number(values.port)
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`--port takes a port number from 0 to 65535, not "${values.port}"`)
  const color = process.stderr.isTTY === true && !process.env.NO_COLOR
  const preview = await startPreview({
    paths,
    root,
    out: values.out,
    formats: values.format as Format[],
    clock: buildClock(process.env),
    host: values.host,
    port,
    ...(values.lang ? { langs: values.lang } : {}),
    onBuild: (result, changed) => {
      if (result.findings.length) process.stderr.write(textReport(result.findings, { color }))
      for (const failure of result.internalErrors) process.stderr.write(internalErrorReport(failure))
      const why = changed.length ? ` (${changed.length} ${changed.length === 1 ? 'file' : 'files'} changed)` : ''
      process.stdout.write(`itudoc: ${result.written} written, ${result.reused} up to date${why}\n`)
    },
    onError: (error) => void process.stderr.write(`itudoc: the rebuild failed: ${String((error as Error)?.message ?? error)}\n`),
  }).catch((error: unknown) => {
    const code = (error as { code?: string }).code
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot serve on ${values.host} port ${port} (${code}): choose another with --port (0: any free port) or --host`)
    throw error
  })
  process.stdout.write(`itudoc: serving ${values.out}/ at ${preview.url} (Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve))
  await preview.close()
  return 0
}
