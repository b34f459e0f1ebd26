// What dist/bundle/jobs.cjs exports (scripts/bundle.js): building one variant (variant-job.ts)
// with the parser, resolve, the templates and the HTML writer, and the loop of a worker thread.
// The build command (build.cjs) loads it only when a variant is to be built: an up-to-date
// rebuild reads nothing of it.
export { internalError, runJob } from './variant-job.js'
export { serveJobs } from './job-server.js'
// The checking of locale files, for the build stamp of build.cjs (scripts/bundle.js).
export * as locales from './locales.js'
