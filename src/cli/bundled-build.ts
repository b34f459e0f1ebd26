// What dist/bundle/build.cjs exports (scripts/bundle.js): the `build` command with the whole
// pipeline, the HTML writer and the template modules, and the loop of a build worker thread
// (dist/bundle/worker.js), which so loads the same cached code as the command.
export * as build from './commands/build.js'
export { serveJobs } from '../build/job-server.js'
