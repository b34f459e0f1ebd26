// Where itudoc's own files are (templates/, locales/, fonts in node_modules), whether it runs
// from TypeScript sources (tests) or from the compiled dist/ (the CLI).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'itudoc') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error('itudoc: cannot find the package root')
    dir = parent
  }
}

export const packageRoot = findRoot()
export const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version
/** Running from .ts sources (vitest) or compiled .js (dist). */
export const runningFromSource = import.meta.url.endsWith('.ts')
/** The bundled CLI (scripts/bundle.js): entry, worker, templates and shared chunks, one folder. */
export const bundleDir = join(packageRoot, 'dist', 'bundle')
/** tsc's output: the library API, and the CLI when there is no bundle. */
const compiledDir = join(packageRoot, 'dist', 'src')
// Every chunk of the bundle sits in bundleDir itself, this module's code included.
const runningFromBundle = !runningFromSource && dirname(fileURLToPath(import.meta.url)) === bundleDir
/** Folder holding the template modules to import. */
export const templateModulesDir = runningFromSource ? join(packageRoot, 'templates') : runningFromBundle ? join(bundleDir, 'templates') : join(packageRoot, 'dist', 'templates')
export const templateFilesDir = join(packageRoot, 'templates')
export const localesDir = join(packageRoot, 'locales')
/** The code that is running (src/, dist/src/ or dist/bundle/): part of every artifact's source hash. */
export const codeDir = runningFromSource ? join(packageRoot, 'src') : runningFromBundle ? bundleDir : compiledDir
/** The folders `npm run build` writes code into (the bundle may be missing: the CLI then runs dist/src). */
export const compiledCodeDirs = [compiledDir, bundleDir]
