import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMap, isPair, isScalar, parseDocument } from 'yaml'
import { corpusLanguages, writeCorpus } from '../../../bench/corpus.js'
import { readFlatYaml } from '../../../src/resolve/flat-yaml.js'
import { parseYamlSource } from '../../../src/resolve/yaml-source.js'

/** What the yaml package makes of a text: its value and each top-level key's [start, end). */
function byYaml(text: string): { value: unknown; errors: number; keys: Map<string, [number, number]> } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  const keys = new Map<string, [number, number]>()
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) if (isPair(pair) && isScalar(pair.key)) keys.set(String(pair.key.value), [pair.key.range![0], pair.key.range![1]])
  }
  return { value: doc.errors.length ? undefined : doc.toJS(), errors: doc.errors.length, keys }
}

/** The flat reader either declines or agrees with the yaml package, value and key positions. */
function expectAgreement(text: string): boolean {
  const flat = readFlatYaml(text)
  if (!flat) return false
  const yaml = byYaml(text)
  expect(yaml.errors, text).toBe(0)
  expect(flat.value, text).toEqual(yaml.value)
  expect(Object.keys(flat.value), text).toEqual(Object.keys(yaml.value as object))
  for (const [key, { start, length }] of flat.keys) expect([start, start + length], `${text} / ${key}`).toEqual(yaml.keys.get(key))
  return true
}

/** Every document.yaml and every front matter below `dir`. */
function yamlTexts(dir: string): string[] {
  const texts: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name
    const path = join(dir, name)
    if (entry.isDirectory()) texts.push(...yamlTexts(path))
    else if (!entry.isFile()) continue
    else if (name === 'document.yaml') texts.push(readFileSync(path, 'utf8'))
    else if (name.endsWith('.md')) {
      const front = /^---\n([\s\S]*?\n)---\n/.exec(readFileSync(path, 'utf8'))
      if (front) texts.push(front[1]!)
    }
  }
  return texts
}

const tricky = [
  '0', '00', '007', '12', '123456789012345', '1234567890123456', '-1', '+1', '1.5', '1.', '.5', '1e3', '0x1F', '0o17', '.inf', '-.inf', '.nan',
  'true', 'True', 'TRUE', 'false', 'False', 'yes', 'no', 'on', 'off', 'y', 'n', 'null', 'Null', 'NULL', '~', '',
  '2026-01-01', '12:30', 'a: b', 'a:b', 'a #b', 'a#b', 'a:', 'a :b', 'http://example.org/a?b=c&d', 'C#', 'en:ec7d5f45ead846eb',
  '"quoted # not a comment"', "'single'", '"with \\"escape\\""', '"back\\\\slash"', "'it''s'", "'back\\slash'", '"a" # c', '"a"  ', '""', "''", '"', "'", '"open', "'open",
  '[a, b]', '{a: 1}', '- item', '? x', '&anchor x', '*alias', '!tag x', '|', '>', '%x', '@x', '`x`', ',x', 'x,', 'x, y', 'Geneva (2026),', '(Geneva)',
  'القرارات', 'إن المؤتمر العالمي لتنمية الاتصالات (باكو، 2025)،', '决议', '世界电信发展大会（2026年，日内瓦），', 'Résolutions', 'Резолюции', '٢٠٢٦', '²', 'Ⅻ',
  'a\tb', 'a\ud800b', 'a\udc00b', 'a😀b', '😀', 'a\u2028b', 'a\u0085b', 'a\ufeffb', 'x\u00a0', 'end ', 'a - b', 'a-b', 'R. Placeholder', 'SG1RGQ/LS/12', '5/1', 'E.108.1',
]

