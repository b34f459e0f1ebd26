#!/usr/bin/env node
// The itudoc command: runs the bundled CLI (dist/bundle/itudoc.cjs, loaded with a V8 code
// cache by dist/bundle/load.js: a fraction of the start-up), or the compiled modules in
// dist/src when no bundle was built (npm run build makes both).
import { existsSync } from 'node:fs'

// A stack asked for (ITUDOC_DEBUG) names the TypeScript sources, through the bundle's maps.
if (process.env.ITUDOC_DEBUG) process.setSourceMapsEnabled(true)
if (existsSync(new URL('../dist/bundle/itudoc.cjs', import.meta.url))) {
  const { loadBundle } = await import('../dist/bundle/load.js')
  process.exitCode = await loadBundle('itudoc').main(process.argv.slice(2))
} else {
  await import('../dist/src/cli/bin.js')
}
