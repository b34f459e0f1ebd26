// Language-dependent formatting: locale patterns with slots, dates, language names, and
// list labels (a), i), أ), 1). Everything printed in a language goes through here.
import { isLanguage, type Locale, type PatternKey } from '../model/locale.js'

export class MissingSlotError extends Error {
  constructor(readonly pattern: string, readonly slot: string) {
    super(`pattern ${pattern} needs {${slot}}`)
  }
}

/** Fill `{slot}`s of a locale pattern. A slot without a value is an error, never empty text. */
export function formatPattern(locale: Locale, key: PatternKey, args: Record<string, string>): string {
  return fillSlots(locale.patterns[key], key, args)
}

/** Fill the `{slot}`s of a locale text named `key` (a pattern, or a boilerplate text such as "© ITU {year}"). */
export function fillSlots(text: string, key: string, args: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = args[slot]
    if (value === undefined) throw new MissingSlotError(key, slot)
    return value
  })
}

/** Day, month and year of an ISO date, as Intl took them (an impossible day rolls over, a non-date throws). */
function dateSlots(iso: string): { day: string; year: string; monthIndex: number } {
  const date = new Date(`${iso}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid time value: ${iso}`)
  return { day: String(date.getUTCDate()), year: String(date.getUTCFullYear()), monthIndex: date.getUTCMonth() }
}

/** "28 August 2026", "28 août 2026", "2026年8月28日": the locale's own words (locale.dates), not Intl's. */
export function formatDate(locale: Locale, iso: string): string {
  const { day, year, monthIndex } = dateSlots(iso)
  return fillSlots(locale.dates.date, 'dates.date', { day, month: locale.dates.months[monthIndex]!, year })
}

/** "19–23 October 2026": ITU writes the range with an unspaced dash. */
export function formatDateRange(locale: Locale, start: string, end: string): string {
  if (start === end) return formatDate(locale, start)
  const from = dateSlots(start)
  const to = dateSlots(end)
  const { months, range } = locale.dates
  const key = from.year !== to.year ? 'apart' : from.monthIndex !== to.monthIndex ? 'sameYear' : 'sameMonth'
  return fillSlots(range[key], `dates.range.${key}`, {
    day: from.day, month: months[from.monthIndex]!, year: from.year,
    endDay: to.day, endMonth: months[to.monthIndex]!, endYear: to.year,
  })
}

/** "(04/2017)" on ITU-T covers; Arabic reverses it to "(2017/04)". */
export function formatMonthYear(locale: Locale, iso: string): string {
  const [year, month] = iso.split('-')
  return locale.direction === 'rtl' ? `${year}/${month}` : `${month}/${year}`
}

/** The name of a language in the variant's language ("anglais" in French), from the locale. */
export function languageName(locale: Locale, code: string): string {
  return isLanguage(code) ? locale.languageNames[code] : code
}

export function upper(locale: Locale, text: string): string {
  return text.toLocaleUpperCase(locale.intl)
}

/** Roman numerals for any n ≥ 1 (xxi, xliv, mmxxv …); beyond 3999 the thousands repeat. */
export function romanNumeral(n: number): string {
  const values: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = Math.max(1, Math.floor(n))
  let out = ''
  for (const [value, numeral] of values) {
    const times = Math.floor(rest / value)
    out += numeral.repeat(times)
    rest -= times * value
  }
  return out
}

function fromSequence(sequence: readonly string[], n: number): string {
  // After z comes aa, bb … as in long ITU lists.
  const i = (n - 1) % sequence.length
  const repeat = Math.floor((n - 1) / sequence.length) + 1
  return sequence[i]!.repeat(repeat)
}

/** The bare counter for item n in a scheme (no parenthesis): "c", "iii", "3", "ج". */
export function counter(locale: Locale, scheme: 'alpha' | 'roman' | 'numeric', n: number): string {
  if (scheme === 'numeric') return String(n)
  // The locale spells the first numerals; after them roman numerals go on (xxi), never repeat.
  if (scheme === 'roman') return locale.lettering.roman[n - 1] ?? romanNumeral(n).toLowerCase()
  return fromSequence(locale.lettering.alpha, n)
}

/** Annex and appendix numbers: A, B … (Latin in every language, as ITU does), 1, 2 …, I, II … */
export function annexCounter(scheme: 'alpha' | 'numeric' | 'roman', n: number): string {
  if (scheme === 'numeric') return String(n)
  if (scheme === 'roman') return romanNumeral(n)
  return fromSequence('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), n)
}

/** A list label: "a)", "i)", "1)" per the locale's item format; bare numbers for operative calls. */
export function itemLabel(locale: Locale, scheme: 'alpha' | 'roman' | 'numeric', n: number, bare = false): string {
  const value = counter(locale, scheme, n)
  return bare ? value : locale.lettering.item.replace('{n}', value)
}
