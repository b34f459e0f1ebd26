// Build: the only module that knows the stage order. Sources × languages × formats →
// artifacts written atomically, plus out/manifest.json. Documents with errors produce no
// output (earlier outputs stay); unchanged artifacts are not rendered again.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Finding, Mode } from '../model/diagnostic.js'
import { fontFolder, sharedFonts, type Format } from './formats.js'
import { buildStamp, folderHash, localeEnv } from './build-stamp.js'
import { readManifest, sha256, type ManifestEntry } from './manifest.js'
import { codeDir, templateFilesDir, version } from './package-root.js'
import { runJobs } from './pool.js'
import { selectShard, type Shard } from './shard.js'
import { writeManifestAndSite } from './site.js'
import type { BuildListener } from './progress.js'
import { listVariants, type VariantRef } from './variants.js'
import { limits, readRegular } from './files.js'
import { sourceKey, upToDate } from './freshness.js'
import type { InternalError, JobSettings } from './variant-job.js'
import { copyAtomic, outputFile } from './write.js'

export interface BuildOptions {
  paths: string[]
  root: string
  out: string
  formats: Format[]
  langs?: string[]
  mode?: Mode
  /** The one date written into outputs (from SOURCE_DATE_EPOCH). */
  clock: Date
  /** Embed the shipped fonts in DOCX files instead of naming Word's fonts. */
  embedFonts?: boolean
  /** Worker threads for resolving and rendering (default: all cores for large builds, else one). */
  jobs?: number
  /** Build only this share of the variants (--shard i/n); `manifest merge` joins the shares. */
  shard?: Shard
  /** Told of each stage and each variant as it is done (a progress display). */
  onProgress?: BuildListener
  /**
   * Write each variant's HTML as soon as it is rendered, ahead of its DOCX and PDF, when they
   * cannot fail it (an author in watch mode waits for the HTML). Implied by onEarlyWrite.
   * Otherwise a variant's files are written together: a one-off build has no reader waiting,
   * and judging whether the PDF may still fail (reading every character of the document)
   * was 2–3 % of a build.
   */
  htmlFirst?: boolean
  /**
   * Told of an artifact written ahead of the others of its variant: the HTML, as soon as it
   * is rendered, while the DOCX and the PDF are (a preview reloads the page at once). Should
   * the variant fail after all, the earlier file is put back and the result does not list it.
   */
  onEarlyWrite?(artifact: ManifestEntry): void
}

export interface BuildResult {
  artifacts: ManifestEntry[]
  findings: Finding[]
  /** Bugs met while building some variants (nothing of those was written; the others were). */
  internalErrors: InternalError[]
  /** Artifacts rendered and written in this run. */
  written: number
  /** Artifacts up to date from an earlier run. */
  reused: number
}

/** Where bugs are reported. */
export const issuesUrl = 'https://github.com/itudoc/itudoc/issues'

/** The clock for outputs: SOURCE_DATE_EPOCH if set (reproducible builds), else a fixed epoch. */
export function buildClock(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Date.UTC(2000, 0, 1))
}

/**
 * Everything besides the sources that shapes an output: version, code, locales, templates.
 * The code's hash comes from the build stamp when there is one (the compiled code changes
 * only by `npm run build`); templates are small and hashed each time, the locales as they are
 * read for the build (build-stamp.ts).
 */
