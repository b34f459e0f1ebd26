#!/usr/bin/env node
// The itudoc command: runs the compiled CLI (npm run build compiles src/ into dist/).
import('../dist/src/cli/index.js').then((cli) => cli.main(process.argv.slice(2))).then((code) => {
  process.exitCode = code
})
