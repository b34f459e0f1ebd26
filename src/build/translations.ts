// `itudoc translations`: the state of every translation of every multi-language document
// (current, stale, or never marked), and `--mark`, which records in each translation's front
// matter the original text it now matches. The states come from validate/translations.ts,
// the same code the translation/stale rule uses.
import { readFileSync } from 'node:fs'
import type { Finding } from '../model/diagnostic.js'
import type { DocumentUnderTest, VariantUnderTest } from '../validate/rule.js'
import { groupDocuments } from '../validate/run.js'
import { originalVariant, recordedMark, structureDifference, translationMark, translationState, type TranslationState } from '../validate/translations.js'
import { resolveSources, type SourceOptions } from './sources.js'
import { writeAtomic } from './write.js'

export interface TranslationEntry {
  /** The variant's Markdown file, as displayed in findings. */
  file: string
  document: string
  lang: string
  state: TranslationState
  /** The original's file. */
  original: string
  /** For a variant whose structure differs: where (line:column) and how. */
  difference?: string
}

export interface TranslationReport { entries: TranslationEntry[]; findings: Finding[] }

async function multilingual(options: Omit<SourceOptions, 'langs'>): Promise<{ documents: ReturnType<typeof groupDocuments>; findings: Finding[] }> {
  const sources = await resolveSources(options)
  const variants: VariantUnderTest[] = sources.variants.flatMap((v) =>
    v.resolved ? [{ documentId: v.document.id, lang: v.resolved.root.lang, file: v.files[0]!, resolved: v.resolved }] : [])
  return { documents: groupDocuments(variants).filter((d) => d.variants.length > 1), findings: sources.findings }
}

/**
 * The state of one variant: a variant whose structure differs from the original's is never
 * current, even when marked against the original's present text (the mark records what the
 * translator meant to translate, not that every clause, definition and item made it across).
 */
function stateOf(document: DocumentUnderTest, original: VariantUnderTest, variant: VariantUnderTest): Pick<TranslationEntry, 'state' | 'difference'> {
  const state = translationState({ lang: variant.lang, mark: recordedMark(variant) }, { lang: original.lang, text: String(original.file.value) })
  const difference = state === 'original' || !document.complete ? undefined : structureDifference(original, variant)
  if (!difference) return { state }
  const { line, column } = difference.position.start
  return { state: 'differs', difference: `${line}:${column}: ${difference.description}` }
}

/** The state of every variant of every multi-language document (those in `langs`, if given). */
export async function translationStatus(options: Omit<SourceOptions, 'langs'>, langs?: readonly string[]): Promise<TranslationReport> {
  const { documents, findings } = await multilingual(options)
  const entries = documents.flatMap((document) => {
    const original = originalVariant(document)
    return document.variants.filter((v) => !langs || langs.includes(v.lang)).map((variant) => ({
      file: variant.file.path,
      document: document.id,
      lang: variant.lang,
      ...stateOf(document, original, variant),
      original: original.file.path,
    }))
  })
  return { entries, findings }
}

/**
 * `text` with `key: value` set in its YAML front matter: the key's line replaced if it is
 * there, added before the closing `---` if not, a front matter block added if there is none.
 */
export function setFrontMatterKey(text: string, key: string, value: string): string {
  const line = `${key}: ${value}`
  const front = /^---\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text)
  if (!front || front.index !== 0) return `---\n${line}\n---\n\n${text}`
  const yaml = front[1]!
  const bodyStart = front[0].indexOf('\n') + 1
  const existing = new RegExp(`^${key}:.*$`, 'm')
  const updated = existing.test(yaml) ? yaml.replace(existing, line) : `${yaml}${line}\n`
  return text.slice(0, bodyStart) + updated + text.slice(bodyStart + yaml.length)
}

/**
 * Mark every translation (or those in `langs`) as translated from its original's current
 * text. All variants are read whatever `langs` says: the original is needed to mark the others.
 * A variant whose structure differs from the original's is not marked (`refused`): it is not
 * a translation of that text yet.
 */
export async function markTranslations(options: Omit<SourceOptions, 'langs'>, langs?: readonly string[]): Promise<{ marked: TranslationEntry[]; refused: TranslationEntry[]; findings: Finding[] }> {
  const { documents, findings } = await multilingual(options)
  const marked: TranslationEntry[] = []
  const refused: TranslationEntry[] = []
  for (const document of documents) {
    const original = originalVariant(document)
    const mark = translationMark(original.lang, String(original.file.value))
    for (const variant of document.variants) {
      if (variant === original || (langs && !langs.includes(variant.lang))) continue
      const entry = { file: variant.file.path, document: document.id, lang: variant.lang, original: original.file.path }
      const state = stateOf(document, original, variant)
      if (state.state === 'differs') refused.push({ ...entry, ...state })
      if (state.state === 'differs' || recordedMark(variant) === mark) continue
      const path = variant.file.history[0]!
      writeAtomic(path, setFrontMatterKey(readFileSync(path, 'utf8'), 'translated-from', mark))
      marked.push({ ...entry, state: 'current' })
    }
  }
  return { marked, refused, findings }
}
