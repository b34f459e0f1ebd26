// The schema of a locale file (`locales/<lang>.yaml`). Closed: an unknown key is an error,
// a missing key is an error — never a silent fallback to English.
import { z } from 'zod'
import { callKeys, callPhraseEntries, type CallKey } from './calls.js'
import { languages, type Language } from './languages.js'

export { isLanguage, languages, type Language } from './languages.js'

/** Words printed by templates and writers. */
export const labelKeys = [
  // structure
  'annex', 'appendix', 'table', 'figure', 'note', 'source', 'page', 'contents', 'footnotes', 'backToText',
  'summary', 'keywords', 'introduction', 'history', 'abstract', 'lessons', 'bibliography',
  'scope', 'references', 'definitions', 'termsElsewhere', 'termsHere', 'abbreviations', 'conventions', 'none',
  'annexStatus', 'appendixStatus',
  // cover fields (ITU-D and ITU-T contributions, liaison statements)
  'question', 'questions', 'studyGroup', 'workingParty', 'meeting', 'venueDate', 'documentNo', 'date', 'originalLanguage',
  'forAction', 'forActionNote', 'forInformation', 'forInformationNote', 'indicate',
  'sourceField', 'title', 'revision', 'revisionYes', 'revisionNo', 'actionRequired', 'contact', 'name', 'organization',
  'phone', 'email', 'contribution', 'liaisonStatement', 'subject', 'replyTo', 'forActionTo', 'forCommentTo',
  'forInformationTo', 'approval', 'deadline', 'attachments', 'destinations', 'purpose',
  'itu', 'sectorT', 'sectorD', 'sectorR', 'itut', 'itud', 'itur', 'country', 'tel',
] as const
export type LabelKey = (typeof labelKeys)[number]

/** Phrases with slots (`{number}`), because word order differs between languages. */
export const patternKeys = [
  'resolutionNumber', 'resolutionNumberRevised', 'resolutionNumberOf', 'resolutionNumberRevisedOf', 'annexToResolution', 'annexToResolutionSingle',
  'opinionNumber', 'draftOpinionNumber', 'recommendationNumber', 'recommendationNumberD',
  'annexNumber', 'appendixNumber', 'annexSingle', 'tableNumber', 'figureNumber', 'noteNumbered',
  'clauseRef', 'original', 'studyGroupNumber', 'studyPeriod', 'pageOf', 'recommendationFooter',
  'contributionFooter', 'questionItem', 'resolutionFooter', 'opinionFooter', 'draftOpinionFooter', 'placeAndYear',
] as const
export type PatternKey = (typeof patternKeys)[number]

/**
 * The longer texts of a published text's front matter: the words of the cover page, the
 * Foreword and the notice on intellectual property rights (they may have slots: `{year}`).
 */
export const boilerplateKeys = [
  'union', 'sectorOfItuT', 'sectorOfItuR', 'foreword', 'forewordT1', 'forewordT2', 'forewordT3', 'forewordT4',
  'forewordNote1', 'forewordNote2', 'ipr', 'iprT', 'iprNotReceived', 'iprReceived', 'copyright', 'rightsReserved',
  'forewordR1', 'forewordR2', 'iprPolicyR', 'iprPolicyRText',
] as const
export type BoilerplateKey = (typeof boilerplateKeys)[number]

const text = z.string().min(1)
const record = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as { [P in K]: typeof text })

/**
 * The schema of a locale file. Made on first use: builds take the shipped locales as
 * `npm run build` checked them (build/build-stamp.ts), and a small build would spend a few
 * milliseconds making a schema it never uses.
 */
export function localeSchema(): LocaleSchema {
  return (schema ??= makeLocaleSchema())
}

let schema: LocaleSchema | undefined
type LocaleSchema = ReturnType<typeof makeLocaleSchema>

