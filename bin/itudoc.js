#!/usr/bin/env node
// The itudoc command: runs the bundled CLI (dist/bundle/itudoc.cjs, loaded with a V8 code
// cache by dist/bundle/load.js: a fraction of the start-up), or the compiled modules in
// dist/src when no bundle was built (npm run build makes both).
//
// A CommonJS script (bin/package.json), like the bundle it loads: an ES module entry would
// start Node's ES module loader, about a tenth of a one-paragraph build's time, for nothing.
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

// A stack asked for (ITUDOC_DEBUG) names the TypeScript sources, through the bundle's maps.
if (process.env.ITUDOC_DEBUG) process.setSourceMapsEnabled(true)
const bundleDir = join(__dirname, '..', 'dist', 'bundle')
if (existsSync(join(bundleDir, 'itudoc.cjs'))) {
  const { loadBundle } = require(join(bundleDir, 'load.js'))
  loadBundle('itudoc').main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
} else {
  import('../dist/src/cli/bin.js')
}
