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
