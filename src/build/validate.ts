// Validate: resolve the sources exactly as build does, then run the validation rules over
// every variant that resolved. Build is the only stage that knows both the sources and the
// layout, so this is also where the page counter of the PDF layout is handed to the rules.
import { basename } from 'node:path'
import type { Finding, Mode } from '../model/diagnostic.js'
import { compareFindings } from '../model/diagnostic.js'
import type { ValidateOptions, VariantUnderTest } from '../validate/rule.js'
import { validate } from '../validate/run.js'
import { pdfPageCount } from './formats.js'
import { isWordFile, loadWordVariant, wordFindings, type WordVariant } from './import.js'
import { loadSourceEnv, resolveSources, variantFindings, type ResolvedVariant, type SourceOptions } from './sources.js'

export interface ValidateSourcesOptions extends SourceOptions {
  mode: Mode
  /** See ValidateOptions.today. */
  today?: string
  /** Pages each variant lays out to; by default the PDF layout (src/layout/) counts them. */
  pageCount?: ValidateOptions['pageCount']
}

export interface ValidateResult {
  findings: Finding[]
  /** Variants read, whether or not they resolved. */
  variants: number
}

/**
 * Today's date on the author's calendar (the machine's time zone, not UTC: submitting at
 * 00:30 in Geneva is submitting today), as YYYY-MM-DD. The clock is read here and in no rule.
 */
export function currentDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The variant as the rules see it, if it resolved, with errors or not. What its errors left
 * out (invalid metadata fields, dropped body content) is on the resolved document, and each
 * rule skips what depends on it (Needs in src/validate/rule.ts): a container left open or a
 * misspelt call is not also reported as a missing call, but the cover, the deadlines and the
 * rest of the body are still checked in the same run.
 */
export function underTest(variant: ResolvedVariant): VariantUnderTest | undefined {
  const resolved = variant.resolved
  if (!resolved) return undefined
  return { documentId: variant.document.id, lang: resolved.root.lang, file: variant.files[0]!, resolved }
}

/**
 * Resolve and validate. With `langs`, every variant is still read and checked (a French
 * variant is compared with its English original), and only the other languages' findings
 * are left out.
 */
export async function validateSources(options: ValidateSourcesOptions): Promise<ValidateResult> {
  const { langs, ...rest } = options
  // Word files are imported in memory and checked like the sources they become.
  const wordPaths = options.paths.filter(isWordFile)
  const sourcePaths = options.paths.filter((path) => !isWordFile(path))
  const sources = sourcePaths.length || !wordPaths.length ? await resolveSources({ ...rest, paths: sourcePaths }) : { variants: [], findings: [] }
  const words: WordVariant[] = []
  const importFindings: Finding[] = []
  if (wordPaths.length) {
    const env = await loadSourceEnv(options.root)
    for (const path of wordPaths) {
      const { word, findings } = await loadWordVariant(path, options.root, env, options.mode)
      importFindings.push(...findings)
      if (word) words.push(word)
    }
  }
  const wordVariants = words.flatMap((w) => [...w.documents, w.variant])
  const resolved = [...sources.variants, ...wordVariants]
  const variants = resolved.flatMap((v) => underTest(v) ?? [])
  const incomplete = new Set(resolved.filter((v) => !underTest(v)).map((v) => v.document.id))
  // The page counter lays the variant out as the pdf writer does, so the page-limit rule
  // runs for every command that validates. A Word file's images are in memory.
  const assetsOf = new Map(words.flatMap((w) => [...w.documents, w.variant].map((v) => [v.files[0]!, w.assetData] as const)))
  const pageCount: ValidateOptions['pageCount'] = options.pageCount ?? (async (variant) => pdfPageCount(variant.resolved.root, options.root, assetsOf.get(variant.file)))
  const rules: ValidateOptions = { ...(options.today ? { today: options.today } : {}), pageCount }
  const checked = [...variantFindings(wordVariants), ...(await validate(variants, rules, incomplete))]
  const findings = [...sources.findings, ...importFindings, ...wordFindings(checked, words)]
  const isLeftOut = (v: ResolvedVariant): boolean => {
    const lang = languageOf(v)
    return langs !== undefined && lang !== undefined && !langs.includes(lang)
  }
  const left = new Set(sources.variants.filter(isLeftOut).map((v) => v.files[0]!.path))
  return { findings: findings.filter((f) => !left.has(f.file)).sort(compareFindings), variants: sources.variants.length + wordPaths.length - left.size }
}

/** A variant's language: its metadata's, or, when it did not resolve, its file name's. */
function languageOf(variant: ResolvedVariant): string | undefined {
  return variant.resolved?.root.lang ?? /^([a-z]{2})\.md$/.exec(basename(variant.files[0]!.path))?.[1]
}
