// What dist/bundle/itudoc.cjs exports (scripts/bundle.js): bin/itudoc.js runs `main`, and a
// build worker thread of the bundle (dist/bundle/worker.js) runs `serveJobs`.
export { main } from './index.js'
export { serveJobs } from '../build/job-server.js'
