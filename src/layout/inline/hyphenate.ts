// Hyphenation of words too wide for their line (narrow table columns): where a word may
// break, by the TeX patterns of its language (the hyphen package). Latin words follow the
// document's language when it has patterns (French, Spanish) and English otherwise;
// Cyrillic words follow Russian. Arabic and Chinese are never hyphenated (ITU sets them
// without), nor is anything that is not a plain word: identifiers, numbers, URLs
// ("11.1002/1000/13074", "E.164", "ITU-T") and acronyms keep their characters together.
import { createRequire } from 'node:module'

/** Where a word may take a hyphen: offsets into the word, in increasing order. */
export type Hyphenator = (word: string) => readonly number[]

interface Patterns { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string }

/** Pattern modules by language; loaded on first use (each is 40–140 kB of patterns). */
const patternModules = { en: 'hyphen/en-us/index.js', fr: 'hyphen/fr/index.js', es: 'hyphen/es/index.js', ru: 'hyphen/ru/index.js' } as const
type PatternLanguage = keyof typeof patternModules

/** TeX's lefthyphenmin and righthyphenmin: at least two letters before a break, three after. */
const minBefore = 2
const minAfter = 3
/** A word: letters and marks only (an initial capital allowed, no digits, dots or slashes). */
const plainWord = /^\p{L}[\p{Ll}\p{M}]+$/u
const cyrillic = /\p{Script=Cyrillic}/u
const latin = /^\p{Script=Latin}/u
const mark = '\u2027'

/**
 * Hyphenators by the patterns of their Latin words: one per process, so that table cells,
 * which repeat their words across the documents of a build, hyphenate each word once.
 */
const hyphenators = new Map<PatternLanguage, Hyphenator>()

/** The hyphenator of a document's language (its answers are shared: never change them). */
export function hyphenatorFor(lang: string): Hyphenator {
  const latinLanguage: PatternLanguage = lang === 'fr' || lang === 'es' ? lang : 'en'
  let hyphenator = hyphenators.get(latinLanguage)
  if (!hyphenator) hyphenators.set(latinLanguage, (hyphenator = makeHyphenator(latinLanguage)))
  return hyphenator
}

function makeHyphenator(latinLanguage: PatternLanguage): Hyphenator {
  const require = createRequire(import.meta.url)
  // Node's module cache keeps each pattern set once loaded.
  const patterns = (language: PatternLanguage): Patterns => require(patternModules[language]) as Patterns
  const known = new Map<string, readonly number[]>()
  return (word) => {
    if (word.length < minBefore + minAfter || !plainWord.test(word)) return []
    let breaks = known.get(word)
    if (!breaks) {
      breaks = hyphenateWord(word)
      known.set(word, breaks)
    }
    return breaks
  }

  function hyphenateWord(word: string): number[] {
    const language = cyrillic.test(word) ? 'ru' : latin.test(word) ? latinLanguage : undefined
    if (!language) return []
    const marked = patterns(language).hyphenateSync(word, { hyphenChar: mark, minWordLength: minBefore + minAfter })
    const breaks: number[] = []
    let offset = 0
    for (const char of marked) {
      if (char === mark) {
        if (offset >= minBefore && word.length - offset >= minAfter) breaks.push(offset)
      } else offset += char.length
    }
    return breaks
  }
}

/** A token that is one word with punctuation around it ("(Proposed),"): the punctuation, the word. */
const wordInToken = /^([^\p{L}\p{N}]*)(\p{L}[\p{L}\p{M}]*)[^\p{L}\p{N}]*$/u

/** Where a token between spaces may take a hyphen: offsets into the token, none unless it is one word. */
export function tokenBreaks(token: string, hyphenate: Hyphenator): number[] {
  const word = wordInToken.exec(token)
  if (!word) return []
  const at = word[1]!.length
  return hyphenate(word[2]!).map((offset) => at + offset)
}
