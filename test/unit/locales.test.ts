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

describe('locales checked at build time (dist/build-stamp.json)', () => {
  const { locales } = loadLocales()

  it('survive the round trip through the stamp JSON unchanged', () => {
    for (const locale of locales.values()) expect(JSON.parse(JSON.stringify(locale))).toEqual(locale)
  })

  it('are taken as checked when the text matches, and parsed again when it does not', () => {
    const en = locales.get('en')!
    const stamped = { ...en, name: 'from the stamp' }
    const seen: string[] = []
    const loaded = loadLocales(undefined, (name) => {
      seen.push(name)
      return name === 'en.yaml' ? stamped : undefined
    })
    expect(seen).toEqual(['ar.yaml', 'en.yaml', 'es.yaml', 'fr.yaml', 'ru.yaml', 'zh.yaml'])
    expect(loaded.locales.get('en')).toBe(stamped)
    expect(loaded.locales.get('fr')).toEqual(locales.get('fr'))
  })
})
