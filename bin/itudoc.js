#!/usr/bin/env node
// The itudoc command: runs the compiled CLI (npm run build compiles src/ into dist/).
import '../dist/src/cli/bin.js'
