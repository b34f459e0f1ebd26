// What dist/bundle/build.cjs exports (scripts/bundle.js): the `build` command: the order of a
// build, the check of what is up to date, the pool, the manifest and the site index. What
// builds a variant comes from jobs.cjs (src/build/bundled-jobs.ts), once one is to be built.
export * as build from './commands/build.js'
