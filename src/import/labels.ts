// The words a document's language uses for ITU structure, as regular expressions built from
// the locale (so a French file's "Annexe 2", "NOTE –", "Tableau 3 – …" and "considérant" are
// recognised like the English ones), plus the typed list labels ITU writes before a tab.
import { callKeys, type CallKey } from '../model/calls.js'
import type { Locale } from '../model/locale.js'

export type Scheme = 'alpha' | 'numeric' | 'roman' | 'bullet'

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Letters, Arabic numbers or Roman numerals as annex/table numbers print them ("A", "2", "IV", "A.1", "B-3"). */
const NUMBER = '((?:[A-Z]|[IVXL]+|\\d+)(?:[.\\-]\\d+)*)'
const DASH = '\\s*[–—:-]\\s*'

export interface LabelSet {
  locale: Locale
  /** "NOTE –", "NOTE 2 –", "ПРИМЕЧАНИЕ. –", "ملاحظة -": group 1 is the rest. */
  note: RegExp
  /** "Table 1 – Title": group 1 the number, group 2 the title. */
  tableCaption: RegExp
  figureCaption: RegExp
  /** "Annex A", "ANNEX 2 TO RESOLUTION …", "Annex" alone: group 1 the number; the title may follow. */
  annex: RegExp
  appendix: RegExp
  /** "Source: …": group 1 the text. */
  sourceLine: RegExp
  /** Call labels, longest first, with their lower-case form (compared once per paragraph). */
  calls: Array<{ key: CallKey; label: string; lower: string }>
  /** The word over a table of contents' page column ("Page", "Pages"), lower-cased. */
  pageWords: Set<string>
  /** Section titles (Summary, Keywords …) in this language and in English, lower-cased. */
  sections: Map<string, 'summary' | 'keywords' | 'introduction' | 'history' | 'abstract' | 'lessons' | 'bibliography'>
  /** A published Recommendation's notices: the FOREWORD heading, and "All rights reserved" by its first words; squeezed and lower-cased. */
  notices: { foreword: Set<string>; rightsReserved: string[] }
}

/** Text compared with whitespace runs as one space and case ignored. */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Words of both the document's locale and English (translations keep English headings often). */
function words(locale: Locale, english: Locale | undefined, pick: (l: Locale) => string): string {
  const all = new Set([pick(locale), ...(english ? [pick(english)] : [])])
  return [...all].map(escape).join('|')
}

export function labelSet(locale: Locale, english?: Locale): LabelSet {
  const note = words(locale, english, (l) => l.labels.note)
  const table = words(locale, english, (l) => l.labels.table)
  const figure = words(locale, english, (l) => l.labels.figure)
  const annex = words(locale, english, (l) => l.labels.annex)
  const appendix = words(locale, english, (l) => l.labels.appendix)
  const source = words(locale, english, (l) => l.labels.source)
  const sectionKeys = ['summary', 'keywords', 'introduction', 'history', 'abstract', 'lessons', 'bibliography'] as const
  const sections = new Map<string, (typeof sectionKeys)[number]>()
  for (const l of [locale, ...(english ? [english] : [])]) for (const key of sectionKeys) if (!sections.has(l.labels[key].toLowerCase())) sections.set(l.labels[key].toLowerCase(), key)
  const both = [locale, ...(english ? [english] : [])]
  const calls = callKeys.map((key) => ({ key, label: locale.calls[key], lower: locale.calls[key].toLocaleLowerCase(locale.intl) })).sort((a, b) => b.label.length - a.label.length)
  return {
    locale,
    note: new RegExp(`^(?:${note})(?:\\s+\\d+)?\\s*\\.?\\s*[–—-]\\s*([\\s\\S]*)$`, 'iu'),
    tableCaption: new RegExp(`^(?:${table})\\s*${NUMBER}${DASH}([\\s\\S]+)$`, 'iu'),
    figureCaption: new RegExp(`^(?:${figure})\\s*${NUMBER}${DASH}([\\s\\S]+)$`, 'iu'),
    annex: new RegExp(`^(?:${annex})(?:\\s+${NUMBER})?(?=$|[\\s:–—-])`, 'iu'),
    appendix: new RegExp(`^(?:${appendix})(?:\\s+${NUMBER})?(?=$|[\\s:–—-])`, 'iu'),
    sourceLine: new RegExp(`^(?:${source})\\s*[:：]\\s*([\\s\\S]+)$`, 'u'),
    calls,
    sections,
    notices: {
      foreword: new Set(both.map((l) => squeeze(l.boilerplate.foreword))),
      rightsReserved: both.map((l) => squeeze(l.boilerplate.rightsReserved).split(' ').slice(0, 4).join(' ')),
    },
    pageWords: new Set([locale, ...(english ? [english] : [])].flatMap((l) => [l.labels.page.toLowerCase(), `${l.labels.page.toLowerCase()}s`])),
  }
}

/** A typed list label before a tab: "a)", "(b)", "iv)", "1)", "1", "1.", "–", "•". */
/**
 * A labelled row under a contribution's or liaison statement's cover ("Abstract:<tab>text",
 * as itudoc and ITU's templates set it): the label, then the section's first paragraph.
 */
export const LABELLED_ROW = /^[\t ]*([^\t:]{1,40}):\t/

export const TYPED_ITEM = /^(\(?([a-z]{1,2}|[ivxl]{1,6}|\d{1,3}|[\u0621-\u064a])\)|\d{1,3}\.?|[–•·▪◦○—-])\t/u
/** A typed clause or paragraph number before a tab or spaces: "1", "6.1", "A.2", "I.1", "3.2.1". */
export const TYPED_NUMBER = /^((?:\d+|[A-Z]|[IVXL]+)(?:\.\d+)+|\d+)(?:\t+|\s+(?=\S))/

/** The scheme of a typed label; "i)" is ambiguous and reported as roman (structure decides). */
export function schemeOf(label: string): { scheme: Scheme; value: string } {
  const bare = label.replace(/[().]/g, '')
  if (/^[–•·▪◦○—-]$/.test(bare)) return { scheme: 'bullet', value: bare }
  if (/^\d+$/.test(bare)) return { scheme: 'numeric', value: bare }
  if (/^[ivxl]+$/.test(bare)) return { scheme: 'roman', value: bare }
  return { scheme: 'alpha', value: bare }
}

/** Position of a letter in the alphabet sequence ("b" → 2, "aa" → 27), or 0. */
export function alphaIndex(value: string): number {
  if (!/^([a-z])\1*$/.test(value)) return 0
  return (value.charCodeAt(0) - 96) + 26 * (value.length - 1)
}
