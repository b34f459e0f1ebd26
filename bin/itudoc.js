#!/usr/bin/env node
// The itudoc command: runs the bundled CLI (dist/bundle, which loads in a fraction of the
// time), or the compiled modules in dist/src when no bundle was built (npm run build makes both).
import { existsSync } from 'node:fs'

// A stack asked for (ITUDOC_DEBUG) names the TypeScript sources, through the bundle's maps.
if (process.env.ITUDOC_DEBUG) process.setSourceMapsEnabled(true)
const bundled = new URL('../dist/bundle/itudoc.js', import.meta.url)
await import(existsSync(bundled) ? bundled.href : '../dist/src/cli/bin.js')
