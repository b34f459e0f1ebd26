// A generated conference corpus for the benchmark, the size and shape of a WTDC's collected
// resolutions: by default 60 resolutions, about 800 KB of English Markdown, each with
// preambular and operative calls (some with an addressee), nested lists, footnotes (about 80
// in all) and, in every other resolution, an annex with paragraphs and a table. Every
// language's words come from the example resolution's own translation, so the text shapes
// like real French, Russian, Arabic or Chinese. The output depends on the arguments only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const corpusLanguages = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const
export type CorpusLanguage = (typeof corpusLanguages)[number]

export interface CorpusOptions {
  /** Number of resolutions. */
  resolutions?: number
  /** Languages: one Markdown file each per resolution. */
  langs?: readonly CorpusLanguage[]
  /** The example whose translations give the words (relative to the package root). */
  vocabularyFrom?: string
}

interface Language {
  words: string[]
  /** Chinese is written without spaces between words. */
  join: string
  place: string
  convening: string
  title: string
  /** End of an item, of the last item of a call, of the last operative item (the text's end), opening of a nested list. */
  semi: string
  stop: string
  end: string
  colon: string
  addressee: { instructs: string; invites: string }
}

const defaults: Record<CorpusLanguage, Omit<Language, 'words'>> = {
  en: { join: ' ', place: 'Geneva', convening: 'The World Telecommunication Development Conference (Geneva, 2026),', title: 'Resolution', semi: ';', stop: ',', end: '.', colon: ':', addressee: { instructs: 'the Director of the Telecommunication Development Bureau', invites: 'Member States' } },
  fr: { join: ' ', place: 'Genève', convening: 'La Conférence mondiale de développement des télécommunications (Genève, 2026),', title: 'Résolution', semi: ';', stop: ',', end: '.', colon: ':', addressee: { instructs: 'le Directeur du Bureau de développement des télécommunications', invites: 'les États Membres' } },
  es: { join: ' ', place: 'Ginebra', convening: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Ginebra, 2026),', title: 'Resolución', semi: ';', stop: ',', end: '.', colon: ':', addressee: { instructs: 'al Director de la Oficina de Desarrollo de las Telecomunicaciones', invites: 'a los Estados Miembros' } },
  ru: { join: ' ', place: 'Женева', convening: 'Всемирная конференция по развитию электросвязи (Женева, 2026 г.),', title: 'Резолюция', semi: ';', stop: ',', end: '.', colon: ':', addressee: { instructs: 'Директору Бюро развития электросвязи', invites: 'Государства-Члены' } },
  ar: { join: ' ', place: 'جنيف', convening: 'إن المؤتمر العالمي لتنمية الاتصالات (جنيف، 2026)،', title: 'القرار', semi: '؛', stop: '،', end: '.', colon: ':', addressee: { instructs: 'مدير مكتب تنمية الاتصالات', invites: 'الدول الأعضاء' } },
  zh: { join: '', place: '日内瓦', convening: '世界电信发展大会（2026年，日内瓦），', title: '决议', semi: '；', stop: '，', end: '。', colon: '：', addressee: { instructs: '电信发展局主任', invites: '各成员国' } },
}

/** The words of one translation of the example: its call items, without markup or numbers. */
function vocabulary(text: string, lang: CorpusLanguage): string[] {
  const body = text.replace(/^---[\s\S]*?---/, '').replace(/\[\^\d+\]/g, '').replace(/:ref\{[^}]*\}/g, '')
  const lines = body.split('\n').filter((line) => /^\s*\d+\.\s/.test(line)).map((line) => line.replace(/^\s*\d+\.\s/, ''))
  const letters = lines.join(' ').replace(/[^\p{L}\p{M}\s'’-]/gu, ' ')
  // Chinese: two-character "words", so runs vary as they would in real text.
  const words = lang === 'zh'
    ? [...letters.replace(/\s+/g, '')].flatMap((char, i, all) => (i % 2 === 0 ? [all.slice(i, i + 2).join('')] : []))
    : letters.split(/\s+/).filter((word) => word.length > 1)
  return [...new Set(words)]
}

function languages(langs: readonly CorpusLanguage[], from: string): Map<CorpusLanguage, Language> {
  return new Map(langs.map((lang) => [lang, { ...defaults[lang], words: vocabulary(readFileSync(join(from, `${lang}.md`), 'utf8'), lang) }]))
}

/** A deterministic sentence of `length` words, varied by the seed. */
function sentence(language: Language, seed: number, length: number): string {
  const { words } = language
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 31 + i * 17 + ((i * i) % 7)) % words.length]!)
  return out.join(language.join)
}

