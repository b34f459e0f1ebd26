// Help text, printed from the command table: `itudoc --help` lists the commands,
// `itudoc <command> --help` prints the command's usage, arguments, options with their
// defaults, and examples. Nothing here is written by hand per command.
import { usageLine } from './args.js'
import { helpOption, type AnyCommandSpec, type CommandTable, type OptionSpec } from './spec.js'

/** Help fits an 80-column terminal or log. */
const lineWidth = 80

/** Words of `text` in lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line]
}

/** Two columns: the left padded to the widest entry, the right wrapped under itself. */
function columns(rows: ReadonlyArray<[string, string]>, indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length))
  const margin = indent.length + width + 3
  return rows.flatMap(([left, right]) => {
    const [first = '', ...more] = wrap(right, Math.max(30, lineWidth - margin))
    return [`${indent}${left.padEnd(width)}   ${first}`.trimEnd(), ...more.map((line) => `${' '.repeat(margin)}${line}`)]
  })
}

function optionName(name: string, option: OptionSpec): string {
  const long = `--${name}${option.type === 'string' ? ` <${option.value}>` : ''}`
  return option.short ? `-${option.short}, ${long}` : `    ${long}`
}

function optionText(option: OptionSpec): string {
  if (option.type === 'boolean') return option.description
  const notes: string[] = []
  if (option.choices) notes.push(`${option.list ? 'comma-separated, from' : 'one of'}: ${option.choices.join(', ')}`)
  else if (option.list) notes.push('comma-separated')
  const fallback = option.default ?? option.defaultNote
  if (fallback !== undefined) notes.push(`default: ${fallback}`)
  return notes.length ? `${option.description} (${notes.join('; ')})` : option.description
}

export function commandHelp(name: string, spec: AnyCommandSpec): string {
  const lines = [...wrap(`itudoc ${name} — ${spec.summary}`, lineWidth), '', `Usage: ${usageLine(spec, name)}`]
  if (spec.description) lines.push('', ...wrap(spec.description, lineWidth))
  if (spec.args.length) {
    lines.push('', 'Arguments:')
    lines.push(...columns(spec.args.map((a) => [`${a.name}${a.many ? '…' : ''}`, `${a.description}${a.defaultNote ? ` (default: ${a.defaultNote})` : ''}`])))
  }
  const options: Array<[string, OptionSpec]> = [...Object.entries(spec.options as Record<string, OptionSpec>), ['help', helpOption]]
  lines.push('', 'Options:', ...columns(options.map(([option, o]) => [optionName(option, o), optionText(o)])))
  lines.push('', spec.examples.length > 1 ? 'Examples:' : 'Example:')
  for (const example of spec.examples) lines.push(...(example.note ? [`  # ${example.note}`] : []), `  ${example.command}`)
  return `${lines.join('\n')}\n`
}

export function mainHelp(table: CommandTable, version: string): string {
  const lines = [
    ...wrap(`itudoc ${version} — compile structured Markdown into ITU documents (HTML, DOCX, PDF)`, lineWidth),
    '',
    'Usage: itudoc <command> [arguments] [options]',
    '',
    'Commands:',
    ...columns(Object.entries(table).map(([name, spec]) => [name, spec.summary])),
    '',
    'Options:',
    ...columns([['-h, --help', 'print this help; itudoc <command> --help prints a command\'s'], ['-V, --version', 'print the version']]),
    '',
    ...wrap('Paths default to "sources". Exit status: 0 ok, 1 errors in the sources, 2 usage error.', lineWidth),
  ]
  return `${lines.join('\n')}\n`
}
