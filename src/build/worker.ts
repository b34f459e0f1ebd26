// A build worker: runs variant jobs sent by the pool, one at a time, in its own thread.
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobSettings } from './variant-job.js'
import type { VariantRef } from './variants.js'

const settings = workerData as JobSettings
// runJob never rejects: a bug while building a variant comes back as its internal error.
parentPort!.on('message', (ref: VariantRef) => {
  void runJob(ref, settings).then((result) => parentPort!.postMessage(result))
})
