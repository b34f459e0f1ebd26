// Command-line entry: parse the command name, lazy-load the command, map exceptions to
// exit codes. No pipeline logic here.
import { help, UsageError } from './usage.js'

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  build: () => import('./commands/build.js'),
  validate: () => import('./commands/validate.js'),
  new: () => import('./commands/new.js'),
  templates: () => import('./commands/templates.js'),
  schema: () => import('./commands/schema.js'),
  translations: () => import('./commands/translations.js'),
  import: () => import('./commands/import.js'),
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    const { version } = await import('../build/package-root.js')
    process.stdout.write(`${version}\n`)
    return 0
  }
  const load = commands[name]
  if (!load) {
    process.stderr.write(`itudoc: unknown command "${name}"\n\n${help}`)
    return 2
  }
  try {
    return await (await load()).run(args)
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`itudoc ${name}: ${(error as Error).message}\n(see itudoc --help)\n`)
      return 2
    }
    // A bug in itudoc, not in the sources: one line, a stack only on request.
    process.stderr.write(`itudoc: internal error: ${(error as Error).message}\n`)
    if (process.env.ITUDOC_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return 70
  }
}
