// The width table (fonts/widths.ts) against the Map keyed by sliced strings it replaced: the
// same width for every stretch asked, found in place, through collisions and growth; and a
// face's widths (fonts/face.ts) against fontkit's own advance of the same shaped text.
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import { loadFace } from '../../../src/layout/fonts/face.js'
import { shapeText } from '../../../src/layout/fonts/shaping.js'
import { WidthTable, hashOf, hashSeed, hashStep, maxProbes } from '../../../src/layout/fonts/widths.js'

describe('width table', () => {
  it('finds what was added, by a stretch of any text, and nothing else', () => {
    const table = new WidthTable()
    const plain = new Map<string, number>()
    // Enough texts to grow the table several times; many share prefixes and lengths.
    const texts = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919) % 4999}${'é'.repeat(i % 5)} `)
    texts.push('', 'مرحبا ', '\u{20000}\u{20001}', '\ud800')
    for (const [i, text] of texts.entries()) {
      if (plain.has(text)) continue
      expect(table.find(text, 0, text.length, hashOf(text, 0, text.length))).toBeNaN()
      table.add(text, hashOf(text, 0, text.length), i / 7)
      plain.set(text, i / 7)
    }
    const joined = texts.join('|')
    let from = 0
    for (const text of texts) {
      expect(table.find(joined, from, from + text.length, hashOf(joined, from, from + text.length))).toBe(plain.get(text))
      from += text.length + 1
    }
    for (const absent of ['w', 'w1', 'x0 ', 'w0  ', 'مرحبا']) expect(table.find(absent, 0, absent.length, hashOf(absent, 0, absent.length))).toBeNaN()
  })

  it('keeps lookups short when a source makes many texts share one hash, and never answers another text\'s width', () => {
    const table = new WidthTable()
    const texts = Array.from({ length: 20_000 }, (_, i) => `collide${i}`)
    // Every text with the same hash, as crafted words could have: each add and find looks at
    // no more than maxProbes slots, so this is linear, where unbounded probing was quadratic.
    for (const [i, text] of texts.entries()) if (Number.isNaN(table.find(text, 0, text.length, 42))) table.add(text, 42, i)
    let kept = 0
    for (const [i, text] of texts.entries()) {
      const width = table.find(text, 0, text.length, 42)
      if (!Number.isNaN(width)) {
        expect(width).toBe(i)
        kept++
      }
    }
    expect(kept).toBe(maxProbes)
    // Texts of other hashes are kept as before.
    table.add('other', hashOf('other', 0, 5), 0.5)
    expect(table.find('other', 0, 5, hashOf('other', 0, 5))).toBe(0.5)
  })

  it('hashes a stretch step by step as hashOf does', () => {
    const text = 'abc مرحبا 漢字'
    let hash = hashSeed
    for (let i = 2; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i))
    expect(hash | 0).toBe(hashOf(text, 2, text.length) | 0)
  })
})

describe('face widths', () => {
  it('are the shaped advance of each chunk, summed in order', () => {
    const samples = ['The quick brown fox, jumps over the lazy dog. ', 'AV To Wa\tkerning  double  spaces', 'مرحبا بالعالم ١٢٣', '漢字 和 かな。', '国际电信联盟，决议。1号', '']
    // A chunk ends after a space or a tab, and after an ideograph that another follows.
    const chunks = /[^ \t]*?(?:[ \t]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]))|[^ \t]+$/g
    expect('国际电信联盟，决议。1号 ab'.match(chunks)).toEqual(['国', '际', '电', '信', '联', '盟，决', '议。1号 ', 'ab'])
    for (const input of faceInputs()) {
      const face = loadFace(input)
      for (const text of samples) {
        let expected = 0
        for (const chunk of text.match(chunks) ?? []) expected += face.runWidth(chunk)
        expect(face.chunkedWidth(text)).toBe(expected)
        expect(face.chunkedWidth(`xx${text}yy`, 2, 2 + text.length)).toBe(expected)
      }
    }
  })

  it('chunkedWidths gives a word with its spaces and the word alone as chunkedWidth does', () => {
    const words = ['word ', 'AV  ', 'a\tb ', 'x', 'fin.   ', 'W. Ta ', '\t ', 'مرحبا ']
    for (const input of faceInputs()) {
      const face = loadFace(input)
      for (const word of words) {
        const text = `(${word}|`
        const to = 1 + word.length
        let inner = to
        while (inner > 1 && text[inner - 1] === ' ') inner--
        const out = { inner: NaN }
        expect(face.chunkedWidths(text, 1, inner, to, out)).toBe(face.chunkedWidth(text, 1, to))
        expect(out.inner).toBe(face.chunkedWidth(text, 1, inner))
      }
    }
  })

  it('runWidth is fontkit advance over units per em', () => {
    for (const input of faceInputs().slice(0, 3)) {
      const face = loadFace(input)
      for (const text of ['Hello, world ', 'office ffi']) {
        const font = (face as unknown as { font: Parameters<typeof shapeText>[0] }).font
        expect(face.runWidth(text)).toBe(shapeText(font, text).advanceWidth / font.unitsPerEm)
      }
    }
  })
})
