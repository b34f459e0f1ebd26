// Which variant is the original of a document, and whether a translation is still current.
// A translator records what they translated from with `itudoc translations --mark`, which
// writes `translated-from: <lang>:<hash>` into the variant's front matter; the hash is of the
// original's Markdown text, so any later edit of the original makes the translation stale.
import { createHash } from 'node:crypto'
import { firstDifference, landmarks, type Difference } from './landmarks.js'
import type { DocumentUnderTest, VariantUnderTest } from './rule.js'

/** `differs`: the variant's structure is not the original's, whatever its mark says. */
export type TranslationState = 'original' | 'current' | 'stale' | 'missing' | 'differs'

/**
 * The original-language variant: the one `original-language` names, else English, else the
 * first. Resolutions and opinions have no such field; conference texts are drafted in English.
 */
export function originalVariant(document: DocumentUnderTest): VariantUnderTest {
  const declared = document.variants.map((v) => v.resolved.metadata.meta['original-language']).find((l) => typeof l === 'string')
  return document.variants.find((v) => v.lang === declared) ?? document.variants.find((v) => v.lang === 'en') ?? document.variants[0]!
}

/** The mark of a text: its language and a short hash, insensitive to line-ending style only. */
export function translationMark(lang: string, text: string): string {
  const hash = createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16)
  return `${lang}:${hash}`
}

/** The state of `variant` given the original's current text. */
export function translationState(variant: { lang: string; mark: string | undefined }, original: { lang: string; text: string }): TranslationState {
  if (variant.lang === original.lang) return 'original'
  if (!variant.mark) return 'missing'
  return variant.mark === translationMark(original.lang, original.text) ? 'current' : 'stale'
}

/** The `translated-from` value a variant records, if any. */
export function recordedMark(variant: VariantUnderTest): string | undefined {
  const mark = variant.resolved.metadata.common['translated-from']
  return typeof mark === 'string' && mark ? mark : undefined
}

/** The first place where `variant` has another structure than `original`, if any. */
export function structureDifference(original: VariantUnderTest, variant: VariantUnderTest): Difference | undefined {
  const end = variant.resolved.root.position.end
  const expected = landmarks(original.resolved.root, String(original.file.value))
  return firstDifference(expected, landmarks(variant.resolved.root, String(variant.file.value)), { end: { start: end, end } })
}
