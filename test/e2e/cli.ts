// Run the compiled CLI (npm test builds dist/ first) in a working directory.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const bin = join(import.meta.dirname, '..', '..', 'bin', 'itudoc.js')
const compiled = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'bin.js')

export interface CliResult { status: number; stdout: string; stderr: string }

export function itudoc(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  if (!existsSync(compiled)) throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests')
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
