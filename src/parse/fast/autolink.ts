// GFM autolink literals (`www.…`, `http(s)://…`, e-mail addresses) as GFM's two stages
// make them. micromark-extension-gfm-autolink-literal tokenizes them while it reads text,
// giving links with positions; then mdast-util-gfm-autolink-literal's transform looks for
// more in the resulting text nodes and makes links *without* positions (after an unclosed
// "[", after a character the tokenizer refuses before "www" such as a quote, in text an
// escape joined: "https\://…"). The first stage is reproduced here state by state; for the
// second, `mayBeLinkedLater` tells when a text node could hold such a literal, and the fast
// parser declines the source then, leaving it to micromark.
import { isUnicodePunctuation, isUnicodeWhitespace } from './characters.js'

export interface Autolink { start: number; end: number; url: string }

/**
 * Where a literal may start in `text`: each "www." and "http(s)://", and the start of the
 * run of e-mail characters before each "@"; sorted. Whether one starts there depends on what
 * the inline parser has read by then, so it calls `autolinkAt` when it reaches a candidate.
 */
export function autolinkCandidates(text: string): number[] {
  const starts: number[] = []
  for (candidate.lastIndex = 0; ;) {
    const found = candidate.exec(text)
    if (!found) break
    if (found[0] !== '@') {
      starts.push(found.index)
      continue
    }
    let start = found.index
    while (start > 0 && isAtext(text.charCodeAt(start - 1))) start--
    if (start < found.index) starts.push(start)
  }
  // E-mail starts lie before their "@", so they may come after a later "www" start.
  return starts.sort((a, b) => a - b).filter((start, index) => index === 0 || start !== starts[index - 1])
}
const candidate = /@|www\.|https?:\/\//gi

/**
 * The literal micromark's text tokenizer reads at `start`, given that it reaches `start`
 * after reading `text[start - 1]` (the start of the text when 0) with no "[" open. Tried in
 * micromark's order: e-mail first (any atext character), then `www` or `http(s)`.
 */
export function autolinkAt(text: string, start: number): Autolink | undefined {
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1
  const code = text.charCodeAt(start)
  const emailEnd = email(text, start, previous)
  if (emailEnd !== undefined) return { start, end: emailEnd, url: `mailto:${text.slice(start, emailEnd)}` }
  if ((code === 87 || code === 119) && previousWww(previous)) {
    const end = www(text, start)
    if (end !== undefined) return { start, end, url: `http://${text.slice(start, end)}` }
  }
  if ((code === 72 || code === 104) && !isAsciiAlpha(previous)) {
    const end = protocol(text, start)
    if (end !== undefined) return { start, end, url: text.slice(start, end) }
  }
  return undefined
}

/** tokenizeEmailAutolink: atext, "@", a domain with a dot inside it, ending in a letter. */
function email(text: string, start: number, previous: number): number | undefined {
  if (!isAtext(text.charCodeAt(start)) || previous === 47 || isAtext(previous)) return undefined
  let j = start
  while (isAtext(text.charCodeAt(j))) j++
  if (text.charCodeAt(j) !== 64) return undefined
  j++
  let data = false
  let dot = false
  for (;;) {
    const code = text.charCodeAt(j)
    if (code === 46) {
      // A dot not followed by an alphanumeric ends the address.
      if (!isAsciiAlphanumeric(text.charCodeAt(j + 1))) break
      dot = true
    } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) data = true
    else break
    j++
  }
  return data && dot && isAsciiAlpha(text.charCodeAt(j - 1)) ? j : undefined
}

/** tokenizeWwwAutolink: "www." followed by anything, then a domain and a path. */
function www(text: string, start: number): number | undefined {
  for (let k = start; k < start + 3; k++) {
    const code = text.charCodeAt(k)
    if (code !== 87 && code !== 119) return undefined
  }
  if (text.charCodeAt(start + 3) !== 46 || start + 4 >= text.length) return undefined
  const domainEnd = domain(text, start)
  return domainEnd === undefined ? undefined : path(text, domainEnd)
}

