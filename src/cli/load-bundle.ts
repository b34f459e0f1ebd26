// Load a CommonJS bundle of dist/bundle (scripts/bundle.js) with a V8 code cache, so that a
// run does not parse and compile the same 2 MB of JavaScript again. Node 20 caches no
// compiled code for ES modules or require() (module.enableCompileCache came in Node 22); a
// vm.Script takes a cache (`cachedData`) and makes one (`createCachedData`), so the bundles
// are CommonJS scripts run through one. The cache is made when the process exits, after the
// run, so it also holds the functions V8 compiled lazily while building: most of the code.
//
// The cache is only ever a speed-up. It lives in dist/code-cache/, one file per bundle, named
// by the Node version, the architecture and the bundle file's size and time, and V8 checks it
// again (its version, flags, the source's length) and rejects what does not fit: the code
// then compiles as without a cache. A missing or rejected cache is written anew when the
// process exits, atomically (a temporary file renamed), from the main thread only; a folder
// that cannot be written is no error. Nothing of the cache reaches an output.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'

/** dist/bundle: this module is compiled into it (load.js, and a copy in each bundle that loads another). */
const bundleDir = dirname(fileURLToPath(import.meta.url))
const cacheDir = join(bundleDir, '..', 'code-cache')

/** Caches to write when the process exits: made then, they hold what the run compiled. */
const unsaved: Array<{ script: Script; file: string; prefix: string }> = []
let isSaveScheduled = false

function saveCaches(): void {
  for (const { script, file, prefix } of unsaved.splice(0)) {
    try {
      mkdirSync(cacheDir, { recursive: true })
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, file)
      // Caches of earlier bundles or other Node versions would only pile up.
      for (const name of readdirSync(cacheDir)) if (name.startsWith(prefix) && join(cacheDir, name) !== file && !name.endsWith('.tmp')) rmSync(join(cacheDir, name), { force: true })
    } catch {
      // A read-only installation: the next run compiles again.
    }
  }
}

const loaded = new Map<string, unknown>()

/**
 * The exports of dist/bundle/<name>.cjs, run once per thread. With ITUDOC_DEBUG the bundle is
 * required as usual instead, so that Node maps its stack traces to the TypeScript sources.
 */
export function loadBundle<T>(name: string): T {
  if (loaded.has(name)) return loaded.get(name) as T
  const file = join(bundleDir, `${name}.cjs`)
  const require = createRequire(file)
  if (process.env.ITUDOC_DEBUG) {
    loaded.set(name, require(file))
    return loaded.get(name) as T
  }
  // scripts/bundle.js writes every bundle in ASCII: as latin1 it becomes a one-byte string.
  const source = readFileSync(file, 'latin1')
  const { size, mtimeMs } = statSync(file)
  const prefix = `${name}-`
  const cacheFile = join(cacheDir, `${prefix}${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {}
  // The wrapper Node itself puts around a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) })
  // Asked only then: Node's worker modules are not loaded for nothing at every start.
  if ((!cachedData || script.cachedDataRejected) && (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) {
    unsaved.push({ script, file: cacheFile, prefix })
    if (!isSaveScheduled) process.once('exit', saveCaches)
    isSaveScheduled = true
  }
  const module = { exports: {} }
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, bundleDir)
  loaded.set(name, module.exports)
  return module.exports as T
}
