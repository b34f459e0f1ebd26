// A build worker thread started by the pool (pool.ts) when the CLI runs from dist/src.
import { serveJobs } from './job-server.js'

serveJobs()
