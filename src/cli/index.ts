// Command-line entry: find the command in the table, parse its arguments, print help when
// asked, lazy-load the command's module and map exceptions to exit codes. No pipeline logic.
import { didYouMean, parseCommandArgs } from './args.js'
import { commandHelp, mainHelp } from './help.js'
import { commandModule, type AnyCommandSpec, type CommandTable } from './spec.js'
import { commands } from './table.js'
import { UsageError } from './usage.js'
import type { RefusedError } from '../build/refusal.js'

const table: CommandTable = commands

/**
 * The command argv names, and the arguments after its name. A table entry may be two words
 * (`manifest merge`): the longest name that matches wins.
 */
function findCommand(argv: readonly string[]): { name: string; spec: AnyCommandSpec; args: string[] } {
  const names = Object.keys(table)
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ')
    const spec = argv.length >= words ? table[name] : undefined
    if (spec) return { name, spec, args: argv.slice(words) }
  }
  const [first = ''] = argv
  const under = names.filter((name) => name.startsWith(`${first} `))
  if (under.length) {
    const sub = argv[1]
    const hint = sub ? didYouMean(`${first} ${sub}`, under) : ''
    throw new UsageError(`${sub ? `unknown command "${first} ${sub}"` : `"${first}" needs a sub-command`} (use ${under.map((n) => `itudoc ${n}`).join(', ')})${hint}`)
  }
  const hint = first.startsWith('-') ? didYouMean(first.replace(/^-+/, ''), ['help', 'version'], (n) => `--${n}`) : didYouMean(first, names)
  throw new UsageError(first.startsWith('-') ? `unknown option ${first}${hint}` : `unknown command "${first}"${hint}`)
}

async function version(): Promise<string> {
  return (await import('../build/package-root.js')).version
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    process.stderr.write(mainHelp(table, await version()))
    return 2
  }
  if (first === '--version' || first === '-V' || first === '-v') {
    process.stdout.write(`${await version()}\n`)
    return 0
  }
  let name = 'itudoc'
  try {
    if (first === '--help' || first === '-h' || first === 'help') {
      // `itudoc help build` is `itudoc build --help`.
      const about = rest.length ? findCommand(rest) : undefined
      process.stdout.write(about ? commandHelp(about.name, about.spec) : mainHelp(table, await version()))
      return 0
    }
    const command = findCommand(argv)
    name = command.name
    const outcome = parseCommandArgs(command.spec, command.args)
    if (outcome.help) {
      process.stdout.write(commandHelp(command.name, command.spec))
      return 0
    }
    return await (await commandModule(command.name)).run(outcome.parsed)
  } catch (error) {
    if ((error as Partial<UsageError | RefusedError>).isUsersMistake === true || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const prefix = name === 'itudoc' ? 'itudoc' : `itudoc ${name}`
      const helpHint = name === 'itudoc' ? 'itudoc --help' : `itudoc ${name} --help`
      process.stderr.write(`${prefix}: ${(error as Error).message}\n(see ${helpHint})\n`)
      return 2
    }
    // A bug in itudoc, not in the sources: one line, a stack only on request.
    process.stderr.write(`itudoc: internal error: ${(error as Error).message}\n  This is a bug in itudoc; please report it at https://github.com/itudoc/itudoc/issues (ITUDOC_DEBUG=1 prints the stack).\n`)
    if (process.env.ITUDOC_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
    return 70
  }
}
