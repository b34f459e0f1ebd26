// The parts of a directive shared by container, leaf and text directives: the name and the
// `{…}` attributes (micromark-extension-directive's factory-name and factory-attributes).
// Only the attribute forms ITU sources use are read; any other form bails.
import { isUnicodePunctuation, isUnicodeWhitespace } from './characters.js'
import { bail } from './source.js'

/** End of the directive name starting at `at`, or -1 when there is none. */
export function nameEnd(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (Number.isNaN(first) || isUnicodeWhitespace(first) || isUnicodePunctuation(first)) return -1
  let i = at + 1
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isUnicodeWhitespace(code) || (isUnicodePunctuation(code) && code !== 45 && code !== 95)) break
  }
  // micromark reads a tab as virtual spaces, which its name scanner does not stop at.
  if (text.charCodeAt(i) === 9) bail('tab after directive name')
  // A name may not end in "-" or "_".
  const last = text.charCodeAt(i - 1)
  return last === 45 || last === 95 ? -1 : i
}

/** Characters that end or invalidate an unquoted value or a `#id` / `.class` shortcut. */
const shortcutStop = /["'<=>`]/

/**
 * Parse `{…}` starting at `at` (the "{"). Returns the attributes and the index after "}":
 * none, and `at` itself, when no "{" stands there.
 * Escapes, references, quotes inside values and line endings bail.
 */
export function parseAttributes(text: string, at: number): { attributes: Record<string, string>; end: number } {
  const attributes: Record<string, string> = {}
  if (text[at] !== '{') return { attributes, end: at }
  const set = (name: string, value: string): void => {
    attributes[name] = name === 'class' && attributes.class !== undefined ? `${attributes.class} ${value}` : value
  }
  let i = at + 1
  for (;;) {
    while (text[i] === ' ') i++
    const char = text[i]
    if (char === '}') return { attributes, end: i + 1 }
    if (char === undefined || char === '\n' || char === '\t' || char === '\\' || char === '&') bail('attribute syntax')
    if (char === '#' || char === '.') {
      const start = i + 1
      i = start
      while (i < text.length && !/[\s#.}]/.test(text[i]!)) i++
      const value = text.slice(start, i)
      if (value === '' || shortcutStop.test(value) || /[\\&]/.test(value) || !/[ }#.]/.test(text[i] ?? '')) bail('attribute shortcut')
      set(char === '#' ? 'id' : 'class', value)
      continue
    }
    const nameStart = i
    // A name starts with neither punctuation (but "-" and "_") nor space: "{a :b}" is not attributes.
    const first = text.charCodeAt(i)
    if (isUnicodeWhitespace(first) || (isUnicodePunctuation(first) && first !== 45 && first !== 95)) bail('attribute name start')
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (isUnicodeWhitespace(code) || (isUnicodePunctuation(code) && code !== 45 && code !== 46 && code !== 58 && code !== 95)) break
      i++
    }
    if (i === nameStart) bail('attribute name')
    const name = text.slice(nameStart, i)
    if (text[i] !== '=') {
      if (text[i] !== ' ' && text[i] !== '}') bail('attribute after name')
      set(name, '')
      continue
    }
    i++
    const quote = text[i]
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1)
      if (close < 0) bail('unclosed attribute value')
      const value = text.slice(i + 1, close)
      if (/[\n\\&]/.test(value)) bail('attribute value')
      set(name, value)
      i = close + 1
      if (text[i] !== ' ' && text[i] !== '}') bail('after attribute value')
      continue
    }
    const valueStart = i
    while (i < text.length && !/[\s}]/.test(text[i]!)) i++
    const value = text.slice(valueStart, i)
    if (value === '' || shortcutStop.test(value) || /[\\&]/.test(value)) bail('unquoted attribute value')
    set(name, value)
  }
}
