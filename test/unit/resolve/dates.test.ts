// Dates are written from the locale files' own words (locale.dates), not by Intl: this checks
// those words against what Intl writes for each locale's `intl` tag, for every month, for days
// with one digit and two, and for ranges within a month, within a year and across years.
import { describe, expect, it } from 'vitest'
import { loadLocales } from '../../../src/build/locales.js'
import { formatDate, formatDateRange } from '../../../src/resolve/format.js'

const { locales } = loadLocales()
const noon = (iso: string): Date => new Date(`${iso}T12:00:00Z`)
const intlFormat = (intl: string): Intl.DateTimeFormat => new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
// What formatDateRange wrote when it asked Intl: ITU's unspaced dash in place of Intl's padded one.
const intlRange = (intl: string, start: string, end: string): string =>
  start === end ? intlFormat(intl).format(noon(start)) : intlFormat(intl).formatRange(noon(start), noon(end)).replace(/[\u2009\u202f ]([–-])[\u2009\u202f ]/, '$1')

const pad = (n: number): string => String(n).padStart(2, '0')
const dates = [2025, 2026].flatMap((year) => Array.from({ length: 12 }, (_, m) => [`${year}-${pad(m + 1)}-01`, `${year}-${pad(m + 1)}-28`])).flat()

describe('dates written from the locale files', () => {
  for (const [lang, locale] of locales) {
    it(`${lang}: one date and every kind of range as Intl wrote them for ${locale.intl}`, () => {
      for (const date of dates) expect(formatDate(locale, date)).toBe(intlFormat(locale.intl).format(noon(date)))
      const ranges = [['2026-10-19', '2026-10-23'], ['2026-09-30', '2026-10-02'], ['2026-12-30', '2027-01-02'], ['2026-03-07', '2026-03-07'], ['2026-10-23', '2026-10-19']]
      for (const [start, end] of ranges) expect(formatDateRange(locale, start!, end!)).toBe(intlRange(locale.intl, start!, end!))
    })
  }

  it('rolls an impossible day over as Intl did, and refuses a non-date', () => {
    const en = locales.get('en')!
    expect(formatDate(en, '2026-02-30')).toBe('2 March 2026')
    expect(() => formatDate(en, 'soon')).toThrow(RangeError)
  })
})
