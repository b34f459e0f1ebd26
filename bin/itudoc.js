#!/usr/bin/env node
// The itudoc command: runs the bundled CLI (dist/bundle/itudoc.cjs, loaded with a V8 code
// cache by dist/bundle/load.js: a fraction of the start-up), or the compiled modules in
// dist/src when no bundle was built (npm run build makes both).
//
// A CommonJS script (bin/package.json), like the bundle it loads: an ES module entry would
// start Node's ES module loader, about a tenth of a one-paragraph build's time, for nothing.
'use strict'
// V8 optimizes a function once it has run for this many bytecodes' worth of its budget (the
// default is 67,584). A build is short: at the default, the optimizing compiler ran ~480
// times in a one-language build of the bench corpus and was about a fifth of all its CPU,
// on the second core a build otherwise leaves to the garbage collector and zlib. At 400,000
// it runs ~160 times, on what stays hot. Measured (npm run bench corpus, alternating runs,
// 2 cores): three formats 3.02 s → 2.75 s wall and 4.56 s → 3.60 s CPU; six languages on
// two threads 13.6 s → 12.9 s; 4× the corpus level (7.8 s). Set here, before any bundle is
// compiled, and so for the worker threads too; the code caches are made under it.
require('node:v8').setFlagsFromString('--interrupt-budget=400000')
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
