// Run variant jobs on several cores: a pool of worker threads, each loading templates,
// locales and fonts once and taking its next job, of one language at a time, when it is done
// (job-queue.ts). Results come back in the order of the jobs, so a parallel build writes the
// same manifest as a sequential one.
import type { Worker } from 'node:worker_threads'
import { JobQueue } from './job-queue.js'
import { runningFromSource } from './package-root.js'
import type { ManifestEntry } from './manifest.js'
import type { JobResult, JobSettings } from './variant-job.js'
import type { VariantRef } from './variants.js'

/** What a worker posts: an artifact written ahead of its variant's others, then the variant's result. */
export type WorkerReply = { early: ManifestEntry } | { result: JobResult }

/** Told of a variant's artifact written ahead of its others, and of each variant's result. */
export interface JobListener {
  early?(ref: VariantRef, entry: ManifestEntry): void
  result?(ref: VariantRef, result: JobResult): void
}

/**
 * Each worker loads the code and parses the fonts again and warms caches of its own (shaped
 * words, hyphenation, shared DOCX parts), while a variant takes about 0.05 s in all three
 * formats; and one thread already keeps a second core a third busy (zlib, the garbage
 * collector, the optimizing compiler). Below this many variants one thread is faster.
 * Measured on the bench corpus (npm run bench), three formats, one thread against two: 60
 * resolutions 3.0 s / 3.7 s; the 60 in six languages (360 variants), three alternating pairs
 * on 2 cores, 12.9–14.7 s / 12.2–15.0 s, with two threads using 30 % more CPU (stop 20).
 * With V8 optimizing later and threads keeping to languages (stop 21): 60 resolutions
 * 2.71 s / 2.81 s, one thread still ahead.
 */
const minimumForWorkers = 150

/**
 * `jobs`: the threads asked for (--jobs); undefined lets itudoc choose — all cores for large
 * builds, one thread for small ones. Workers load compiled code, so from TypeScript sources
 * (tests) everything runs in this thread.
 */
export async function runJobs(refs: readonly VariantRef[], buildSettings: JobSettings, jobs: number | undefined, listener: JobListener = {}): Promise<JobResult[]> {
  if (!refs.length) return []
  const onResult = (ref: VariantRef, result: JobResult): void => listener.result?.(ref, result)
  const onEarly = (ref: VariantRef) => (entry: ManifestEntry): void => listener.early?.(ref, entry)
  // Loaded only when some variant is to be built: it brings the parser and the templates.
  const { internalError, runJob } = await import('./variant-job.js')
  const cores = (await import('node:os')).availableParallelism()
  const wanted = jobs ?? (refs.length >= minimumForWorkers ? Math.min(cores, 8) : 1)
  const threads = Math.min(wanted, refs.length)
  const inThisThread = threads < 2 || runningFromSource
  // Deflating and hashing go to libuv's thread pool only while the build's threads leave a
  // core for it; on a full machine the hand-over costs more than it saves (render/deflate.ts).
  const settings: JobSettings = { ...buildSettings, threadPool: (inThisThread ? 1 : threads) < cores }
  if (inThisThread) {
    // Two variants at a time: while one waits for zlib to deflate a PDF page in Node's thread
    // pool, the other lays out. Each runs its synchronous steps whole (a DOCX, with the
    // random generator it fixes, is never interrupted), so its bytes are what it makes alone.
    const results: JobResult[] = new Array(refs.length)
    const running: Array<Promise<JobResult>> = []
    const start = (index: number): void => {
      if (index < refs.length) running[index] = runJob(refs[index]!, settings, onEarly(refs[index]!))
    }
    start(0)
    for (let index = 0; index < refs.length; index++) {
      start(index + 1)
      results[index] = await running[index]!
      onResult(refs[index]!, results[index])
    }
    return results
  }
  // Loaded only for a pool: a build in this thread (most) does without Node's worker modules.
  const { Worker } = await import('node:worker_threads')
  const results: JobResult[] = new Array(refs.length)
  const queue = new JobQueue(refs, threads)
  const workers: Worker[] = []
  // A worker that dies (an exception outside any job's promise, a crash) takes only its job
  // with it: that variant gets an internal error and a fresh worker takes the next one of its share.
  const runWorker = (thread: number): Promise<void> => new Promise<void>((resolve) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings })
    workers.push(worker)
    let index = -1
    const take = (): void => {
      const next = queue.take(thread)
      if (next === undefined) {
        // Done: its termination below is no failure.
        worker.removeAllListeners()
        return resolve()
      }
      index = next
      worker.postMessage(refs[index])
    }
    const fail = (error: unknown): void => {
      worker.removeAllListeners()
      void worker.terminate()
      if (index >= 0 && !results[index]) {
        results[index] = { entries: [], findings: [], fonts: [], internalError: internalError(refs[index]!, error) }
        onResult(refs[index]!, results[index])
      }
      void runWorker(thread).then(resolve)
    }
    worker.on('message', (reply: WorkerReply) => {
      if ('early' in reply) return onEarly(refs[index]!)(reply.early)
      results[index] = reply.result
      onResult(refs[index]!, reply.result)
      take()
    })
    worker.once('error', fail)
    worker.once('exit', (code) => fail(new Error(`the worker thread stopped (exit code ${code})`)))
    take()
  })
  try {
    await Promise.all(Array.from({ length: threads }, (_, thread) => runWorker(thread)))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
