// A build worker: runs variant jobs sent by the pool, one at a time, in its own thread.
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobSettings } from './variant-job.js'
import type { VariantRef } from './sources.js'

const settings = workerData as JobSettings
parentPort!.on('message', (ref: VariantRef) => {
  runJob(ref, settings).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: Error) => parentPort!.postMessage({ ok: false, message: error.message, stack: error.stack }),
  )
})
