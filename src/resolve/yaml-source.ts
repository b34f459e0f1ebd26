// YAML with positions: parse a YAML text once and answer "where is key a.b[0].c?" so that
// schema errors point at the offending key's line, in document.yaml or in front matter.
import type { Position } from 'unist'
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'

export interface YamlSource {
  /** The parsed value (plain JS), or undefined when the text has syntax errors. */
  value: unknown
  errors: Array<{ message: string; position: Position }>
  /** Position of the key at `path` (or of its closest existing ancestor). */
  positionOf(path: ReadonlyArray<string | number>): Position
}

/**
 * Parse `text`, which starts at `origin` (line/column/offset of its first character) in its
 * file; all positions are reported in file coordinates.
 */
export function parseYamlSource(text: string, origin: { line: number; column: number; offset: number }): YamlSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position['start'] => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: origin.line + line - 1, column: line === 1 ? origin.column + col - 1 : col, offset: origin.offset + offset }
  }
  const span = (range: readonly number[] | null | undefined): Position =>
    range ? { start: at(range[0]!), end: at(range[1]!) } : { start: at(0), end: at(0) }

  const errors = doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, position: span(e.pos) }))
  const whole = span([0, 0])

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

  return { value: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }), errors, positionOf }
}
