// Make the code caches of the bundles (src/cli/load-bundle.ts) at the end of `npm run build`:
// build a one-paragraph document into a temporary folder, so that the caches hold what a
// build compiles. Without this the first run makes them, with whatever that run
// compiled (`itudoc --help` compiles little). Never fails the build: the caches only save time.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'itudoc.js')
const folder = mkdtempSync(join(tmpdir(), 'itudoc-warm-'))
try {
  const paragraph = '---\ntemplate: report\ntitle: A short report\nauthor: The Secretariat\ndate: 2026-01-01\ndocument: WARM/1\n---\n\nOne paragraph of text.\n\n'
  // HTML first: a bundle's cache is made by the first run that loads it, and the start-up
  // bundle's cache should hold what an HTML build compiles, no more (a larger cache takes
  // longer to load). The second run makes the caches of the writers (layout, PDF) and of docx.cjs.
  // The third run's source has a setext heading, which the fast parser leaves to micromark:
  // it makes the cache of markdown.cjs (the other bundles' caches, accepted, stay as they are).
  const runs = [['html', ''], ['docx,pdf', ''], ['html', 'A heading\n---------\n\n']]
  for (const [format, more] of runs) {
    writeFileSync(join(folder, 'en.md'), `${paragraph}${more}`)
    const run = spawnSync(process.execPath, [bin, 'build', folder, '--root', folder, '--out', join(folder, 'out'), '--format', format, '--quiet'], { encoding: 'utf8' })
    if (run.status !== 0) console.warn(`itudoc: the code caches were not made (${run.stderr.trim() || `exit ${run.status}`}); the first run makes them`)
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
