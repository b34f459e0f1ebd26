// Build: the only module that knows the stage order. Sources × languages × formats →
// artifacts written atomically, plus out/manifest.json. Documents with errors produce no
// output (earlier outputs stay); unchanged artifacts are not rendered again.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { toFinding, type Finding, type Mode } from '../model/diagnostic.js'
import { visitDocument } from '../model/traverse.js'
import { fontFolder, sharedFonts, writers, type Format } from './formats.js'
import { readManifest, serializeManifest, sha256, type ManifestEntry } from './manifest.js'
import { codeDir, localesDir, templateFilesDir, version } from './package-root.js'
import { resolveSources, type ResolvedVariant } from './sources.js'
import { writeAtomic } from './write.js'

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
}

export interface BuildResult {
  artifacts: ManifestEntry[]
  findings: Finding[]
  /** Artifacts rendered and written in this run. */
  written: number
  /** Artifacts up to date from an earlier run. */
  reused: number
}

/** The clock for outputs: SOURCE_DATE_EPOCH if set (reproducible builds), else a fixed epoch. */
export function buildClock(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Date.UTC(2000, 0, 1))
}

/** Everything besides the sources that shapes an output: version, code, locales, templates. */
function toolFingerprint(): string {
  const parts: string[] = [version]
  const add = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) add(path)
      else parts.push(name, readFileSync(path, 'utf8'))
    }
  }
  add(codeDir)
  add(localesDir)
  add(templateFilesDir)
  return sha256(parts.join('\0'))
}

function assetsOf(variant: ResolvedVariant): string[] {
  const assets: string[] = []
  visitDocument(variant.resolved!.root.children, {
    block: (block) => void (block.type === 'figure' && assets.push(block.src)),
    inline: (inline) => void (inline.type === 'inlineImage' && assets.push(inline.src)),
  })
  return assets.sort()
}

function outputName(variant: ResolvedVariant): string {
  const { template, locale, metadata } = variant.resolved!
  return template.output.replace(/\{([\w-]+)\}/g, (_, key: string) =>
    key === 'slug' ? variant.document.slug : key === 'suffix' ? locale.suffix : String(metadata.meta[key] ?? key))
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const sources = await resolveSources(options)
  const findings = [...sources.findings]
  const outDir = resolve(options.out)
  const manifestPath = join(outDir, 'manifest.json')
  const previous = new Map((readManifest(manifestPath)?.artifacts ?? []).map((a) => [a.path, a]))
  const fingerprint = toolFingerprint()
  const current = new Map<string, ManifestEntry>()
  let written = 0
  let reused = 0
  const fontsNeeded = new Set<string>()

  for (const variant of sources.variants) {
    if (!variant.resolved || variant.files.some((f) => f.messages.some((m) => m.fatal === true))) continue
    const { root, template } = variant.resolved
    const assetHashes = assetsOf(variant).map((src) => sha256(readFileSync(join(options.root, src))))
    for (const format of options.formats) {
      const relativePath = [variant.document.outputDir, `${outputName(variant)}.${format}`].filter(Boolean).join('/')
      const outFile = join(outDir, ...relativePath.split('/'))
      const sourceHash = sha256([fingerprint, format, options.clock.toISOString(), options.embedFonts ? 'embed-fonts' : '', sha256(variant.markdownBytes), variant.sharedBytes ? sha256(variant.sharedBytes) : '', ...assetHashes].join('\0'))
      for (const font of sharedFonts(format, root.lang)) fontsNeeded.add(font)
      const before = previous.get(relativePath)
      if (before && before.sourceHash === sourceHash && existsSync(outFile) && sha256(readFileSync(outFile)) === before.sha256) {
        current.set(relativePath, before)
        reused += 1
        continue
      }
      const rendered = await writers[format]({
        doc: variant.resolved,
        loaded: variant.loaded!,
        outFile,
        outDir,
        sourcesRoot: options.root,
        clock: options.clock,
        assetData: (src) => readFileSync(join(options.root, src)),
        embedFonts: options.embedFonts === true,
      })
      // Findings of the writer belong to the variant's source; an error means no artifact.
      const file = variant.files[0]!
      const messages = (rendered.findings ?? []).map((finding) => finding.report(file))
      findings.push(...messages.map((message) => toFinding(message, file.path)))
      if (messages.some((message) => message.fatal === true)) continue
      writeAtomic(outFile, rendered.data)
      written += 1
      const data = typeof rendered.data === 'string' ? Buffer.from(rendered.data) : rendered.data
      const entry: ManifestEntry = {
        path: relativePath,
        document: variant.document.id,
        template: template.id,
        lang: root.lang,
        format,
        bytes: data.length,
        sha256: sha256(data),
        sourceHash,
      }
      if (rendered.pages !== undefined) entry.pages = rendered.pages
      current.set(relativePath, entry)
    }
  }

  if (fontsNeeded.size) {
    const fontDir = join(outDir, fontFolder)
    mkdirSync(fontDir, { recursive: true })
    for (const font of [...fontsNeeded].sort()) {
      const target = join(fontDir, basename(font))
      if (!existsSync(target) || statSync(target).size !== statSync(font).size) copyFileSync(font, target)
    }
  }

  // Keep entries of artifacts this run did not touch, if their files are still there.
  for (const [path, entry] of previous) {
    if (!current.has(path) && existsSync(join(outDir, ...path.split('/')))) current.set(path, entry)
  }
  const artifacts = [...current.values()]
  if (written || artifacts.length !== previous.size) {
    writeAtomic(manifestPath, serializeManifest({ generator: `itudoc ${version}`, artifacts }))
  }
  return { artifacts, findings, written, reused }
}
