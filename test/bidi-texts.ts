// Texts that bidi code is checked on against plain bidi-js (test/pdf/bundled-bidi.test.ts,
// test/unit/layout/bidi-levels.test.ts): the paragraphs of the examples and of a generated
// corpus in every language, and random strings of characters of every bidi class.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusLanguages, writeCorpus } from '../bench/corpus.js'
import { root } from './bundled.js'

/** Paragraphs (blank-line separated, as the Markdown has them) of the examples and a 20-resolution corpus in every language. */
export function sourceParagraphs(): string[] {
  const corpus = mkdtempSync(join(tmpdir(), 'itudoc-bidi-texts-'))
  try {
    writeCorpus(corpus, { resolutions: 20, langs: corpusLanguages })
    const documents = join(root, 'sources', 'wtdc-25')
    const files = corpusLanguages.flatMap((lang) => [
      ...['res-digital-inclusion', 'final-report'].map((doc) => join(documents, doc, `${lang}.md`)),
      ...readdirSync(corpus).sort().map((resolution) => join(corpus, resolution, `${lang}.md`)),
    ])
    return files.flatMap((file) => readFileSync(file, 'utf8').split(/\n\s*\n/))
  } finally {
    rmSync(corpus, { recursive: true, force: true })
  }
}

/** Deterministic pseudo-random strings of 1 to `longest` characters drawn from `alphabet`. */
export function randomStrings(count: number, alphabet: readonly string[], longest = 40, seed = 12345): string[] {
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * longest) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))
}
