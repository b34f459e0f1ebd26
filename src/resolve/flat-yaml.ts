// The YAML nearly every document.yaml and front matter is: one `key: value` per line, the
// values single-line strings, whole numbers and booleans. Read by hand, where the yaml
// package's lexer, parser and composer took about 0.8 ms a text (interpreted code, run a few
// times a document): 4 % of a one-language DOCX build of the bench corpus. Anything else —
// nesting, flow collections, escapes, dates, floats, comments after a value, a key twice,
// a line this reader is not sure of — is left to the yaml package (undefined), so the
// values are always those of YAML 1.2's core schema, which the yaml package applies.

export interface FlatYaml {
  /** The mapping, as the yaml package's toJS makes it: a plain object, keys in order. */
  value: Record<string, unknown>
  /** Each key's offset and length in the text, for positions. */
  keys: Map<string, { start: number; length: number }>
}

const keyPattern = /^([A-Za-z][A-Za-z0-9_-]*):( +)(.*)$/
/** Words the core schema reads as null or booleans (keys and plain values with them are left to yaml). */
const specialWord = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/
/** Keys that name JavaScript's object machinery: yaml-source.ts reports them. */
const reservedKeys = new Set(['__proto__', 'constructor', 'prototype'])
/** Where a plain scalar may begin: a letter or a digit of any script (no YAML indicator). */
const plainStart = /^[\p{L}\p{N}]/u
const wholeNumber = /^(?:0|[1-9][0-9]{0,14})$/

/** The mapping of a flat YAML text, or undefined when it is not one this reader is sure of. */
export function readFlatYaml(text: string): FlatYaml | undefined {
  if (hasUnreadable(text)) return undefined
  const value: Record<string, unknown> = {}
  const keys = new Map<string, { start: number; length: number }>()
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const line = text.slice(start, end)
    if (line !== '' && line[0] !== '#') {
      const match = keyPattern.exec(line)
      if (!match) return undefined
      const [, key, , raw] = match as unknown as [string, string, string, string]
      if (keys.has(key) || reservedKeys.has(key) || specialWord.test(key)) return undefined
      const scalar = scalarOf(raw.replace(/ +$/, ''))
      if (scalar === undefined) return undefined
      value[key] = scalar
      keys.set(key, { start, length: key.length })
    }
    if (newline < 0) break
    start = newline + 1
  }
  return keys.size ? { value, keys } : undefined
}

/** A one-line scalar's value, or undefined when it is not a string, whole number or boolean read for sure. */
function scalarOf(raw: string): string | number | boolean | undefined {
  const quote = raw[0]
  if (quote === '"' || quote === "'") {
    // Quoted, with nothing to unescape: no backslash (double), no doubled quote (single).
    const inner = raw.slice(1, -1)
    const clean = raw.length >= 2 && raw.endsWith(quote) && !inner.includes(quote) && (quote === "'" || !inner.includes('\\'))
    return clean ? inner : undefined
  }
  if (raw === 'true') return true
  if (raw === 'false') return false
  if (!plainStart.test(raw) || specialWord.test(raw)) return undefined
  // ": " would start a mapping, " #" a comment, and a final ":" a mapping too.
  if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return undefined
  if (raw.charCodeAt(0) <= 0x39 && raw.charCodeAt(0) >= 0x30) return wholeNumber.test(raw) ? Number(raw) : undefined
  return raw
}

/**
 * Whether the text holds a character YAML does not allow (controls, a BOM, a lone
 * surrogate) or this reader leaves to yaml (tabs, carriage returns, NEL and the Unicode line
 * separators, which YAML 1.1 took for line breaks).
 */
function hasUnreadable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20) {
      if (c !== 0x0a) return true
    } else if (c >= 0x7f && c <= 0x9f) return true
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i++
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return true
  }
  return false
}
