// The library API: `import { build, validate } from 'itudoc'`. The same pipeline and the
// same defaults as `itudoc build` and `itudoc validate` (the CLI commands call these), with
// the findings returned as data instead of printed, and nothing read from the command line.
import { build as buildSources, buildClock, type BuildResult } from './build/index.js'
import type { Format } from './build/formats.js'
import type { BuildListener } from './build/progress.js'
import type { ManifestEntry } from './build/manifest.js'
import type { Shard } from './build/shard.js'
import type { ValidateResult } from './build/validate.js'
import { sourcePaths } from './cli/options.js'
import type { Mode } from './model/diagnostic.js'
import { isIsoDate } from './validate/dates.js'

export type { BuildResult } from './build/index.js'
export type { ValidateResult } from './build/validate.js'
export type { Format } from './build/formats.js'
export type { ManifestEntry } from './build/manifest.js'
export type { BuildEvent, BuildListener, BuildStage } from './build/progress.js'
export type { InternalError } from './build/variant-job.js'
export type { Finding, Mode, Severity } from './model/diagnostic.js'

/** What both entries read: which sources, relative to the working directory. */
export interface SourceSelection {
  /** Documents (a folder of <lang>.md files, or one .md file) and folders of documents; default `['sources']`. */
  paths?: string[]
  /** The sources root: output paths mirror the folders below it; default as the CLI's --root. */
  root?: string
  /** Languages to build, or to report on; default all. */
  langs?: string[]
}

export interface BuildOptions extends SourceSelection {
  /** Output folder; default `out`. */
  out?: string
  /** Default all three: `['html', 'docx', 'pdf']`. */
  formats?: Format[]
  /** The one date written into outputs; default SOURCE_DATE_EPOCH, else 2000-01-01. */
  clock?: Date
  /** Embed the shipped fonts in DOCX files instead of naming Word's fonts. */
  embedFonts?: boolean
  /** Worker threads; default all cores for large builds, else one. */
  jobs?: number
  /** Told of each stage and of each variant as it is done. */
  onProgress?: BuildListener
  /** Build only this share of the variants (`{ index: 1, count: 3 }`); `itudoc manifest merge` joins the shares. */
  shard?: Shard
  /** Write each document's HTML ahead of its DOCX and PDF, as watch mode does; default false. */
  htmlFirst?: boolean
  /** Told of a document's HTML written ahead of its DOCX and PDF (implies htmlFirst). */
  onEarlyWrite?: (artifact: ManifestEntry) => void
}

export interface ValidateOptions extends SourceSelection {
  /** `draft` (default) or `submission` (deadlines from today, blocking warnings become errors). */
  mode?: Mode
  /** The date deadlines are checked against, YYYY-MM-DD; default today in submission mode, the document's own dates in draft mode. */
  today?: string
}

/**
 * Build documents into HTML, DOCX and PDF, with <out>/manifest.json: the artifacts (written
 * or up to date) and the findings. A document with an error writes nothing; it throws only
 * for a bug or a path that leaves the sources root or the output folder.
 */
export function build(options: BuildOptions = {}): Promise<BuildResult> {
  const { paths, root } = sourcePaths(options.paths ?? [], options.root)
  return buildSources({
    paths,
    root,
    out: options.out ?? 'out',
    formats: options.formats ?? ['html', 'docx', 'pdf'],
    clock: options.clock ?? buildClock(process.env),
    ...(options.langs ? { langs: options.langs } : {}),
    ...(options.embedFonts ? { embedFonts: true } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.htmlFirst ? { htmlFirst: true } : {}),
    ...(options.onEarlyWrite ? { onEarlyWrite: options.onEarlyWrite } : {}),
  })
}

/** Check documents against every rule; the findings, sorted by file, line and column. */
export async function validate(options: ValidateOptions = {}): Promise<ValidateResult> {
  if (options.today !== undefined && !isIsoDate(options.today)) throw new RangeError(`today "${options.today}" is not a date written YYYY-MM-DD`)
  // Loaded here, not with this module: `itudoc build` goes through this module too, and the
  // checks bring the Word reader and every rule with them.
  const { currentDate, validateSources } = await import('./build/validate.js')
  const mode = options.mode ?? 'draft'
  // Draft mode checks a document against its own dates unless told otherwise; a submission happens today.
  const today = options.today ?? (mode === 'submission' ? currentDate() : undefined)
  const { paths, root } = sourcePaths(options.paths ?? [], options.root)
  return validateSources({ paths, root, mode, ...(today ? { today } : {}), ...(options.langs ? { langs: options.langs } : {}) })
}
