// Validate: resolve the sources exactly as build does, then run the validation rules over
// every variant that resolved. Build is the only stage that knows both the sources and the
// layout, so this is also where the page counter of the PDF layout is handed to the rules.
import type { Finding, Mode } from '../model/diagnostic.js'
import { compareFindings } from '../model/diagnostic.js'
import type { ValidateOptions, VariantUnderTest } from '../validate/rule.js'
import { validate } from '../validate/run.js'
import { resolveSources, type ResolvedVariant, type SourceOptions } from './sources.js'

export interface ValidateSourcesOptions extends SourceOptions {
  mode: Mode
  /** See ValidateOptions.today. */
  today?: string
  /**
   * Pages each variant lays out to. The PDF layout (src/layout/) provides it; until it is
   * wired in here, the page-limit rule does not run.
   */
  pageCount?: ValidateOptions['pageCount']
}

export interface ValidateResult {
  findings: Finding[]
  /** Variants read, whether or not they resolved. */
  variants: number
}

/** The current date, ISO: the clock is read here and in no rule. */
export function currentDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * The variant as the rules see it, if it resolved without error. A variant with errors is
 * not validated further: a container left open or a misspelt call would otherwise also be
 * reported as a missing call, a difference from the original, a punctuation slip …
 */
export function underTest(variant: ResolvedVariant): VariantUnderTest | undefined {
  const resolved = variant.resolved
  if (!resolved || variant.files.some((file) => file.messages.some((m) => m.fatal === true))) return undefined
  return { documentId: variant.document.id, lang: resolved.root.lang, file: variant.files[0]!, resolved }
}

export async function validateSources(options: ValidateSourcesOptions): Promise<ValidateResult> {
  const sources = await resolveSources(options)
  const variants = sources.variants.flatMap((v) => underTest(v) ?? [])
  const rules: ValidateOptions = {
    ...(options.today ? { today: options.today } : {}),
    ...(options.pageCount ? { pageCount: options.pageCount } : {}),
  }
  const findings = [...sources.findings, ...(await validate(variants, rules))].sort(compareFindings)
  return { findings, variants: sources.variants.length }
}
