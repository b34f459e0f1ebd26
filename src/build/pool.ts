// Run variant jobs on several cores: a pool of worker threads, each loading templates,
// locales and fonts once and taking the next job when it is done. Results come back in the
// order of the jobs, so a parallel build writes the same manifest as a sequential one.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { runningFromSource } from './package-root.js'
import type { VariantRef } from './sources.js'
import { runJob, type JobResult, type JobSettings } from './variant-job.js'

/**
 * A worker needs about two seconds to load the code, templates, locales and fonts, and a
 * variant takes about 0.1 s in all three formats: below this many variants one thread is
 * faster (measured: 360 variants take 36 s on one thread, 22 s on two).
 */
const minimumForWorkers = 40

/**
 * `jobs`: the threads asked for (--jobs); undefined lets itudoc choose — all cores for large
 * builds, one thread for small ones. Workers load compiled code, so from TypeScript sources
 * (tests) everything runs in this thread.
 */
export async function runJobs(refs: readonly VariantRef[], settings: JobSettings, jobs: number | undefined): Promise<JobResult[]> {
  const wanted = jobs ?? (refs.length >= minimumForWorkers ? Math.min(availableParallelism(), 8) : 1)
  const threads = Math.min(wanted, refs.length)
  if (threads < 2 || runningFromSource) {
    const results: JobResult[] = []
    for (const ref of refs) results.push(await runJob(ref, settings))
    return results
  }
  const results: JobResult[] = new Array(refs.length)
  let next = 0
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: settings }))
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const take = (): void => {
        if (next >= refs.length) return resolve()
        const index = next++
        worker.once('message', (reply: { ok: true; result: JobResult } | { ok: false; message: string; stack?: string }) => {
          if (!reply.ok) return reject(Object.assign(new Error(reply.message), { stack: reply.stack }))
          results[index] = reply.result
          take()
        })
        worker.postMessage(refs[index])
      }
      worker.once('error', reject)
      take()
    })))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