const makeLocaleSchema = () => z.strictObject({
  /** ISO 639-1 code. */
  lang: z.enum(languages),
  /** The language's own name. */
  name: text,
  direction: z.enum(['ltr', 'rtl']),
  /** Document-number suffix: E, F, S, R, A, C. */
  suffix: z.string().regex(/^[A-Z]$/),
  /** BCP 47 tag for case mapping and word segmentation (toLocaleUpperCase, Intl.Segmenter). */
  intl: text,
  /**
   * How a date is written, as data rather than Intl: the first Intl.DateTimeFormat loads ICU's
   * calendar data, a sixth of a small build's time, and ICU's wording may change with Node.
   * The text is what Intl wrote for `intl` (long month, numeric day and year), ranges with
   * ITU's unspaced dash.
   */
  dates: z.strictObject({
    /** January to December as a date writes them (Russian in the genitive, Chinese as numbers). */
    months: z.array(text).length(12),
    /** One date, with {day}, {month}, {year}. */
    date: text,
    /** A range ({day}, {month}, {year} to {endDay}, {endMonth}, {endYear}), by the largest part the two dates share. */
    range: z.strictObject({ sameMonth: text, sameYear: text, apart: text }),
  }),
  /** The six languages' names as ITU writes them in this language ("Original: anglais", "原文：英文"). */
  languageNames: z.strictObject(Object.fromEntries(languages.map((l) => [l, text])) as { [L in Language]: typeof text }),
  /** Font families, first choice first, for writers that name fonts (HTML, DOCX). */
  fonts: z.strictObject({ body: z.array(text).min(1), complex: z.array(text).optional(), eastAsia: z.array(text).optional() }),
  /** List lettering: letters for alpha items (ITU a), b) …; Arabic أ), ب) …), and lower-case roman numerals. */
  lettering: z.strictObject({
    alpha: z.array(text).min(20),
    roman: z.array(text).min(10),
    /** How a list label is written around its letter or number, e.g. "{n})". */
    item: text,
    bullet: text,
  }),
  punctuation: z.strictObject({
    /** Between caption label and title: " – " (ITU-T), ": " (Arabic). */
    captionSeparator: z.string(),
    /** After NOTE: " –" in English, ". –" in Russian, " -" in Arabic. */
    noteDash: z.string(),
    /** Between the items of a list in running text. */
    listSeparator: z.string(),
    /** After a cover label ("Source:"). */
    colon: z.string(),
    /** Between a call and its addressee ("invites" + " " + "Member States"); empty in Chinese. */
    addressee: z.string(),
  }),
  /** How labels are set: ITU's Arabic texts set the NOTE label bold ("ملاحظة -", E119-A), the others upright. */
  typography: z.strictObject({ noteLabelBold: z.boolean() }),
  calls: record(callKeys),
  /**
   * Leading phrases of free-form calls (`:::call[resolves to instruct the Director of BDT]`)
   * beyond the call labels above, by kind: a free-form call is classified by the longest
   * phrase, label or listed, that its label starts with.
   */
  callPhrases: z.strictObject({ preambular: z.array(text), operative: z.array(text) }),
  labels: record(labelKeys),
  patterns: record(patternKeys),
  /** How the locale writes the Sector letters after its "ITU-" ("МСЭ-Т" has a Cyrillic Т in Russian). */
  sectorLetters: z.strictObject({ T: text, D: text, R: text }),
  boilerplate: record(boilerplateKeys),
}).superRefine((locale, ctx) => {
  // One phrase cannot be both: a free-form call would be numbered by whichever came first.
  const kinds = new Map<string, string>()
  for (const { phrase, kind } of callPhraseEntries(locale.calls, locale.callPhrases, locale.intl)) {
    const other = kinds.get(phrase)
    if (other && other !== kind) {
      const index = locale.callPhrases[kind as 'preambular' | 'operative'].findIndex((p) => p.toLocaleLowerCase(locale.intl).trim() === phrase)
      ctx.addIssue({ code: 'custom', path: index >= 0 ? ['callPhrases', kind, index] : ['callPhrases'], message: `"${phrase}" is listed as both preambular and operative` })
    }
    kinds.set(phrase, kind)
  }
})

export type Locale = z.infer<LocaleSchema>
export type CallLabels = Record<CallKey, string>
