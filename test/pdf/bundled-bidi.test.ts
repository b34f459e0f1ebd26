// bidi-js as scripts/bundle.js compiles it into the bundles (scripts/bundled-bidi.js): the
// same character types and the same embedding levels as plain bidi-js, on the paragraphs of
// the examples and of the benchmark corpus in every language, in either direction, and on
// random strings of characters of every bidi type.
import bidiModule from 'bidi-js'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusLanguages, writeCorpus } from '../../bench/corpus.js'
import { root, runBundled } from '../bundled.js'

type Bidi = ReturnType<typeof bidiModule.default>
// The UMD main as layout imports it (src/layout/inline/bidi.ts says why).
const plainFactory: typeof bidiModule.default = (bidiModule as unknown as { default?: typeof bidiModule.default }).default ?? (bidiModule as unknown as typeof bidiModule.default)
const plain = plainFactory()
let patched: Bidi

beforeAll(async () => {
  const { exports, code } = await runBundled<{ bidiFactory: typeof bidiModule.default }>('bundled-bidi.js', 'bundledBidi', "import bidiFactory from 'bidi-js'\nexport { bidiFactory }\n")
  expect(code).toContain('new TypeCounts()')
  patched = exports.bidiFactory()
})

const corpus = mkdtempSync(join(tmpdir(), 'itudoc-bundled-bidi-'))
writeCorpus(corpus, { resolutions: 20, langs: corpusLanguages })
afterAll(() => rmSync(corpus, { recursive: true, force: true }))

/** Paragraphs (blank-line separated, as the Markdown has them) of the examples and the corpus in every language. */
function paragraphs(): string[] {
  const documents = join(root, 'sources', 'wtdc-25')
  const files = corpusLanguages.flatMap((lang) => [
    ...['res-digital-inclusion', 'final-report'].map((doc) => join(documents, doc, `${lang}.md`)),
    ...readdirSync(corpus).sort().map((resolution) => join(corpus, resolution, `${lang}.md`)),
  ])
  return files.flatMap((file) => readFileSync(file, 'utf8').split(/\n\s*\n/))
}

/** A character of each bidi type, and some that mix them with numbers, marks and isolates. */
const typed = ['a', 'ب', 'א', '1', '١', '۱', '+', '$', ',', '\n', '\t', ' ', '!', '\u200b', '\u064b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '(', ')', '\u{1d7ce}', '\u{10900}', '\ud800']

/** Deterministic pseudo-random strings of `typed` characters. */
function randomStrings(count: number): string[] {
  let seed = 12345
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 40) }, () => typed[Math.floor(next() * typed.length)]).join(''))
}

describe('bidi-js in the bundles', () => {
  it('gives every character the type plain bidi-js gives', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 97) {
      const char = String.fromCodePoint(code)
      if (patched.getBidiCharType(char) !== plain.getBidiCharType(char)) differing.push(code)
    }
    expect(differing).toEqual([])
    expect(patched.getBidiCharType('')).toBe(plain.getBidiCharType(''))
  })

  it('gives the paragraphs of the examples and the corpus, and random strings, the levels plain bidi-js gives', () => {
    const texts = [...paragraphs(), ...randomStrings(3000)]
    for (const direction of ['ltr', 'rtl', 'auto'] as const) {
      for (const text of texts) {
        const ours = patched.getEmbeddingLevels(text, direction)
        const theirs = plain.getEmbeddingLevels(text, direction)
        expect(ours.paragraphs).toEqual(theirs.paragraphs)
        expect(Buffer.from(ours.levels).equals(Buffer.from(theirs.levels)), text).toBe(true)
      }
    }
  })
})
