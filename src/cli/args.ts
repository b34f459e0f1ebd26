// Parse a command's arguments by its entry in the command table, with node:util parseArgs:
// unknown options and values outside an option's choices are usage errors that name the
// nearest valid one; comma lists become arrays; absent options take their defaults.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { nearest } from '../model/suggest.js'
import { helpOption, type AnyCommandSpec, type Parsed, type OptionTable } from './spec.js'
import { UsageError } from './usage.js'

/** `(did you mean "validate"?)` when something is near enough, else nothing. */
export function didYouMean(word: string, candidates: Iterable<string>, show: (name: string) => string = (name) => name): string {
  const match = nearest(word, candidates)
  return match ? ` — did you mean \`${show(match)}\`?` : ''
}

function parserOptions(options: OptionTable): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = {}
  for (const [name, option] of Object.entries({ ...options, help: helpOption })) {
    config[name] = { type: option.type, ...(option.short ? { short: option.short } : {}) }
  }
  return config
}

export type ParseOutcome = { help: true } | { help: false; parsed: Parsed<OptionTable> }

export function parseCommandArgs(spec: AnyCommandSpec, args: readonly string[]): ParseOutcome {
  const options = spec.options as OptionTable
  const config = parserOptions(options)
  // A first, lenient pass finds --help anywhere and names unknown options with a suggestion.
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true })
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true }
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    if (!(token.name in config)) {
      // One letter is one edit from any other: only long options get a suggestion.
      const hint = token.rawName.startsWith('--') ? didYouMean(token.name, Object.keys(config), (n) => `--${n}`) : ''
      throw new UsageError(`unknown option ${token.rawName}${hint}`)
    }
  }
  const { values: raw, positionals } = parseArgs({ args: [...args], options: config, strict: true, allowPositionals: true })
  const values: Record<string, unknown> = {}
  for (const [name, option] of Object.entries(options)) {
    const given = raw[name]
    if (option.type === 'boolean') {
      values[name] = given === true
      continue
    }
    const text = typeof given === 'string' ? given : option.default
    if (text === undefined) continue
    const items = option.list ? text.split(',').map((v) => v.trim()).filter(Boolean) : [text]
    for (const item of option.choices ? items : []) {
      if (!option.choices!.includes(item)) {
        throw new UsageError(`--${name}: unknown value "${item}" (use ${option.choices!.join(', ')})${didYouMean(item, option.choices!)}`)
      }
    }
    values[name] = option.list ? items : text
  }
  const takesMany = spec.args.some((a) => a.many)
  if (!takesMany && positionals.length > spec.args.length) {
    throw new UsageError(`unexpected argument "${positionals[spec.args.length]}" (usage: ${usageLine(spec, '')})`)
  }
  return { help: false, parsed: { values, positionals } as Parsed<OptionTable> }
}

/** `itudoc build [paths…] [options]`. */
export function usageLine(spec: AnyCommandSpec, name: string): string {
  const args = spec.args.map((a) => {
    const shown = `${a.name}${a.many ? '…' : ''}`
    return a.required ? `<${shown}>` : `[${shown}]`
  })
  return ['itudoc', name, ...args, Object.keys(spec.options).length ? '[options]' : ''].filter(Boolean).join(' ')
}
