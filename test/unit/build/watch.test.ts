// The watcher rebuilds a few milliseconds after a save, and again for a file that changed
// while the rebuild ran even when chokidar sent no event for it (it drops a second change of
// a path within 50 ms of the first: an editor that truncates, then writes, is seen empty).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchSources } from '../../../src/build/watch.js'

describe('watchSources', () => {
  it('rebuilds once more for a file written again during a rebuild, with the last content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itudoc-watch-'))
    const file = join(dir, 'en.md')
    writeFileSync(file, 'first')
    const seen: string[] = []
    const watcher = watchSources(dir, async (changed) => {
      expect(changed).toEqual([file])
      seen.push(readFileSync(file, 'utf8'))
      // Within chokidar's 50 ms of the first change: no event comes for this one.
      if (seen.length === 1) writeFileSync(file, 'second, written during the rebuild')
    })
    try {
      await watcher.ready
      writeFileSync(file, 'saved')
      await expect.poll(() => seen, { timeout: 10_000, interval: 20 }).toEqual(['saved', 'second, written during the rebuild'])
    } finally {
      await watcher.close()
    }
  })
})
