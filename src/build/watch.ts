// Rebuild when a source changes, with chokidar: it follows editors that save by writing a
// temporary file and renaming it over the source (sed -i, vim, many IDEs), which fs.watch
// loses track of. The output folder is ignored, builds never overlap, and the rebuild is
// told which files changed.
//
// Latency, measured on Linux (2 cores): every save style — written in place, a temporary
// renamed over the source, vim's backup-and-write, sed -i — arrives as one `change` event
// 2–15 ms after the save. `atomic` holds back only a real unlink (100 ms, to see whether the
// file comes back), never a change. So the rebuild waits only a few milliseconds for the
// events of one save (a checkout touching many files) to gather. Waiting cannot make it
// correct anyway: chokidar drops a second `change` of a path within 50 ms of the first, and
// an editor that truncates and then writes has its event seen while the file is empty. So
// each changed file's state is noted before the rebuild reads it, and looked at again after:
// a file that changed meanwhile is rebuilt once more, event or not.
import { statSync } from 'node:fs'
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
  /** How long the events of one save may take to gather before the rebuild starts. */
  delayMs?: number
}

/** The events of one save come within a few milliseconds of each other. */
const gatherMs = 10

/** What tells a file's content changed without reading it; "" when it is gone or cannot be read. */
function fileState(path: string): string {
  try {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false })
    return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : ''
  } catch {
    return ''
  }
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
    const before = new Map(batch.map((path) => [path, fileState(path)]))
    running = rebuild(batch).finally(() => {
      running = undefined
      for (const [path, state] of before) if (fileState(path) !== state) changed.add(path)
      if (changed.size) void run()
    })
    await running
  }
  const watcher = watch(typeof targets === 'string' ? [targets] : [...targets], { ignored: isIgnored, ignoreInitial: true, atomic: true })
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()))
  watcher.on('all', (_event, path) => {
    changed.add(resolve(path))
    clearTimeout(timer)
    timer = setTimeout(() => void run(), options.delayMs ?? gatherMs)
  })
  return {
    ready,
    close: async () => {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