describe('readFlatYaml', () => {
  it('agrees with the yaml package on every document.yaml and front matter of the examples, the tests and the bench corpus', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'itudoc-flat-yaml-'))
    let texts: string[]
    try {
      writeCorpus(corpus, { resolutions: 8, langs: [...corpusLanguages] })
      texts = [...yamlTexts('sources'), ...yamlTexts('test'), ...yamlTexts(corpus)]
    } finally {
      rmSync(corpus, { recursive: true, force: true })
    }
    let read = 0
    for (const text of texts) if (expectAgreement(text)) read++
    // Most of them are flat: the reader is there to take them.
    expect(read).toBeGreaterThan(texts.length / 2)
  })

  it('reads a typical document.yaml and a translated front matter', () => {
    expect(readFlatYaml('template: resolution\nbody: WTDC\nnumber: 96\nrevised: true\nyear: 2025\nbody-short: WTDC-25\n')?.value)
      .toEqual({ template: 'resolution', body: 'WTDC', number: 96, revised: true, year: 2025, 'body-short': 'WTDC-25' })
    const front = 'place: باكو\ntitle: "الشمول الرقمي"\nconvening: إن المؤتمر (باكو، 2025)،\ntranslated-from: en:ec7d5f45ead846eb\n'
    expect(readFlatYaml(front)?.value).toEqual({ place: 'باكو', title: 'الشمول الرقمي', convening: 'إن المؤتمر (باكو، 2025)،', 'translated-from': 'en:ec7d5f45ead846eb' })
    expect(expectAgreement(front)).toBe(true)
  })

  it('declines or agrees on each tricky value, key and line', () => {
    let read = 0
    for (const value of tricky) {
      if (expectAgreement(`key: ${value}\n`)) read++
      expectAgreement(`a: 1\nkey:  ${value}\nb: x`)
      expectAgreement(`${value}: x\n`)
    }
    expect(read).toBeGreaterThan(20)
    for (const text of ['a: 1\na: 2\n', 'a: 1\n  b: 2\n', 'a:\n  - x\n', '---\na: 1\n', 'a: 1\n...\n', '# only a comment\n', '', '\n', 'a: 1\r\nb: 2\r\n', 'a: 1 # why\n', '__proto__: x\n', 'constructor: x\n', 'true: x\n', ' a: 1\n', 'a : 1\n', '%YAML 1.2\n---\na: 1\n']) {
      expectAgreement(text)
    }
    expect(readFlatYaml('a: 1\na: 2\n')).toBeUndefined()
    expect(readFlatYaml('# a comment\n\na: x # not flat\n')).toBeUndefined()
    expect(expectAgreement('# a comment\n\na: x\n\n# another\nb: 2\n')).toBe(true)
  })

  it('declines or agrees on random lines made of YAML\'s troublesome characters', () => {
    const pieces = ['a', 'B', 'z9', '0', '7', ' ', ' ', ':', ': ', '#', ' #', '"', "'", '\\', '-', '.', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '?', 'é', 'ب', '决', '١', 'e3', 'x', 'true', 'null']
    let seed = 12345
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n)
    let read = 0
    for (let i = 0; i < 4000; i++) {
      const lines = Array.from({ length: 1 + random(3) }, (_, k) => `k${k}${random(2) ? '' : '-x'}:${' '.repeat(1 + random(2))}${Array.from({ length: 1 + random(5) }, () => pieces[random(pieces.length)]).join('')}`)
      if (expectAgreement(`${lines.join('\n')}\n`)) read++
    }
    expect(read).toBeGreaterThan(200)
  })

  it('gives parseYamlSource the positions the yaml package gives, in file coordinates', () => {
    const text = 'template: resolution\nnumber: 7\n'
    const flat = parseYamlSource(text, { line: 3, column: 1, offset: 10 })
    expect(flat.errors).toEqual([])
    expect(flat.positionOf(['number'])).toEqual({ start: { line: 4, column: 1, offset: 31 }, end: { line: 4, column: 7, offset: 37 } })
    expect(flat.positionOf(['number', 'deeper'])).toEqual(flat.positionOf(['number']))
    expect(flat.positionOf(['missing']).start).toEqual({ line: 3, column: 1, offset: 10 })
  })
})
