// Run the CLI as users do, through bin/itudoc.js (npm test builds dist/ first, so this is the
// bundle in dist/bundle; without one, bin falls back to dist/src), in a working directory.
import { spawn, spawnSync, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process'
import type { Readable } from 'node:stream'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const bin = join(import.meta.dirname, '..', '..', 'bin', 'itudoc.js')
const compiled = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'bin.js')

export interface CliResult { status: number; stdout: string; stderr: string }

/**
 * The environment of every run: no colour, and no progress line in a log however slow the
 * machine (a build prints one every 5 s when piped; test/e2e/progress.test.ts sets its own).
 */
const quietEnv = { NO_COLOR: '1', ITUDOC_PROGRESS_SECONDS: '86400' }

function checkCompiled(): void {
  if (!existsSync(compiled)) throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests')
}

export function itudoc(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  checkCompiled()
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...quietEnv, ...env } })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** The same, without blocking: lets concurrent tests run several CLI processes at once. */
export function itudocAsync(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  checkCompiled()
  return collect(spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...quietEnv, ...env } }))
}

/** What a child process printed, once it has ended. */
function collect(child: ChildProcessByStdio<null, Readable, Readable> | ChildProcessWithoutNullStreams): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }))
  })
}

/** Whether `script` (util-linux) is there to give the CLI a pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

/**
 * Run the CLI on a pseudo-terminal (through util-linux `script`), so that stdout and stderr
 * are a TTY as they are for a person at a terminal; returns what the terminal received, both
 * streams together, with the terminal's \r\n line ends.
 */
export function itudocInTerminal(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  checkCompiled()
  const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`
  const command = [process.execPath, bin, ...args].map(quote).join(' ')
  return collect(spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, ...quietEnv, TERM: 'xterm', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }))
}
