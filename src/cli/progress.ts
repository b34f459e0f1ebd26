// The progress of a build as a person or a log sees it. On a terminal: one line redrawn in
// place (variants done/total, the stage, elapsed time, an estimate of what is left, the
// variant just done). In a log (piped, or CI): a plain line every few seconds, with no
// control character. --quiet shows neither; --verbose also lists each artifact written.
import type { BuildEvent, BuildListener, BuildStage } from '../build/progress.js'
import { visible } from './reporters/frame.js'

export interface ProgressOptions {
  /** Where the progress goes (stderr, so that stdout keeps only the artifacts and the summary). */
  stream: NodeJS.WriteStream
  /** `terminal`: redrawn in place; `log`: a plain line every `every` ms; `off`: nothing. */
  style: 'terminal' | 'log' | 'off'
  /** Where --verbose lists the artifacts written (relative to the output folder `out`); absent: not listed. */
  artifacts?: { stream: NodeJS.WriteStream; out: string }
  /** Milliseconds between two lines in a log. */
  every?: number
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number
}

export interface ProgressDisplay {
  listener: BuildListener
  /** Clear the line on a terminal and stop the timer; call before printing the findings. */
  stop(): void
}

/** How progress is shown on `stream`: redrawn on a terminal unless in CI, else a line now and then. */
export function progressStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, quiet: boolean): ProgressOptions['style'] {
  if (quiet) return 'off'
  return stream.isTTY === true && !env.CI ? 'terminal' : 'log'
}

const words: Record<BuildStage, string> = { checking: 'checking what changed', building: 'building', finishing: 'writing fonts and manifest' }

/** 75 s → "1:15". */
function clock(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export function progressDisplay(options: ProgressOptions): ProgressDisplay {
  // process.hrtime, not performance.now(): the latter loads Node's perf_hooks modules, a few
  // milliseconds of every build's start-up.
  const now = options.now ?? (() => Number(process.hrtime.bigint()) / 1e6)
  const started = now()
  let stage: BuildStage = 'checking'
  /** When rendering began: the checking before it says nothing of how long a variant takes. */
  let building = started
  let done = 0
  let total = 0
  let current = ''
  let drawn = false
  let lastDraw = -Infinity

  /** What the line says, without control characters. */
  const status = (separator: string): string => {
    const elapsed = now() - started
    const parts = [stage === 'building' ? `${words.building} ${done}/${total}` : words[stage], `${clock(elapsed)} elapsed`]
    // The estimate assumes the variants left take as long as those done: none before the first.
    if (stage === 'building' && done > 0 && done < total) parts.push(`about ${clock(((now() - building) / done) * (total - done))} left`)
    if (options.style === 'terminal' && current) parts.push(visible(current))
    return `itudoc: ${parts.join(separator)}`
  }
  const draw = (): void => {
    if (options.style !== 'terminal') return
    // A pseudo-terminal may report 0 columns: take the usual 80.
    const width = Math.max(20, (options.stream.columns || 80) - 1)
    const line = status(' · ')
    // \r back to the start of the line, ESC[K clears what a longer line left.
    options.stream.write(`\r${[...line].slice(0, width).join('')}\u001b[K`)
    drawn = true
    lastDraw = now()
  }
  const clear = (): void => {
    if (drawn) options.stream.write('\r\u001b[K')
    drawn = false
  }
  const every = options.every ?? 5000
  let lastLine = started
  const logLine = (): void => {
    if (options.style !== 'log' || stage !== 'building' || total === 0) return
    options.stream.write(`${status(', ')}\n`)
    lastLine = now()
  }
  // Rendering in this thread leaves the timer no turn between variants, so events draw too;
  // the timer keeps the elapsed time going while one long variant is rendered in a worker.
  const timer = options.style === 'off' ? undefined : setInterval(() => (options.style === 'terminal' ? draw() : logLine()), options.style === 'terminal' ? 250 : every)
  // The timer never keeps a finished build waiting.
  timer?.unref()

  const listener = (event: BuildEvent): void => {
    if (event.type === 'stage') {
      stage = event.stage
      total = event.total
      if (stage === 'building') building = now()
    } else {
      done = event.done
      current = event.source
      if (options.artifacts) {
        clear()
        for (const entry of event.written) options.artifacts.stream.write(`wrote ${options.artifacts.out}/${visible(entry.path)}\n`)
      }
    }
    // Redrawing on every event of a fast build would spend the time on the terminal.
    if (event.type === 'stage' || now() - lastDraw >= 80) draw()
    if (event.type === 'variant' && now() - lastLine >= every) logLine()
  }
  return {
    listener,
    stop() {
      if (timer) clearInterval(timer)
      clear()
    },
  }
}
