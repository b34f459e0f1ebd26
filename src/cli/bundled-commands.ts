// What dist/bundle/commands.cjs exports (scripts/bundle.js): every command but `build`, and
// the watcher of `build --watch`. They bring the Word reader, the preview server, chokidar
// and the rules, which a build never runs: in a bundle of their own, a build does not read
// them at start-up. The bundle has its own copy of the pipeline; a command runs wholly in it.
export * as preview from './commands/preview.js'
export * as manifestMerge from './commands/manifest-merge.js'
export * as validate from './commands/validate.js'
export * as translations from './commands/translations.js'
export * as import from './commands/import.js'
export * as new from './commands/new.js'
export * as templates from './commands/templates.js'
export * as schema from './commands/schema.js'
export * as watch from '../build/watch.js'
