// Characters no output can print and invisible bidi controls, found before parsing
// (src/parse/characters.ts): exactly those of the two classes, wherever they stand, at their
// line and column — the fast scan of ordinary text skips none.
import { describe, expect, it } from 'vitest'
import { characterReportLimit, checkCharacters } from '../../../src/parse/characters.js'

// The two classes as the module states them, tried on every character.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unprintable = /^[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFF9-\uFFFC\p{Cn}]$/u
const bidi = /^[\u202A-\u202E\u2066-\u2069]$/u

describe('checkCharacters', () => {
  it('reports every code point of either kind, alone on a line, and no other', () => {
    const wrong: string[] = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const char = String.fromCodePoint(cp)
      const expected = unprintable.test(char) ? 'unprintable' : bidi.test(char) ? 'bidi' : undefined
      const found = checkCharacters(`a ${char} b`)
      const got = found.length === 1 && found[0]!.char === char && found[0]!.point.column === 3 ? found[0]!.kind : found.length === 0 ? undefined : 'wrong'
      if (got !== expected) wrong.push(`U+${cp.toString(16)}: ${String(got)} for ${String(expected)}`)
    }
    expect(wrong.slice(0, 10)).toEqual([])
  })

  it('gives line and column (in UTF-16 units) of each, a character beyond the BMP once, bidi controls on right-to-left lines left alone', () => {
    const source = ['Plain text, “quoted” — and a tab\there.', 'عربي \u202B نص', 'Latin \u202E reversed', '\u{1F600} then \u{E0080} and \u0378', '中文，\uFFFC。'].join('\n')
    expect(checkCharacters(source).map(({ char, kind, point }) => [char.codePointAt(0)!.toString(16), kind, point.line, point.column])).toEqual([
      ['202e', 'bidi', 3, 7],
      ['e0080', 'unprintable', 4, 9],
      ['378', 'unprintable', 4, 16],
      ['fffc', 'unprintable', 5, 4],
    ])
  })

  it(`reports at most ${characterReportLimit} of each kind`, () => {
    const found = checkCharacters(`${'\x01'.repeat(30)}\n${'\u202E'.repeat(30)}`)
    expect(found.filter((f) => f.kind === 'unprintable')).toHaveLength(characterReportLimit)
    expect(found.filter((f) => f.kind === 'bidi')).toHaveLength(characterReportLimit)
    expect(found.find((f) => f.kind === 'bidi')!.point).toMatchObject({ line: 2, column: 1 })
  })
})
