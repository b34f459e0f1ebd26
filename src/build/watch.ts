// Rebuild when a source changes. Changes are debounced (editors write several times per
// save) and builds never overlap; each rebuild is incremental, so only changed documents
// are rendered again.
import { watch } from 'node:fs'

export interface Watcher { close(): void }

export function watchSources(root: string, rebuild: () => Promise<void>, delayMs = 150): Watcher {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let pending = false
  const run = async (): Promise<void> => {
    if (running) {
      pending = true
      return
    }
    running = rebuild().finally(() => {
      running = undefined
      if (pending) {
        pending = false
        void run()
      }
    })
    await running
  }
  const watcher = watch(root, { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), delayMs)
  })
  return { close: () => { clearTimeout(timer); watcher.close() } }
}
