// Run variant jobs on several cores: a pool of worker threads, each loading templates,
// locales and fonts once and taking its next job, of one language at a time, when it is done
// (job-queue.ts). Results come back in the order of the jobs, so a parallel build writes the
// same manifest as a sequential one.
import type { MessagePort, Worker } from 'node:worker_threads'
import { JobQueue } from './job-queue.js'
import { runningFromSource } from './package-root.js'
import type { Format } from './formats.js'
import type { ManifestEntry } from './manifest.js'
import type { JobResult, JobSettings } from './variant-job.js'
import type { VariantRef } from './variants.js'

/** What a worker posts: an artifact written ahead of its variant's others, then the variant's result. */
export type WorkerReply = { early: ManifestEntry } | { result: JobResult }

/** What a worker starts with: the build's settings, and a port the font files read for it come through (fonts.ts). */
export interface WorkerData { settings: JobSettings; fonts: MessagePort }

/** Told of a variant's artifact written ahead of its others, and of each variant's result. */
export interface JobListener {
  early?(ref: VariantRef, entry: ManifestEntry): void
  result?(ref: VariantRef, result: JobResult): void
}

/**
 * What a variant costs in each format, relative to its HTML: one thread's time per variant on
 * the bench corpus (npm run bench, 60 resolutions, start-up taken off): HTML 5.7 ms, DOCX
 * 12.5 ms, PDF 28 ms.
 */
const formatCost: Record<Format, number> = { html: 1, docx: 2, pdf: 5 }

/**
 * Each worker loads the code and parses the fonts again and warms caches of its own (shaped
 * words, hyphenation, shared DOCX parts), and one thread already keeps a second core busy a
 * third of the time (the garbage collector, the optimizing compiler, zlib in a one-thread
 * build). So two threads pay only from this much work (variants times their formats' cost).
 * Measured on 2 cores (stop 23, alternating runs), one thread against two: 15 resolutions in
 * three formats (120) 1.15 s / 1.26 s; 30 (240) 1.62 s / 1.66 s; 60 PDFs (300) 1.94 s / 1.95 s;
 * 240 HTML pages (240) 1.40 s / 1.29 s; 240 DOCX (480) 2.73 s / 2.41 s; 60 in three formats
 * (480) 2.96 s / 2.67 s.
 */
const minimumWorkForWorkers = 250

/** The threads a build takes when --jobs does not say: all cores (up to 8) for enough work, else one. */
export function defaultThreads(variants: number, formats: readonly Format[], cores: number): number {
  const work = variants * formats.reduce((sum, format) => sum + formatCost[format], 0)
  return work >= minimumWorkForWorkers ? Math.min(cores, 8) : 1
}

/**
 * `jobs`: the threads asked for (--jobs); undefined lets itudoc choose (defaultThreads).
 * Workers load compiled code, so from TypeScript sources (tests) everything runs in this thread.
 */
export async function runJobs(refs: readonly VariantRef[], buildSettings: JobSettings, jobs: number | undefined, listener: JobListener = {}): Promise<JobResult[]> {
  if (!refs.length) return []
  const onResult = (ref: VariantRef, result: JobResult): void => listener.result?.(ref, result)
  const onEarly = (ref: VariantRef) => (entry: ManifestEntry): void => listener.early?.(ref, entry)
  // Loaded only when some variant is to be built: it brings the parser and the templates.
  const { internalError, runJob } = await import('./variant-job.js')
  const cores = (await import('node:os')).availableParallelism()
  const wanted = jobs ?? defaultThreads(refs.length, buildSettings.formats, cores)
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
  const { MessageChannel, Worker } = await import('node:worker_threads')
  // The font files the workers will read, read once here meanwhile (they start by loading
  // their code) and shared: a worker that needs a face before it comes reads it itself.
  const { familiesFor, fontFilesFor, readSharedFonts } = await import('./fonts.js')
  const drawn = settings.formats.some((format) => format !== 'html')
  const sharedFonts = drawn ? readSharedFonts(fontFilesFor(new Set(refs.map((ref) => ref.lang ?? 'en')))) : []
  const results: JobResult[] = new Array(refs.length)
  const queue = new JobQueue(refs, threads, (lang) => familiesFor(lang).length)
  const workers: Worker[] = []
  const ports: MessagePort[] = []
  // A worker that dies (an exception outside any job's promise, a crash) takes only its job
  // with it: that variant gets an internal error and a fresh worker takes the next one of its share.
  const runWorker = (thread: number): Promise<void> => new Promise<void>((resolve) => {
    const fonts = new MessageChannel()
    const workerData: WorkerData = { settings, fonts: fonts.port2 }
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData, transferList: [fonts.port2] })
    for (const read of sharedFonts) void read.then((font) => font && fonts.port1.postMessage(font))
    workers.push(worker)
    ports.push(fonts.port1)
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
    for (const port of ports) port.close()
  }
  return results
}
