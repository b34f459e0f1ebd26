// The variants a build or a check works on: the documents found under the paths given, and
// each of their language variants asked for, not yet read. Light on purpose: a build first
// lists variants to see which changed, and loads the parser only for those.
import { dirname, join, relative } from 'node:path'
import { VFile } from 'vfile'
import { report, toFinding, type Finding, type Rule } from '../model/diagnostic.js'
import { sourceRules } from '../model/rules.js'
import { discover, outsideRoot, type DiscoveredDocument } from './discover.js'
import { RefusedError } from './refusal.js'
import type { SourceOptions } from './sources.js'

/** Where a finding about a whole file points: its start. */
export const origin = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** One language variant of a document, not yet read. */
export interface VariantRef {
  document: DiscoveredDocument
  /** From the file name (fr.md); undefined for a single-file document. */
  lang?: string
  path: string
}

/** Discover the documents under the paths and list their variants in the languages asked for. */
export function listVariants(options: SourceOptions): { refs: VariantRef[]; findings: Finding[] } {
  const outside = outsideRoot(options.paths, options.root)
  if (outside.length) throw new RefusedError(`"${outside[0]}" is outside the sources root "${options.root}" (--root): outputs mirror the folders below the root`)
  const { documents, missing, problems } = discover(options.paths, options.root)
  const findings: Finding[] = []
  const fail = <D extends object>(path: string, rule: Rule<D>, data: D): void => {
    const file = new VFile({ path })
    report(file, rule, { position: origin }, data)
    findings.push(...file.messages.map((m) => toFinding(m, path)))
  }
  for (const path of missing) fail(path, sourceRules.missingFile, { path })
  for (const problem of problems) {
    const path = relative(process.cwd(), problem.path) || problem.path
    if (problem.status === 'escape') fail(path, sourceRules.pathEscape, { path })
    else fail(path, sourceRules.unreadable, { path, reason: problem.reason ?? '' })
  }
  const refs: VariantRef[] = []
  for (const document of documents) {
    if (document.variants.length === 0 && document.shared) fail(relative(process.cwd(), document.shared), sourceRules.missingFile, { path: join(dirname(document.shared), '<lang>.md') })
    for (const variant of document.variants) {
      if (variant.lang && options.langs && !options.langs.includes(variant.lang)) continue
      refs.push({ document, path: variant.path, ...(variant.lang ? { lang: variant.lang } : {}) })
    }
  }
  return { refs, findings }
}
