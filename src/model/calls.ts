// The known calls of ITU resolutions, opinions and ITU-D/ITU-R Recommendations, and
// whether each one is preambular (lettered a), b) …) or operative (numbered 1, 2 …).
// The printed words come from the locale (`calls.<key>`); this table is language-neutral.

export const preambularCalls = [
  'considering', 'considering-further', 'considering-also',
  'recalling', 'recalling-further', 'recalling-also',
  'noting', 'noting-further', 'noting-also', 'noting-with-concern', 'noting-with-appreciation', 'noting-with-satisfaction',
  'recognizing', 'recognizing-further', 'recognizing-also',
  'taking-into-account', 'taking-into-account-further',
  'bearing-in-mind', 'aware', 'conscious', 'convinced', 'emphasizing', 'acknowledging', 'reaffirming',
  'having-regard-to', 'mindful', 'welcoming', 'concerned', 'taking-note-of', 'further-recognizing',
] as const

export const operativeCalls = [
  'resolves', 'further-resolves', 'resolves-to-instruct', 'resolves-to-invite', 'resolves-to-request',
  'decides', 'instructs', 'further-instructs', 'invites', 'further-invites', 'requests', 'encourages', 'urges',
  'calls-upon', 'appeals-to', 'recommends', 'further-recommends', 'is-of-the-view', 'declares', 'endorses', 'approves',
] as const

export type PreambularCall = (typeof preambularCalls)[number]
export type OperativeCall = (typeof operativeCalls)[number]
export type CallKey = PreambularCall | OperativeCall
export const callKeys: readonly CallKey[] = [...preambularCalls, ...operativeCalls]

const operativeSet = new Set<string>(operativeCalls)
const knownSet = new Set<string>(callKeys)

export function isCallKey(name: string): name is CallKey {
  return knownSet.has(name)
}

export function callKind(key: CallKey): 'preambular' | 'operative' {
  return operativeSet.has(key) ? 'operative' : 'preambular'
}

// ------------------------------------------------------------ free-form calls by their phrase

/** The two phrase lists of a locale (`callPhrases`), beside its call labels. */
export interface CallPhrases { preambular: readonly string[]; operative: readonly string[] }

/**
 * A call phrase as it is compared: lower case, one space between words, typographic
 * apostrophes made plain, no trailing punctuation ("Further instructs," → "further instructs").
 */
export function normalizeCallPhrase(text: string, intl = 'en'): string {
  return text
    .toLocaleLowerCase(intl)
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,.;:،؛，；：]+$/u, '')
}

/** Every phrase a locale knows, normalised, with its kind: the call labels and the extra lists. */
export function callPhraseEntries(labels: Readonly<Record<CallKey, string>>, phrases: CallPhrases, intl = 'en'): Array<{ phrase: string; kind: 'preambular' | 'operative' }> {
  return [
    ...callKeys.map((key) => ({ phrase: normalizeCallPhrase(labels[key], intl), kind: callKind(key) })),
    ...phrases.preambular.map((phrase) => ({ phrase: normalizeCallPhrase(phrase, intl), kind: 'preambular' as const })),
    ...phrases.operative.map((phrase) => ({ phrase: normalizeCallPhrase(phrase, intl), kind: 'operative' as const })),
  ]
}

/** Phrases that end in a Han character are followed by more Han characters: no word boundary to look for. */
const han = /\p{Script=Han}$/u
const wordCharacter = /^[\p{L}\p{M}\p{N}]/u

/**
 * The kind of a free-form call from its leading phrase: the longest phrase of the locale that
 * the label starts with, as whole words ("resolves to instruct the Director of BDT" →
 * "resolves to instruct", operative); undefined when no phrase matches.
 */
export function classifyCallLabel(label: string, entries: ReadonlyArray<{ phrase: string; kind: 'preambular' | 'operative' }>, intl = 'en'): 'preambular' | 'operative' | undefined {
  const text = normalizeCallPhrase(label, intl)
  let best: { phrase: string; kind: 'preambular' | 'operative' } | undefined
  for (const entry of entries) {
    if (!entry.phrase || !text.startsWith(entry.phrase)) continue
    if (!han.test(entry.phrase) && wordCharacter.test(text.slice(entry.phrase.length))) continue
    if (!best || entry.phrase.length > best.phrase.length) best = entry
  }
  return best?.kind
}