/** One resolution in one language; footnote numbers are the same in every language. */
function resolution(language: Language, n: number, notes: number): string {
  const s = (seed: number, length: number) => sentence(language, n * 101 + seed, length)
  const { semi, stop, end, colon } = language
  const lines: string[] = ['---', `place: ${language.place}`, `title: ${JSON.stringify(`${language.title} ${n} – ${s(0, 9)}`)}`, `convening: ${language.convening}`, '---', '']
  let note = 0
  const ref = () => (note < notes ? `[^${++note}]` : '')
  const call = (name: string, items: number, seed: number, options: { nested?: number; addressee?: string; footnote?: boolean; final?: boolean } = {}) => {
    lines.push(`:::${name}${options.addressee ? `[${options.addressee}]` : ''}`)
    for (let i = 1; i <= items; i++) {
      const last = i === items
      if (options.nested === i) {
        lines.push(`${i}. ${s(seed + i, 14)}${colon}`)
        for (let j = 1; j <= 3; j++) lines.push(`   ${j}. ${s(seed + i * 10 + j, 9 + j * 3)}${semi}`)
      } else {
        lines.push(`${i}. ${s(seed + i, 22 + ((i * 7 + n) % 5) * 8)}${options.footnote && i === 2 ? ref() : ''}${last ? (options.final ? end : stop) : semi}`)
      }
    }
    lines.push(':::', '')
  }
  call('considering', 8, 10, { nested: 3, footnote: true })
  call('recognizing', 6, 30, { nested: 5 })
  call('noting', 5, 50, { footnote: true })
  call('resolves', 10, 70, { nested: 4 })
  call('instructs', 5, 90, { addressee: language.addressee.instructs })
  // The last operative item ends the resolution's text with a full stop (resolution/final-punctuation).
  call('invites', 4, 110, { addressee: language.addressee.invites, footnote: true, final: true })
  if (n % 2 === 0) {
    lines.push(`::::annex[${s(130, 6)}]{#annex-${n}}`, '')
    for (let p = 0; p < 4; p++) lines.push(`${s(140 + p, 45)}.${p === 1 ? ref() : ''}`, '')
    lines.push(`:::table[${s(150, 4)}]{#table-${n} widths="3,2,1"}`, `| ${s(151, 1)} | ${s(152, 1)} | ${s(153, 1)} |`, '|---|---|---|')
    for (let r = 0; r < 6; r++) lines.push(`| ${s(160 + r, 6)} | ${s(170 + r, 3)} | ${2026 + r} |`)
    lines.push(':::', '', '::::', '')
  }
  for (let i = 1; i <= note; i++) lines.push(`[^${i}]: ${s(200 + i, 14 + i * 4)}.`, '')
  return lines.join('\n')
}

/**
 * Write the corpus under `dir` (one folder per resolution with document.yaml and a Markdown
 * file per language) and return its size in bytes of Markdown.
 */
export function writeCorpus(dir: string, options: CorpusOptions = {}): { bytes: number; resolutions: number; footnotes: number } {
  const count = options.resolutions ?? 60
  const langs = options.langs ?? ['en']
  const table = languages(langs, options.vocabularyFrom ?? 'sources/wtdc-25/res-digital-inclusion')
  let bytes = 0
  let footnotes = 0
  for (let n = 1; n <= count; n++) {
    const folder = join(dir, `res-${String(n).padStart(3, '0')}`)
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'document.yaml'), `template: resolution\nbody: WTDC\nnumber: ${n}\nrevised: ${n % 3 !== 0}\nyear: 2026\nbody-short: WTDC-26\n`)
    // 2 footnotes in every third resolution, 1 in the others: 80 in 60 resolutions.
    const notes = n % 3 === 0 ? 2 : 1
    footnotes += notes
    for (const lang of langs) {
      const text = resolution(table.get(lang)!, n, notes)
      writeFileSync(join(folder, `${lang}.md`), text)
      bytes += Buffer.byteLength(text)
    }
  }
  return { bytes, resolutions: count, footnotes }
}
