// The embedding levels bidi-levels.ts resolves against plain bidi-js's, which it must give
// exactly (layout and the PDF's order depend on them): on every paragraph of the examples and
// a corpus in both directions, and on random strings of characters of every class it takes —
// numbers with separators and terminators, marks, brackets of several kinds (canonical
// equivalents among them), isolates (nested, unmatched, first-strong), tabs, paragraph
// separators, Arabic, Hebrew, Latin, Han, lone and paired surrogates. Text with an explicit
// embedding or override or a boundary neutral is left to bidi-js.
import bidiModule from 'bidi-js'
import { describe, expect, it } from 'vitest'
import { BidiLevels } from '../../../src/layout/inline/bidi-levels.js'
import { paragraphLevels } from '../../../src/layout/inline/bidi.js'
import { randomStrings, sourceParagraphs } from '../../bidi-texts.js'

const factory: typeof bidiModule.default = (bidiModule as unknown as { default?: typeof bidiModule.default }).default ?? (bidiModule as unknown as typeof bidiModule.default)
const plain = factory()
const resolver = new BidiLevels(plain)

const alphabet = [
  'a', 'Z', 'é', 'ب', 'ع', 'א', '中', '1', '9', '١', '۱', '+', '-', '$', '%', '#', '°', ',', '.', ':', '/', '\u00a0', ' ', ' ', '\t', '\n', '\u2029',
  '!', '"', '«', '»', '؛', '،', '\u064b', '\u0651', '\u0300', '(', ')', '[', ']', '{', '}', '\u2329', '\u232a', '\u3008', '\u3009', '\ufe59', '\ufe5a',
  '\u{1d7ce}', '\u{10900}', '\ud800', '\udc00', '\ufffc', '\u2066', '\u2067', '\u2068', '\u2069', '\u2069',
]
const others = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e']

function expectSame(text: string): void {
  for (const [dir, base] of [['ltr', 0], ['rtl', 1]] as const) {
    const ours = resolver.levels(text, base)
    const theirs = plain.getEmbeddingLevels(text, dir).levels
    if (ours === undefined) throw new Error(`not resolved: ${JSON.stringify(text)}`)
    if (!Buffer.from(ours).equals(Buffer.from(theirs))) expect([...ours], `${dir} ${JSON.stringify(text)}`).toEqual([...theirs])
  }
}

describe('embedding levels', () => {
  it('are bidi-js’s on the paragraphs of the examples and a corpus in every language', () => {
    const paragraphs = sourceParagraphs().filter((text) => !others.some((char) => text.includes(char)))
    expect(paragraphs.length).toBeGreaterThan(1000)
    for (const text of paragraphs) expectSame(text)
  })

  it('are bidi-js’s on random strings of every class they take', () => {
    for (const text of randomStrings(20000, alphabet)) expectSame(text)
    // Long strings: brackets nested past the 63 BD16 allows, numbers between separators.
    for (const text of randomStrings(300, [...alphabet, '(', '(', '(', ')', '1', ','], 400, 777)) expectSame(text)
    // BD16 stops at the 64th open bracket: the pairs found before it are resolved, no later one.
    for (const depth of [62, 63, 64]) for (const inside of ['ب', 'a']) expectSame(`a ${'['.repeat(depth)}(${inside})${']'.repeat(depth)} (${inside}) ب`)
    // Isolates nested past the deepest level (125), and list labels as Arabic documents isolate them.
    for (const depth of [61, 62, 63, 64]) expectSame(`ب ${'\u2067\u2066'.repeat(depth)}a 1 ب${'\u2069'.repeat(2 * depth + 1)} د`)
    expectSame('\u20661)\u2069\tالنص (ITU-D) 12 \u2066a)\u2069\n\u2068ب a\u2069 \u2068a ب\u2069')
    for (const text of ['', ' ', '\n', '\n\n', 'a\n', '\nب', '((((ب))))', '1,2.3', 'ب 1,2', 'a 1+2 ب', '(a)ب', 'ب(a)\u064b', '$1 ب', '١٢٣ 45']) expectSame(text)
  })

  it('leave text with explicit embeddings, overrides or boundary neutrals to bidi-js, which layout then asks', () => {
    for (const char of others) {
      expect(resolver.levels(`ب ${char} a 12`, 1)).toBeUndefined()
      for (const dir of ['ltr', 'rtl'] as const) {
        const text = `abc ${char}ب (12) د`
        expect([...paragraphLevels(text, dir).levels]).toEqual([...plain.getEmbeddingLevels(text, dir).levels])
      }
    }
  })
})
