// YAML with positions: parse a YAML text once and answer "where is key a.b[0].c?" so that
// schema errors point at the offending key's line, in document.yaml or in front matter.
import type { Position } from 'unist'
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node as YamlNode, type Pair } from 'yaml'
import { linesOf, rangeIndexAt } from '../model/ranges.js'
import { readFlatYaml } from './flat-yaml.js'

export interface YamlSource {
  /** The parsed value (plain JS), or undefined when the text has syntax errors. */
  value: unknown
  /** Syntax errors, and (kind "limit") resource limits passed: too large, too deep, too many aliases. */
  errors: Array<{ message: string; position: Position; kind?: 'limit' }>
  /** Keys that name JavaScript's object machinery (__proto__, constructor, prototype), wherever they are. */
  reservedKeys: Array<{ key: string; path: Array<string | number>; position: Position }>
  /** Position of the key at `path` (or of its closest existing ancestor). */
  positionOf(path: ReadonlyArray<string | number>): Position
}

const reserved = ['__proto__', 'constructor', 'prototype']

/** The key path of a pair, from the ancestors yaml's visitor passes. */
function pathOf(ancestors: readonly unknown[], pair: Pair): Array<string | number> {
  const path: Array<string | number> = []
  const chain = [...ancestors, pair]
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1]
    const node = chain[i]
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value))
    else if (isSeq(parent)) path.push(parent.items.indexOf(node as YamlNode))
  }
  return path
}

/**
 * Parse `text`, which starts at `origin` (line/column/offset of its first character) in its
 * file; all positions are reported in file coordinates.
 */
export function parseYamlSource(text: string, origin: { line: number; column: number; offset: number }): YamlSource {
  // Lines counted from the text itself: yaml's LineCounter hears of the newlines its parser
  // reads, and recovering from a syntax error it skips some (a plain scalar over two lines in
  // a broken flow collection), so the errors after one were put lines too high.
  const lines = linesOf(text)
  const at = (offset: number): Position['start'] => {
    const index = rangeIndexAt(lines, offset)
    const column = offset - lines[index]!.start + 1
    return { line: origin.line + index, column: index === 0 ? origin.column + column - 1 : column, offset: origin.offset + offset }
  }
  const span = (range: readonly number[] | null | undefined): Position =>
    range ? { start: at(range[0]!), end: at(range[1]!) } : { start: at(0), end: at(0) }

  const flat = readFlatYaml(text)
  if (flat) {
    // A key's position, as yaml gives it: a flat mapping has nothing deeper to point at.
    const positionOf = (path: ReadonlyArray<string | number>): Position => {
      const key = path.length ? flat.keys.get(String(path[0])) : undefined
      return key ? span([key.start, key.start + key.length]) : span([0, 0])
    }
    return { value: flat.value, errors: [], reservedKeys: [], positionOf }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  const errors: YamlSource['errors'] = doc.errors.map((e) => ({
    message: e.code === 'RESOURCE_EXHAUSTION' ? 'is nested too deep to be read' : e.message.split('\n')[0]!,
    position: span(e.pos),
    ...(e.code === 'RESOURCE_EXHAUSTION' ? { kind: 'limit' as const } : {}),
  }))
  const whole = span([0, 0])
  const reservedKeys: YamlSource['reservedKeys'] = []
  let firstAlias: Position | undefined
  if (!errors.length) {
    visit(doc, {
      Alias: (_, node) => void (firstAlias ??= span(node.range)),
      Pair: (_, pair, path) => {
        if (isScalar(pair.key) && reserved.includes(String(pair.key.value))) {
          reservedKeys.push({ key: String(pair.key.value), path: pathOf(path, pair), position: span(pair.key.range) })
        }
      },
    })
  }

  function positionOf(path: ReadonlyArray<string | number>): Position {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null
    let best: Position = whole
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment)
        if (!pair) return best
        best = span((pair.key as YamlNode).range)
        node = pair.value as YamlNode | null
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined
        if (!item) return best
        best = span(item.range)
        node = item
      } else return best
    }
    return best
  }

  let value: unknown
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      // toJS throws on aliases: an anchor used before it is set, or a "billion laughs" bomb.
      const message = (error as Error).message
      const position = firstAlias ?? whole
      errors.push(/Excessive alias count/.test(message) ? { message: 'repeats its aliases too often (more than 100 copies)', position, kind: 'limit' } : { message: message.split('\n')[0]!, position })
    }
  }
  return { value, errors, reservedKeys, positionOf }
}
