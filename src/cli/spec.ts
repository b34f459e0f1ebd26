// What a command definition is: the shape of one entry of the command table (table.ts), and
// the types a command module receives once its arguments are parsed.
import type { commands } from './table.js'

/** An option every command has: not listed in the table, added by the parser and the help. */
export const helpOption = { type: 'boolean', short: 'h', description: 'print this help' } as const

interface OptionBase {
  /** What the option does, one line (printed by --help). */
  description: string
  /** One-letter alias (`-q` for `--quiet`). */
  short?: string
}

export interface BooleanOption extends OptionBase {
  type: 'boolean'
}

export interface StringOption extends OptionBase {
  type: 'string'
  /** The placeholder help prints after the option: `--out <dir>`. */
  value: string
  /** The value when the option is not given (help prints it). */
  default?: string
  /** What happens without the option, when that is not a plain value ("all cores for large builds"). */
  defaultNote?: string
  /** The values allowed; anything else is a usage error with a suggestion. */
  choices?: readonly string[]
  /** A comma-separated list (`--lang en,fr`): parsed into an array, each item checked against `choices`. */
  list?: boolean
}

export type OptionSpec = BooleanOption | StringOption
export type OptionTable = Record<string, OptionSpec>

/** A positional argument, for the usage line and the help. */
export interface ArgSpec {
  name: string
  description: string
  /** The command cannot run without it (the command itself says what to give). */
  required?: boolean
  /** Takes any number of values (`paths…`). */
  many?: boolean
  /** What happens without it. */
  defaultNote?: string
}

/** An option's parsed value: booleans are false when absent; lists are arrays. */
type ValueOf<O extends OptionSpec> = O extends BooleanOption
  ? boolean
  : O extends { list: true }
    ? O extends { default: string } ? string[] : string[] | undefined
    : O extends { default: string } ? string : string | undefined

export type Values<Options extends OptionTable> = { -readonly [K in keyof Options]: ValueOf<Options[K]> }

/** What a command's `run` receives. */
export interface Parsed<Options extends OptionTable> {
  values: Values<Options>
  positionals: string[]
}

/** What commands/<name>.ts exports. */
export interface CommandModule {
  run(parsed: Parsed<OptionTable>): Promise<number>
}

/**
 * Each command's module (`manifest merge` → commands/manifest-merge.js), loaded only when it
 * runs. One literal import per command, not a path built from the name: the bundler
 * (scripts/bundle.js) follows literal imports only, and a command missing here is a type error.
 */
const commandModules: Record<keyof typeof commands, () => Promise<unknown>> = {
  build: () => import('./commands/build.js'),
  preview: () => import('./commands/preview.js'),
  'manifest merge': () => import('./commands/manifest-merge.js'),
  validate: () => import('./commands/validate.js'),
  translations: () => import('./commands/translations.js'),
  import: () => import('./commands/import.js'),
  new: () => import('./commands/new.js'),
  templates: () => import('./commands/templates.js'),
  schema: () => import('./commands/schema.js'),
}

/** The module of a command of the table, loaded only when it runs. */
export function commandModule(name: string): Promise<CommandModule> {
  const load = commandModules[name as keyof typeof commands]
  if (!load) throw new Error(`no module for the command "${name}"`)
  return load() as Promise<CommandModule>
}

export interface CommandSpec<Options extends OptionTable> {
  /** One line for `itudoc --help`. */
  summary: string
  /** A few sentences for `itudoc <command> --help`. */
  description?: string
  args: readonly ArgSpec[]
  options: Options
  /** At least one: help prints them. */
  examples: ReadonlyArray<{ command: string; note?: string }>
}

/** Identity, so TypeScript keeps the literal types of the options (for `Values`). */
export function defineCommand<const Options extends OptionTable>(spec: CommandSpec<Options>): CommandSpec<Options> {
  return spec
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own option types; the table erases them
export type AnyCommandSpec = CommandSpec<any>
export type CommandTable = Record<string, AnyCommandSpec>
