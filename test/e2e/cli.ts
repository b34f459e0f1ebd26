// Run the compiled CLI (npm test builds dist/ first) in a working directory.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const bin = join(import.meta.dirname, '..', '..', 'bin', 'itudoc.js')
const compiled = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'bin.js')

export interface CliResult { status: number; stdout: string; stderr: string }

function checkCompiled(): void {
  if (!existsSync(compiled)) throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests')
}

export function itudoc(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  checkCompiled()
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** The same, without blocking: lets concurrent tests run several CLI processes at once. */
export function itudocAsync(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  checkCompiled()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }))
  })
}
