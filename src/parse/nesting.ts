// Nesting limits. Lists, block quotes and ::: containers nested hundreds of levels deep make
// the Markdown parser take minutes (its container handling is quadratic in the depth) and
// every recursive pass after it overflow the stack. So the depth is measured twice before
// anything recursive runs: first on the text, line by line, with a count that never
// underestimates a normal source, so that the parser never sees a pathological one; then on
// the parsed tree, without recursion, counting every level exactly (emphasis and links too).
import type { Root } from 'mdast'
import type { Point } from 'unist'

/** The deepest nesting accepted: levels of lists, quotes, containers, footnotes and inline marks together. */
export const nestingLimit = 50

const fence = /^ {0,3}(`{3,}|~{3,})/
const containerOpen = /^\s*(:{3,})\s*[A-Za-z]/
const containerClose = /^\s*:{3,}\s*$/
// One container marker at the start of what is left of a line: a block quote or a list item.
const marker = /^( {0,3}>[ \t]?| {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/

/**
 * The first line whose nesting, counted on the text, passes the limit. Each `>`, each list
 * marker and each open ::: container is a level; a line indented into a list item keeps that
 * item's levels. Lines inside fenced code are not counted.
 */
export function deepLineOf(source: string, limit = nestingLimit): number | undefined {
  const containers: number[] = []
  // Content columns of the list items open, innermost last.
  const items: number[] = []
  let inFence: string | undefined
  let previousBlank = true
  let line = 0
  let start = 0
  while (start <= source.length) {
    const end = source.indexOf('\n', start)
    const text = source.slice(start, end < 0 ? source.length : end)
    line += 1
    start = end < 0 ? source.length + 1 : end + 1
    const opened = fence.exec(text)?.[1]
    if (inFence) {
      if (opened && opened[0] === inFence[0] && opened.length >= inFence.length) inFence = undefined
      continue
    }
    if (opened) {
      inFence = opened
      continue
    }
    const blank = !text.trim()
    if (containerOpen.test(text)) containers.push(line)
    else if (containerClose.test(text)) containers.pop()
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length
    // A line that may continue a paragraph lazily keeps every item open; any other line
    // closes the items it is not indented into.
    if (!blank && (previousBlank || marker.test(text.slice(indent)))) while (items.length && items[items.length - 1]! > indent) items.pop()
    let rest = text.slice(/^[ \t]*/.exec(text)![0].length)
    let column = indent
    let quotes = 0
    for (let found = marker.exec(rest); found; found = marker.exec(rest)) {
      column += found[0].length
      rest = rest.slice(found[0].length)
      if (found[0].trimStart().startsWith('>')) quotes += 1
      else items.push(column)
    }
    if (items.length + quotes + containers.length > limit) return line
    if (!blank) previousBlank = false
    else previousBlank = true
  }
  return undefined
}

/** The start of the first node of the tree nested deeper than the limit (counted without recursion). */
export function deepNodeOf(tree: Root, limit = nestingLimit): Point | undefined {
  // A list and its items are one level, as are a table, its rows and cells.
  const free = new Set(['root', 'list', 'table', 'tableRow', 'paragraph', 'heading'])
  const stack: Array<{ node: Root | Root['children'][number]; depth: number }> = [{ node: tree, depth: 0 }]
  let first: Point | undefined
  while (stack.length) {
    const { node, depth } = stack.pop()!
    // Leaves (text, code, images) hold nothing: only what nests counts.
    const level = depth + (free.has(node.type) || !('children' in node) ? 0 : 1)
    if (level > limit && node.position) {
      if (!first || node.position.start.offset! < first.offset!) first = node.position.start
      continue
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: level })
  }
  return first
}
