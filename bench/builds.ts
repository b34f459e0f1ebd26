// npm run bench, whole builds: `itudoc build` as a user runs it (a new process, start-up
// included) on a generated conference corpus (bench/corpus.ts: 60 resolutions, ~800 KB, in
// bench/tmp): each format alone, the three with one and two jobs, a one-paragraph document,
// the up-to-date rebuild, the latency of an edit in `build --watch`, 1× against 4× the
// corpus and against six languages on one and two threads (timed in turn, the six-language
// ratio also round by round) — and, when installed, pandoc (gfm → HTML, gfm → DOCX) and
// LibreOffice (DOCX → PDF) on the same content in the same run. BENCH_RUNS=n takes the
// median of n runs of each; ITUDOC_BENCH_BIN=path/bin/itudoc.js times another build of
// itudoc (before/after a change), BENCH_TMP=dir works in another folder (two at once).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { corpusLanguages, writeCorpus } from './corpus.js'

const tmp = resolve(process.env.BENCH_TMP ?? 'bench/tmp')
const bin = resolve(process.env.ITUDOC_BENCH_BIN ?? 'bin/itudoc.js')
const peakModule = resolve('bench/peak.cjs')
const peakFile = join(tmp, 'peak')
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ITUDOC_BENCH_PEAK: peakFile }

