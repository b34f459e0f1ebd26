import { describe, expect, it } from 'vitest'
import { loadLocales } from '../../src/build/locales.js'
import { languages } from '../../src/model/locale.js'

describe('locales', () => {
  const { locales, files } = loadLocales()

  it('has a complete, valid locale for each of the six languages', () => {
    const problems = files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.reason}`))
    expect(problems).toEqual([])
    expect([...locales.keys()].sort()).toEqual([...languages].sort())
  })

  it('uses the document-number suffixes E F S R A C and Arabic right-to-left', () => {
    expect(Object.fromEntries([...locales].map(([lang, l]) => [lang, l.suffix]))).toEqual({ en: 'E', fr: 'F', es: 'S', ru: 'R', ar: 'A', zh: 'C' })
    expect(locales.get('ar')?.direction).toBe('rtl')
  })
})
