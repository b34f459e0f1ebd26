// CriticMarkup ({++ins++} {--del--} {~~old~>new~~} {>>comment<<} {==highlight==}).
//
// micromark has no CriticMarkup extension, and `{~~old~~}` would otherwise be read as GFM
// strikethrough. So before parsing, each marker is replaced by a run of the same length of a
// reserved Unicode punctuation character: offsets, lines and columns stay exact, and emphasis
// flanking behaves as with the original ASCII punctuation. After parsing, `groupRevisions`
// turns the marker runs inside each paragraph into `revision` mdast nodes, and
// `restoreMarkers` puts the original characters back wherever a marker ended up literal
// (code, YAML, unmatched marks).
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast'
import type { Parent as UnistParent, Position } from 'unist'

export type RevisionKind = 'insert' | 'delete' | 'substitute' | 'comment' | 'highlight'

/** The mdast node for a revision mark; resolve turns it into an IR node. */
export interface RevisionNode extends UnistParent {
  type: 'revision'
  kind: RevisionKind
  children: PhrasingContent[]
  /** For substitutions: the new text (children hold the old). */
  inserted?: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap { revision: RevisionNode }
  interface RootContentMap { revision: RevisionNode }
}

interface Marker { source: string; char: string }
// One reserved character per marker; the replacement run has the marker's length.
const markers = {
  insOpen: { source: '{++', char: '\u2E00' }, insClose: { source: '++}', char: '\u2E01' },
  delOpen: { source: '{--', char: '\u2E02' }, delClose: { source: '--}', char: '\u2E03' },
  subOpen: { source: '{~~', char: '\u2E04' }, subSep: { source: '~>', char: '\u2E05' }, subClose: { source: '~~}', char: '\u2E06' },
  comOpen: { source: '{>>', char: '\u2E07' }, comClose: { source: '<<}', char: '\u2E08' },
  hlOpen: { source: '{==', char: '\u2E09' }, hlClose: { source: '==}', char: '\u2E0A' },
} satisfies Record<string, Marker>
type MarkerName = keyof typeof markers

const pairs: Array<[MarkerName, MarkerName, RevisionKind]> = [
  ['insOpen', 'insClose', 'insert'], ['delOpen', 'delClose', 'delete'], ['subOpen', 'subClose', 'substitute'],
  ['comOpen', 'comClose', 'comment'], ['hlOpen', 'hlClose', 'highlight'],
]
const byChar = new Map<string, MarkerName>(Object.entries(markers).map(([name, m]) => [m.char, name as MarkerName]))
export const reservedCharacters = /[\u2E00-\u2E0A]/

/**
 * Replace CriticMarkup markers by reserved runs of equal length. Linear in the source: the
 * search for each kind of closing mark is remembered, so thousands of `{++` never closed do
 * not each scan the rest of the file again.
 */
export function encodeMarkers(source: string): string {
  const chunks: string[] = []
  let copied = 0
  let i = source.indexOf('{')
  // Per closing mark: the last search's start and what it found (-1: none after it).
  const searched = new Map<MarkerName, { from: number; at: number }>()
  const findClose = (name: MarkerName, from: number): number => {
    const last = searched.get(name)
    if (last && from >= last.from && (last.at < 0 || last.at >= from)) return last.at
    const at = source.indexOf(markers[name].source, from)
    searched.set(name, { from, at })
    return at
  }
  while (i >= 0) {
    const pair = pairs.find(([open]) => source.startsWith(markers[open].source, i))
    if (!pair) {
      i = source.indexOf('{', i + 1)
      continue
    }
    const [open, closeName, kind] = pair
    const close = findClose(closeName, i + 3)
    chunks.push(source.slice(copied, i), markers[open].char.repeat(3))
    if (close < 0) {
      // Encoded anyway, so that the paragraph reports the mark as never closed.
      copied = i + 3
    } else {
      let inner = source.slice(i + 3, close)
      if (kind === 'substitute') inner = inner.replace(markers.subSep.source, markers.subSep.char.repeat(2))
      chunks.push(inner, markers[closeName].char.repeat(3))
      copied = close + 3
    }
    i = source.indexOf('{', copied)
  }
  return copied === 0 ? source : chunks.join('') + source.slice(copied)
}

const runPattern = /([\u2E00-\u2E0A])\1{1,2}/g

/** Put the original marker text back into a string. */
export function restoreMarkers(value: string): string {
  return reservedCharacters.test(value) ? value.replace(runPattern, (run) => markers[byChar.get(run[0]!)!].source) : value
}

type Token = { marker: MarkerName; position: Position } | { node: PhrasingContent }

