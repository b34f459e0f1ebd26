// Character classes exactly as micromark-util-character defines them, by UTF-16 unit
// (micromark reads code units, so a lone surrogate is neither space nor punctuation).

const punctuation = /\p{P}|\p{S}/u
const whitespace = /\s/

export function isUnicodePunctuation(code: number): boolean {
  return code < 128 ? isAsciiPunctuation(code) : punctuation.test(String.fromCharCode(code))
}

export function isUnicodeWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || (code >= 128 && whitespace.test(String.fromCharCode(code))) || code === 11 || code === 12 || code === 13
}

export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/** micromark's classifyCharacter: 1 whitespace (or no character), 2 punctuation, 0 other. */
export function classify(code: number | undefined): 0 | 1 | 2 {
  if (code === undefined || isUnicodeWhitespace(code)) return 1
  return isUnicodePunctuation(code) ? 2 : 0
}
