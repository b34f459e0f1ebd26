// Rebuild when a source changes, with chokidar: it follows editors that save by writing a
// temporary file and renaming it over the source (sed -i, vim, many IDEs), which fs.watch
// loses track of. Changes are debounced (editors write several times per save), the output
// folder is ignored, builds never overlap, and the rebuild is told which files changed.
import { resolve, sep } from 'node:path'
import { watch } from 'chokidar'

export interface Watcher {
  /** Settles once the initial scan is done: changes after it are seen. */
  ready: Promise<void>
  close(): Promise<void>
}

export interface WatchOptions {
  /** Folders whose changes are never a reason to rebuild (the output folder). */
  ignore?: readonly string[]
  delayMs?: number
}

export function watchSources(targets: string | readonly string[], rebuild: (changed: string[]) => Promise<void>, options: WatchOptions = {}): Watcher {
  const ignored = (options.ignore ?? []).map((dir) => resolve(dir))
  const isIgnored = (path: string): boolean => {
    const absolute = resolve(path)
    return ignored.some((dir) => absolute === dir || absolute.startsWith(dir + sep)) || /(^|[/\\])(node_modules|\.git)([/\\]|$)/.test(absolute)
  }
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let changed = new Set<string>()
  const run = async (): Promise<void> => {
    if (running || !changed.size) return
    const batch = [...changed].sort()
    changed = new Set()
    running = rebuild(batch).finally(() => {
      running = undefined
      if (changed.size) void run()
    })
    await running
  }
  const watcher = watch(typeof targets === 'string' ? [targets] : [...targets], { ignored: isIgnored, ignoreInitial: true, atomic: true })
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()))
  watcher.on('all', (_event, path) => {
    changed.add(resolve(path))
    clearTimeout(timer)
    timer = setTimeout(() => void run(), options.delayMs ?? 100)
  })
  return {
    ready,
    close: async () => {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