interface Timing { ms: number; cpuMs: number; peakMb: number }

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Run a command to completion; its wall time, or an error with its output if it failed. */
function run(command: string, args: string[], options: { cwd?: string } = {}): number {
  const start = performance.now()
  const done = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], ...options })
  const ms = performance.now() - start
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${done.status ?? done.signal}):\n${done.stderr}`)
  return ms
}

/** Medians of wall and CPU time, the highest peak. */
const summary = (timings: readonly Timing[]): Timing =>
  ({ ms: median(timings.map((t) => t.ms)), cpuMs: median(timings.map((t) => t.cpuMs)), peakMb: Math.max(...timings.map((t) => t.peakMb)) })

/** `itudoc <args>` in a new process: wall time and peak memory, the median of `times` runs. */
function itudoc(args: string[], { times = runs, before }: { times?: number; before?: () => void } = {}): Timing {
  const timings: Timing[] = []
  for (let i = 0; i < times; i++) {
    before?.()
    rmSync(peakFile, { force: true })
    const ms = run(process.execPath, ['--require', peakModule, bin, ...args])
    const { rss, cpuMs } = JSON.parse(readFileSync(peakFile, 'utf8')) as { rss: number; cpuMs: number }
    timings.push({ ms, cpuMs, peakMb: Math.round(rss / 1048576) })
  }
  return summary(timings)
}

/** A cold build of `corpus` into a fresh folder. */
function coldBuild(corpus: string, out: string, extra: string[], times = runs): Timing {
  return itudoc(['build', corpus, '--root', corpus, '--out', out, '--quiet', ...extra], { times, before: () => rmSync(out, { recursive: true, force: true }) })
}

/**
 * Cold builds run in turn, A B C … A B C …, each `runs` times: the terms of a ratio are then
 * timed in the same minutes (the machine's speed drifts by a quarter, some hours by half,
 * within minutes), not one after the other.
 */
function coldBuildsInTurn(builds: ReadonlyArray<{ corpus: string; out: string; extra: string[] }>): Timing[][] {
  const timings = builds.map((): Timing[] => [])
  for (let i = 0; i < runs; i++) builds.forEach(({ corpus, out, extra }, k) => timings[k]!.push(coldBuild(corpus, out, extra, 1)))
  return timings
}

/** A ratio of two builds timed in turn, round by round: each round's terms share the same minutes. */
function ratiosByRound(numerator: readonly Timing[], denominator: readonly Timing[]): string {
  const ratios = numerator.map((t, i) => t.ms / denominator[i]!.ms)
  if (ratios.length < 2) return ''
  return `; by round ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)}×)`
}

const installed = (command: string): boolean => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Save an edit to one resolution while `build --watch` runs, and time until each of its
 * artifacts is rewritten: the median of six edits, saved in place and by renaming a
 * temporary file over the source (vim, sed -i) in turn.
 */
async function watchLatency(corpus: string, out: string): Promise<Record<string, number>> {
  const child = spawn(process.execPath, [bin, 'build', corpus, '--root', corpus, '--out', out, '--watch'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  const waitFor = async (ready: () => boolean, what: string, limitMs = 300_000): Promise<void> => {
    const start = performance.now()
    while (!ready()) {
      if (child.exitCode !== null || performance.now() - start > limitMs) throw new Error(`watch mode: no ${what}\n${output}`)
      await new Promise((r) => setTimeout(r, 2))
    }
  }
  try {
    // Printed once the watcher is ready: an edit from now on is seen.
    await waitFor(() => output.includes('itudoc: watching'), 'start')
    const folder = join(out, 'res-010')
    const artifacts = readdirSync(folder).map((name) => join(folder, name))
    const source = join(corpus, 'res-010', 'en.md')
    const original = readFileSync(source, 'utf8')
    const latencies = new Map<string, number[]>()
    for (let edit = 1; edit <= 6; edit++) {
      const before = new Map(artifacts.map((path) => [path, statSync(path).mtimeMs]))
      const edited = original.replace('\n1. ', `\n1. edit ${edit} `)
      const byRename = edit % 2 === 0
      if (byRename) writeFileSync(`${source}.tmp`, edited)
      const saved = performance.now()
      if (byRename) renameSync(`${source}.tmp`, source)
      else writeFileSync(source, edited)
      const pending = new Set(artifacts)
      await waitFor(() => {
        for (const path of pending) {
          if (statSync(path, { throwIfNoEntry: false })?.mtimeMs !== before.get(path)) {
            pending.delete(path)
            const format = path.slice(path.lastIndexOf('.') + 1)
            latencies.set(format, [...(latencies.get(format) ?? []), performance.now() - saved])
          }
        }
        return pending.size === 0
      }, 'rebuild after an edit')
      // Let the watcher finish its build (the manifest) before the next edit.
      await new Promise((r) => setTimeout(r, 500))
    }
    writeFileSync(source, original)
    return Object.fromEntries([...latencies].map(([format, ms]) => [format, median(ms)]))
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

// -- The corpora
rmSync(tmp, { recursive: true, force: true })
mkdirSync(tmp, { recursive: true })
const corpus = join(tmp, 'corpus')
const made = writeCorpus(corpus)
const corpus4 = join(tmp, 'corpus-4x')
writeCorpus(corpus4, { resolutions: made.resolutions * 4 })
const corpus6 = join(tmp, 'corpus-6-languages')
writeCorpus(corpus6, { resolutions: made.resolutions, langs: corpusLanguages })
const tiny = join(tmp, 'tiny')
mkdirSync(tiny)
writeFileSync(join(tiny, 'en.md'), '---\ntemplate: report\ntitle: A short report\nauthor: The Secretariat\ndate: 2026-01-01\ndocument: TINY/1\n---\n\nOne paragraph of text.\n')
const lines: string[] = [`corpus: ${made.resolutions} resolutions, ${Math.round(made.bytes / 1024)} KB of Markdown, ${made.footnotes} footnotes (bench/tmp/corpus); ${runs} run${runs > 1 ? 's' : ''} each, median`]
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const row = (what: string, t: Timing, extra = '') => lines.push(`  ${what.padEnd(44)} ${s(t.ms).padStart(8)} ${s(t.cpuMs).padStart(8)} ${`${t.peakMb} MB`.padStart(8)}${extra}`)
const print = () => { process.stdout.write(`${lines.join('\n')}\n`); lines.length = 0 }
lines.push(`  ${'itudoc (whole process)'.padEnd(44)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)} ${'peak'.padStart(8)}`)
print()

// -- itudoc
const out = join(tmp, 'out')
const single: Record<string, Timing> = {}
for (const format of ['html', 'docx', 'pdf']) {
  single[format] = coldBuild(corpus, join(out, format), ['--format', format, '--jobs', '1'])
  row(`${format.toUpperCase()} only, --jobs 1`, single[format])
  print()
}
// One language, 4× the corpus and six languages (two threads, one) in turn: the ratios below
// compare runs timed together.
const inTurn = coldBuildsInTurn([
  { corpus, out: join(out, 'all'), extra: ['--jobs', '1'] },
  { corpus, out: join(out, 'all-2'), extra: ['--jobs', '2'] },
  { corpus: corpus4, out: join(out, 'all-4x'), extra: ['--jobs', '1'] },
  { corpus: corpus6, out: join(out, 'all-6'), extra: ['--jobs', '2'] },
  { corpus: corpus6, out: join(out, 'all-6-1'), extra: ['--jobs', '1'] },
])
const [three1, three2, four, six, six1] = inTurn.map(summary) as [Timing, Timing, Timing, Timing, Timing]
row('HTML + DOCX + PDF, --jobs 1', three1)
row('HTML + DOCX + PDF, --jobs 2', three2)
row('up-to-date rebuild (nothing changed)', itudoc(['build', corpus, '--root', corpus, '--out', join(out, 'all'), '--quiet', '--jobs', '1']))
row('one-paragraph document, HTML', coldBuild(tiny, join(out, 'tiny'), ['--format', 'html']))
row('one-paragraph document, PDF', coldBuild(tiny, join(out, 'tiny-pdf'), ['--format', 'pdf']))
row('itudoc --version', itudoc(['--version']))
print()
const latency = await watchLatency(corpus, join(out, 'all'))
lines.push(`  edit one resolution in build --watch: ${['html', 'docx', 'pdf'].map((f) => `${f.toUpperCase()} rewritten after ${Math.round(latency[f] ?? NaN)} ms`).join(', ')}`)
row(`4× the corpus (${made.resolutions * 4} resolutions), --jobs 1`, four, `   ${(four.ms / three1.ms).toFixed(2)}× the 1× wall time, ${(four.cpuMs / three1.cpuMs).toFixed(2)}× its CPU`)
row('six languages of the corpus, --jobs 2', six, `   ${(six.ms / three2.ms).toFixed(2)}× the one-language wall time (--jobs 2)${ratiosByRound(inTurn[3]!, inTurn[1]!)}, ${(six.ms / three1.ms).toFixed(2)}× (--jobs 1)`)
row('six languages of the corpus, --jobs 1', six1, `   ${(six1.ms / three1.ms).toFixed(2)}× the one-language wall time (--jobs 1)`)
// What two threads could give at best: the one-thread build's CPU (its helper threads
// included) spread evenly over two cores. The gap to it is what a second thread costs.
const cores = Math.min(2, availableParallelism())
lines.push(`  six languages: --jobs 2 takes ${(six.cpuMs / six1.cpuMs).toFixed(2)}× the CPU of --jobs 1; that CPU spread evenly over ${cores} cores would take ${s(six1.cpuMs / cores)}, ${(six1.cpuMs / cores / three2.ms).toFixed(2)}× the one-language wall time (--jobs 2)`)
print()

// -- The usual alternatives, on the same Markdown and on itudoc's DOCX
const markdown = readdirSync(corpus).sort().map((name) => join(corpus, name, 'en.md'))
const ratio = (mine: number, theirs: number) => `   itudoc/other = ${(mine / theirs).toFixed(2)}`
if (installed('pandoc')) {
  const pandocOut = join(tmp, 'pandoc')
  mkdirSync(pandocOut, { recursive: true })
  const pandoc = (to: string, ext: string) => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      for (const [n, file] of markdown.entries()) run('pandoc', ['-f', 'gfm', '-t', to, '-s', '--metadata', `title=${n}`, '-o', join(pandocOut, `${n}.${ext}`), file])
      times.push(performance.now() - start)
    }
    return median(times)
  }
  // The same Markdown concatenated into one document in one process: pandoc's start-up paid once.
  const pandocOnce = (to: string, ext: string) => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(run('pandoc', ['-f', 'gfm', '-t', to, '-s', '--metadata', 'title=all', '-o', join(pandocOut, `all.${ext}`), ...markdown]))
    return median(times)
  }
  const html = pandoc('html', 'html')
  const docx = pandoc('docx', 'docx')
  const htmlOnce = pandocOnce('html', 'html')
  const docxOnce = pandocOnce('docx', 'docx')
  lines.push(`  pandoc gfm → HTML (one process per file)     ${s(html).padStart(8)}${ratio(single.html!.ms, html)}`)
  lines.push(`  pandoc gfm → DOCX (one process per file)     ${s(docx).padStart(8)}${ratio(single.docx!.ms, docx)}`)
  lines.push(`  pandoc gfm → HTML (all files, one process)   ${s(htmlOnce).padStart(8)}${ratio(single.html!.ms, htmlOnce)}`)
  lines.push(`  pandoc gfm → DOCX (all files, one process)   ${s(docxOnce).padStart(8)}${ratio(single.docx!.ms, docxOnce)}`)
  if (installed('soffice')) {
    // A profile of its own (created by a first, untimed conversion), so a running LibreOffice is not disturbed.
    const profile = `-env:UserInstallation=${pathToFileURL(join(tmp, 'lo-profile')).href}`
    const docxFiles = readdirSync(join(out, 'docx'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.docx')).sort().map((f) => join(out, 'docx', f))
    const pdfOut = join(tmp, 'soffice')
    run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', pdfOut, docxFiles[0]!])
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', pdfOut, ...docxFiles]))
    const pdf = median(times)
    lines.push(`  LibreOffice DOCX → PDF (itudoc's DOCX)       ${s(pdf).padStart(8)}${ratio(single.pdf!.ms, pdf)}`)
    lines.push(`  pandoc HTML + DOCX, then LibreOffice PDF     ${s(html + docx + pdf).padStart(8)}${ratio(three1.ms, html + docx + pdf)} (itudoc three formats, --jobs 1)`)
  } else lines.push('  (soffice not installed: no LibreOffice comparison)')
} else lines.push('  (pandoc not installed: no pandoc comparison)')
print()