/**
 * Where the characters `from` to `from + length` of a text node stand in its file. A text node
 * may run over several lines (a paragraph's soft breaks): a character after a line break is
 * on a later line, its column counted from that line's start. The value holds a continuation
 * line without its indentation, so there the column and offset can fall short of the source
 * by that indentation, never past the line.
 */
function offsetPosition(node: Text, from: number, length: number): Position {
  const start = node.position!.start
  const at = (index: number): Position['start'] => {
    const lineStart = node.value.lastIndexOf('\n', index - 1) + 1
    if (lineStart === 0) return { line: start.line, column: start.column + index, offset: (start.offset ?? 0) + index }
    let line = start.line
    for (let i = node.value.indexOf('\n'); i >= 0 && i < lineStart; i = node.value.indexOf('\n', i + 1)) line++
    return { line, column: index - lineStart + 1, offset: (start.offset ?? 0) + index }
  }
  return { start: at(from), end: at(from + length) }
}

function tokenize(children: PhrasingContent[]): Token[] {
  const tokens: Token[] = []
  for (const child of children) {
    if (child.type !== 'text' || !reservedCharacters.test(child.value)) {
      tokens.push({ node: child })
      continue
    }
    let last = 0
    for (const match of child.value.matchAll(runPattern)) {
      const at = match.index
      if (at > last) tokens.push({ node: { type: 'text', value: child.value.slice(last, at), position: child.position && offsetPosition(child, last, at - last) } })
      tokens.push({ marker: byChar.get(match[1]!)!, position: child.position ? offsetPosition(child, at, match[0].length) : child.position! })
      last = at + match[0].length
    }
    if (last < child.value.length) tokens.push({ node: { type: 'text', value: child.value.slice(last), position: child.position && offsetPosition(child, last, child.value.length - last) } })
  }
  return tokens
}

export interface UnclosedRevision { mark: string; position: Position }

/**
 * Group marker runs into revision nodes, in every phrasing parent of the tree. Returns the
 * marks that were opened and never closed in their paragraph (reported by resolve).
 */
export function groupRevisions(tree: Root): UnclosedRevision[] {
  const unclosed: UnclosedRevision[] = []
  const visit = (node: Root | RootContent): void => {
    if (!('children' in node)) {
      if ('value' in node && typeof node.value === 'string' && node.type !== 'text') node.value = restoreMarkers(node.value)
      return
    }
    const children = node.children as PhrasingContent[]
    if (children.some((c) => c.type === 'text' && reservedCharacters.test(c.value))) {
      ;(node as Parent).children = group(tokenize(children), unclosed)
    }
    for (const child of (node as Parent).children) visit(child as RootContent)
  }
  visit(tree)
  return unclosed
}

interface Frame { open?: MarkerName; position?: Position; children: PhrasingContent[]; old?: PhrasingContent[] }

function literal(marker: MarkerName, position: Position): Text {
  return { type: 'text', value: markers[marker].source, position }
}

function group(tokens: Token[], unclosed: UnclosedRevision[]): PhrasingContent[] {
  const stack: Frame[] = [{ children: [] }]
  for (const token of tokens) {
    const top = stack[stack.length - 1]!
    if ('node' in token) {
      top.children.push(token.node)
      continue
    }
    const pair = pairs.find(([open, close]) => token.marker === open || token.marker === close)
    if (token.marker === 'subSep' && top.open === 'subOpen' && !top.old) {
      top.old = top.children
      top.children = []
    } else if (pair && token.marker === pair[0]) {
      stack.push({ open: token.marker, position: token.position, children: [] })
    } else if (pair && token.marker === pair[1] && top.open === pair[0] && stack.length > 1) {
      stack.pop()
      const parent = stack[stack.length - 1]!
      const position = { start: top.position!.start, end: token.position.end }
      const node: RevisionNode = pair[2] === 'substitute'
        ? { type: 'revision', kind: 'substitute', children: top.old ?? [], inserted: top.old ? top.children : [], position }
        : { type: 'revision', kind: pair[2], children: top.children, position }
      parent.children.push(node)
    } else {
      top.children.push(literal(token.marker, token.position))
    }
  }
  // Anything left open is flattened back to literal text: each frame's content follows its
  // parent's, so the frames are appended bottom to top, each copied once. The first mark left
  // open is reported; those opened after it in the paragraph are usually the same mistake.
  const flat = stack[0]!.children
  const first = stack[1]
  if (first) unclosed.push({ mark: markers[first.open!].source, position: first.position! })
  for (const frame of stack.slice(1)) {
    flat.push(literal(frame.open!, frame.position!))
    for (const child of frame.old ?? []) flat.push(child)
    for (const child of frame.children) flat.push(child)
  }
  return flat
}
