// A build worker's loop: runs variant jobs sent by the pool, one at a time, in its own thread.
// worker.ts starts it from dist/src; the bundle's worker (scripts/bundle.js) starts the copy
// compiled into dist/bundle/jobs.cjs, so a worker loads the same cached code as the CLI.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { useSharedFonts, type SharedFontFile } from './fonts.js'
import { runJob } from './variant-job.js'
import type { WorkerData, WorkerReply } from './pool.js'
import type { VariantRef } from './variants.js'

export function serveJobs(): void {
  const { settings, fonts } = workerData as WorkerData
  // Taken when a face is first needed, even in the middle of a job: a message handler would
  // run only once the job yields, and the first job needs the Latin faces at once.
  useSharedFonts(() => receiveMessageOnPort(fonts)?.message as SharedFontFile | undefined)
  const reply = (message: WorkerReply): void => parentPort!.postMessage(message)
  // runJob never rejects: a bug while building a variant comes back as its internal error.
  parentPort!.on('message', (ref: VariantRef) => {
    void runJob(ref, settings, (early) => reply({ early })).then((result) => reply({ result }))
  })
}