function toolFingerprint(localesHash: string): string {
  return sha256([version, buildStamp()?.code ?? folderHash(codeDir), localesHash, folderHash(templateFilesDir)].join('\0'))
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.out)
  const manifestPath = outputFile(outDir, 'manifest.json')
  const previous = previousArtifacts(outDir, manifestPath)
  const locales = await localeEnv()
  const settings: JobSettings = {
    root: options.root,
    outDir,
    formats: options.formats,
    clock: options.clock.toISOString(),
    embedFonts: options.embedFonts === true,
    fingerprint: toolFingerprint(locales.hash),
    htmlFirst: options.htmlFirst === true || options.onEarlyWrite !== undefined,
    ...(options.langs ? { langs: options.langs } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  }

  const tell: BuildListener = options.onProgress ?? (() => {})
  // -- Phase 1: which variants changed since the last build (hashing only, no parsing)
  tell({ type: 'stage', stage: 'checking', total: 0, upToDate: 0 })
  // Templates are loaded by the first job, if any variant changed; locales only report here.
  const listed = listVariants(options)
  // Refuse before anything is written if an output folder would resolve outside --out.
  for (const folder of new Set(['', fontFolder, ...listed.refs.map((ref) => ref.document.outputDir)])) outputFile(outDir, `${folder ? `${folder}/` : ''}manifest.json`)
  const findings = [...locales.findings, ...listed.findings]
  const current = new Map<string, ManifestEntry>()
  const stale: VariantRef[] = []
  const refs = options.shard ? selectShard(listed.refs, options.shard, (ref) => sourceKey(options.root, ref.path)) : listed.refs
  for (const ref of refs) {
    const kept = upToDate(ref, previous, settings)
    if (kept) for (const entry of kept) current.set(entry.path, entry)
    else stale.push(ref)
  }
  const reused = current.size

  // -- Phase 2: resolve and render what changed, on several cores when there is enough
  tell({ type: 'stage', stage: 'building', total: stale.length, upToDate: reused })
  let done = 0
  const results = await runJobs(stale, settings, options.jobs, {
    early: (_ref, entry) => options.onEarlyWrite?.(entry),
    result: (ref, result) => {
      done += 1
      tell({ type: 'variant', done, total: stale.length, source: sourceKey(options.root, ref.path), written: result.entries })
    },
  })
  const fontsNeeded = new Set<string>()
  const internalErrors: InternalError[] = []
  for (const result of results) {
    findings.push(...result.findings)
    if (result.internalError) internalErrors.push(result.internalError)
    for (const entry of result.entries) current.set(entry.path, entry)
    for (const font of result.fonts) fontsNeeded.add(font)
  }
  for (const entry of current.values()) for (const font of sharedFonts(entry.format as Format, entry.lang)) fontsNeeded.add(font)
  const written = results.reduce((sum, result) => sum + result.entries.length, 0)

  // -- Phase 3: shared fonts and the manifest of what is there now
  tell({ type: 'stage', stage: 'finishing', total: stale.length, upToDate: reused })
  for (const font of [...fontsNeeded].sort()) {
    const target = outputFile(outDir, `${fontFolder}/${basename(font)}`)
    if (!holdsCopyOf(target, font)) copyAtomic(font, target)
  }
  // Keep entries of artifacts this run did not touch, if their files are still there. A shard
  // keeps only its own variants' entries: its folder may be a CI cache that also holds other
  // shards' earlier outputs, and `manifest merge` must find each variant in one shard only.
  const ownSources = options.shard ? new Set(refs.map((ref) => sourceKey(options.root, ref.path))) : undefined
  for (const entry of previous) {
    if (ownSources && !ownSources.has(entry.source)) continue
    if (!current.has(entry.path) && existsSync(outputFile(outDir, entry.path))) current.set(entry.path, entry)
  }
  const artifacts = [...current.values()]
  await writeManifestAndSite(outDir, { generator: `itudoc ${version}`, artifacts })
  return { artifacts: [...artifacts].sort((a, b) => (a.path < b.path ? -1 : 1)), findings, internalErrors, written, reused }
}

/** Whether the output file `target` holds the bytes of `source` (read only when the sizes match). */
function holdsCopyOf(target: string, source: string): boolean {
  const size = statSync(source).size
  if (statSync(target, { throwIfNoEntry: false })?.size !== size) return false
  const there = readRegular(target, limits.artifact)
  return 'bytes' in there && there.bytes.equals(readFileSync(source))
}

/** The artifacts an earlier manifest lists, less any whose path would leave the output folder. */
function previousArtifacts(outDir: string, manifestPath: string): ManifestEntry[] {
  return (readManifest(manifestPath)?.artifacts ?? []).filter((entry) => {
    try {
      return typeof entry.path === 'string' && Boolean(outputFile(outDir, entry.path))
    } catch {
      return false
    }
  })
}
