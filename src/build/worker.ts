// A build worker: runs variant jobs sent by the pool, one at a time, in its own thread.
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobSettings } from './variant-job.js'
import type { WorkerReply } from './pool.js'
import type { VariantRef } from './variants.js'

const settings = workerData as JobSettings
const reply = (message: WorkerReply): void => parentPort!.postMessage(message)
// runJob never rejects: a bug while building a variant comes back as its internal error.
parentPort!.on('message', (ref: VariantRef) => {
  void runJob(ref, settings, (early) => reply({ early })).then((result) => reply({ result }))
})
