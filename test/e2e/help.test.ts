// Help everywhere: every command's --help (and -h) is printed from the command table and
// names every option the parser accepts, with defaults and an example; the version; and a
// misspelt command, option or value gets the nearest valid one and exit 2.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formats } from '../../src/build/formats.js'
import { reportFormats } from '../../src/cli/reporters/index.js'
import { commandModule, helpOption, type OptionSpec } from '../../src/cli/spec.js'
import { commands } from '../../src/cli/table.js'
import { languages } from '../../src/model/locale.js'
import { itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const table = Object.entries(commands) as Array<[string, { options: Record<string, OptionSpec>; args: ReadonlyArray<{ name: string }>; examples: ReadonlyArray<{ command: string }> }]>

/** The options a help text lists: the `--name` that starts each line of its Options section. */
function listedOptions(help: string): string[] {
  const section = help.split('\nOptions:\n')[1]!.split('\n\n')[0]!
  return section.split('\n').flatMap((line) => /^\s+(?:-\w, )?--([\w-]+)/.exec(line)?.[1] ?? [])
}

describe.concurrent('itudoc <command> --help', () => {
  for (const [name, spec] of table) {
    it(`${name} --help and -h print the usage, every option of the parser's definition, defaults and an example`, async () => {
      const [long, short] = await Promise.all([itudocAsync([name, '--help'], repository), itudocAsync([name, '-h'], repository)])
      expect(long.status).toBe(0)
      expect(long.stderr).toBe('')
      expect(short.stdout).toBe(long.stdout)
      const help = long.stdout
      expect(help).toContain(`Usage: itudoc ${name}`)
      // Exactly the options the parser accepts, in the table's order, plus --help.
      expect(listedOptions(help)).toEqual([...Object.keys(spec.options), 'help'])
      for (const [option, o] of Object.entries({ ...spec.options, help: helpOption as OptionSpec })) {
        const line = help.split('\n').find((l) => new RegExp(`^\\s+(?:-\\w, )?--${option}\\b`).test(l))!
        if (o.short) expect(line).toContain(`-${o.short}, --${option}`)
        if (o.type === 'string') {
          expect(line).toContain(`--${option} <${o.value}>`)
          // The option's text runs on under the line: read the whole entry.
          const entry = help.slice(help.indexOf(line)).split(/\n\s+(?=-)/)[0]!.replace(/\s+/g, ' ')
          if (o.default !== undefined) expect(entry).toContain(`default: ${o.default}`)
          for (const choice of o.choices ?? []) expect(entry).toContain(choice)
        }
      }
      for (const arg of spec.args) expect(help).toContain(arg.name)
      expect(help).toMatch(/\nExamples?:\n/)
      for (const example of spec.examples) expect(help).toContain(`  ${example.command}\n`)
      // Help fits a terminal of 80 columns (an example command may not).
      const examples = new Set(spec.examples.map((e) => `  ${e.command}`))
      for (const line of help.split('\n')) if (!examples.has(line)) expect(line.length, line).toBeLessThanOrEqual(80)
    })
  }

  it('itudoc help <command> is the command\'s --help', async () => {
    const [a, b] = await Promise.all([itudocAsync(['help', 'validate'], repository), itudocAsync(['validate', '--help'], repository)])
    expect(a.status).toBe(0)
    expect(a.stdout).toBe(b.stdout)
  })

  it('--help wins over anything else on the line, even an unknown option', async () => {
    const result = await itudocAsync(['build', 'nowhere', '--nope', '--help'], repository)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: itudoc build')
  })
})

describe.concurrent('itudoc --help and --version', () => {
  it('--help lists every command with its summary', async () => {
    const result = await itudocAsync(['--help'], repository)
    expect(result.status).toBe(0)
    for (const [name] of table) expect(result.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`))
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80)
  })

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as { version: string }
    for (const flag of ['--version', '-V']) {
      const result = await itudocAsync([flag], repository)
      expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
    }
  })

  it('no command at all is a usage error that shows the commands', async () => {
    const result = await itudocAsync([], repository)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Commands:')
  })
})

describe.concurrent('suggestions for what was misspelt (exit 2)', () => {
  const cases: Array<[string[], string]> = [
    [['valdate'], 'itudoc: unknown command "valdate" — did you mean `validate`?'],
    [['biuld'], 'itudoc: unknown command "biuld" — did you mean `build`?'],
    [['translation'], 'itudoc: unknown command "translation" — did you mean `translations`?'],
    [['--verison'], 'itudoc: unknown option --verison — did you mean `--version`?'],
    [['build', '--fromat', 'pdf'], 'itudoc build: unknown option --fromat — did you mean `--format`?'],
    [['validate', '--reprot', 'json'], 'itudoc validate: unknown option --reprot — did you mean `--report`?'],
    [['build', '--format', 'pfd'], 'itudoc build: --format: unknown value "pfd" (use html, docx, pdf) — did you mean `pdf`?'],
    [['build', '--lang', 'en,fe'], 'itudoc build: --lang: unknown value "fe" (use en, fr, es, ru, ar, zh) — did you mean `fr`?'],
    [['validate', '--mode', 'submision'], 'itudoc validate: --mode: unknown value "submision" (use draft, submission) — did you mean `submission`?'],
    [['schema', 'recomendation'], 'itudoc schema: unknown template "recomendation" (use contribution, liaison-statement, opinion, publication, recommendation, report, resolution) — did you mean `recommendation`?'],
  ]
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const result = await itudocAsync(args, repository)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.split('\n')[0]).toBe(message)
      expect(result.stderr).toMatch(/\(see itudoc( \w+)? --help\)\n$/)
    })
  }

  it('says nothing it cannot back: a word far from every command gets no suggestion', async () => {
    const result = await itudocAsync(['frobnicate'], repository)
    expect(result.status).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe('itudoc: unknown command "frobnicate"')
  })
})

describe('the command table', () => {
  it('has a module with run() for every command (commands/<name>.ts)', async () => {
    for (const [name] of table) {
      const module = await commandModule(name)
      expect(typeof module.run, name).toBe('function')
    }
  })

  it('offers exactly the formats, reports and languages the code knows', () => {
    expect(commands.build.options.format.choices).toEqual(formats)
    expect(commands.build.options.format.default).toBe(formats.join(','))
    expect(commands.validate.options.report.choices).toEqual(reportFormats)
    expect(commands.build.options.lang.choices).toEqual(languages)
  })
})