/** tokenizeProtocolAutolink: "http://" or "https://" (any case), then a domain and a path. */
function protocol(text: string, start: number): number | undefined {
  let j = start
  while (j < start + 5 && isAsciiAlpha(text.charCodeAt(j))) j++
  const scheme = text.slice(start, j).toLowerCase()
  if ((scheme !== 'http' && scheme !== 'https') || text.charCodeAt(j) !== 58 || text.charCodeAt(j + 1) !== 47 || text.charCodeAt(j + 2) !== 47) return undefined
  j += 3
  if (j >= text.length) return undefined
  const code = text.charCodeAt(j)
  if (code < 32 || code === 127 || isUnicodeWhitespace(code) || isUnicodePunctuation(code)) return undefined
  const domainEnd = domain(text, j)
  return domainEnd === undefined ? undefined : path(text, domainEnd)
}

/** tokenizeDomain: up to punctuation other than "-", "." and "_"; no "_" in its last two segments. */
function domain(text: string, start: number): number | undefined {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let notTrailing = -1
  let j = start
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j)
    if (code === 46 || code === 95) {
      if (j >= notTrailing) notTrailing = trailEnd(text, j)
      if (notTrailing < 0) break
      if (code === 95) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      continue
    }
    if (isUnicodeWhitespace(code) || (code !== 45 && isUnicodePunctuation(code))) break
    seen = true
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? undefined : j
}

/** tokenizePath: up to whitespace, keeping balanced parentheses, leaving trailing punctuation out. */
function path(text: string, start: number): number {
  let open = 0
  let close = 0
  let notTrailing = -1
  let j = start
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j)
    if (code === 40) open++
    else if (code === 41 && close < open) close++
    else if (pathPunctuation[code]) {
      if (j >= notTrailing) notTrailing = trailEnd(text, j)
      if (notTrailing < 0) break
      if (code === 41) close++
    } else if (isUnicodeWhitespace(code)) break
  }
  return j
}

/**
 * tokenizeTrail: whether the punctuation at `j` is only followed by more trailing
 * punctuation (an "&name;" counting as such) up to whitespace, "<" or the end: -1 then, and
 * otherwise the index of the character that shows it is not. micromark checks again at
 * each punctuation character of a run; a check from a later one in the run would stop at
 * the same character, so the callers skip those (else a long run is quadratic).
 */
function trailEnd(text: string, j: number): number {
  for (;;) {
    if (j >= text.length) return -1
    const code = text.charCodeAt(j)
    if (trailPunctuation[code]) {
      j++
    } else if (code === 38) {
      j++
      if (!isAsciiAlpha(text.charCodeAt(j))) return j
      while (isAsciiAlpha(text.charCodeAt(j))) j++
      if (text.charCodeAt(j) !== 59) return j
      j++
    } else if (code === 93) {
      // "](" and "][" could start a resource or reference: "]" is trailing there.
      j++
      const next = text.charCodeAt(j)
      if (j >= text.length || next === 40 || next === 91 || isUnicodeWhitespace(next)) return -1
    } else return code === 60 || isUnicodeWhitespace(code) ? -1 : j
  }
}

const trailPunctuation: boolean[] = []
for (const char of '!"\')*,.:;?_~') trailPunctuation[char.charCodeAt(0)] = true
const pathPunctuation: boolean[] = []
for (const char of '!"&\')*,.:;<?]_~') pathPunctuation[char.charCodeAt(0)] = true

/** previousWww: the start, whitespace (as micromark's line endings and spaces), ( * _ [ ] ~. */
function previousWww(code: number): boolean {
  return code === -1 || code === 9 || code === 10 || code === 32 || code === 40 || code === 42 || code === 95 || code === 91 || code === 93 || code === 126
}

/** gfmAtext: what an e-mail's local part is made of. */
function isAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code)
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || isAsciiAlpha(code)
}

// What the transform's four expressions (findUrl, findXmpp, findMailto, findEmail) need at
// least: "http(s)://" or "www" not after a letter or digit and followed by a dot, or an
// e-mail address. It also matches some text the transform leaves alone ("www.a_b.c"),
// which then merely takes micromark's path.
const unlinkedLiteral = /(?<![\da-z])(?:https?:\/\/[\w-]*\.|www\.)|[\w+\-.]@[\w-]+\.[\w-]/i

/** Could GFM's transform still find a literal in a text node with this value? */
export function mayBeLinkedLater(value: string): boolean {
  return unlinkedLiteral.test(value)
}
