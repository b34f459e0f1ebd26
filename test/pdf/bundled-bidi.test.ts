// bidi-js as scripts/bundle.js compiles it into the bundles (scripts/bundled-bidi.js): the
// same character types and the same embedding levels as plain bidi-js, on the paragraphs of
// the examples and of the benchmark corpus in every language, in either direction, and on
// random strings of characters of every bidi type.
import bidiModule from 'bidi-js'
import { beforeAll, describe, expect, it } from 'vitest'
import { randomStrings, sourceParagraphs } from '../bidi-texts.js'
import { runBundled } from '../bundled.js'

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

/** A character of each bidi type, and some that mix them with numbers, marks and isolates. */
const typed = ['a', 'ب', 'א', '1', '١', '۱', '+', '$', ',', '\n', '\t', ' ', '!', '\u200b', '\u064b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '(', ')', '\u{1d7ce}', '\u{10900}', '\ud800']

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
    const texts = [...sourceParagraphs(), ...randomStrings(3000, typed)]
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
