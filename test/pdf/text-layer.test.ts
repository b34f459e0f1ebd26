// The PDF's text layer says exactly what the page shows: every letter of every shipped face
// comes back (whatever was painted before with the same parsed fonts), Arabic comes out in
// logical order with numbers, Latin abbreviations and brackets in place, and Chinese
// character by character — read by poppler's pdftotext in reading order and with -layout.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ItuRoot } from '../../src/model/nodes.js'
import { resolveText, textOf } from '../helpers.js'
import { extractText, paintDocument, rightToLeftBlocks, wordRecall, wordsOf } from './support.js'

const out = mkdtempSync(join(tmpdir(), 'itudoc-text-layer-'))

async function rootOf(markdown: string, lang: string): Promise<ItuRoot> {
  const { doc, findings } = await resolveText(markdown, { lang, shared: 'template: resolution\nbody: WTDC\nnumber: 5\nyear: 2025\n' })
  if (!doc) throw new Error(findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n'))
  return doc.root
}

const front = (place: string, title: string, convening: string): string => `---\nplace: ${place}\ntitle: ${title}\nconvening: ${convening}\n---\n\n`

/** Each line in the four styles of a face family: regular, bold, italic, bold italic. */
const inStyles = (lines: readonly string[], styles = ['', '**', '*', '***']): string =>
  styles.flatMap((mark) => lines.map((line) => `${mark}${line}${[...mark].reverse().join('')}`)).join('\n\n')

const latin = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789 . , ; : ! ? ( ) [ ] / % & + = § ° ¿ ¡', '« » “ ” ‘ ’ – — … ’s']
const cyrillic = ['АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'Ёлка «МСЭ-Т» – №5']
const accented = ['ÁÉÍÓÚ ÀÈÌÒÙ ÂÊÎÔÛ ÄËÏÖÜ Ĥ Ĵ Ł Ç Ñ Å', 'áéíóú àèìòù âêîôû äëïöü ĥ ĵ ł ç ñ å']

/** pdftotext's lines, white space folded. */
function lines(file: string): string[] {
  return extractText(file).split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

describe('every glyph drawn maps back to its characters', () => {
  let poisoned: string
  let alone: string
  let expected: string[]

  beforeAll(async () => {
    // Composite glyphs first ("Á" is drawn from "A" and an accent): the shared parsed font
    // then holds glyph objects made for components, with no characters of their own.
    await paintDocument(await rootOf(front('Baku', 'Önce', 'Ça,') + inStyles(accented), 'en'), out, 'accented')
    const alphabet = front('Baku', 'Alphabet', 'The conference,') + inStyles(latin)
    poisoned = await paintDocument(await rootOf(alphabet, 'en'), out, 'alphabet-after')
    // The same document with fonts parsed for it alone.
    alone = await paintDocument(await rootOf(alphabet, 'en'), out, 'alphabet-alone', true)
    expected = latin
  })

  it('gives back every Latin letter, digit and punctuation mark in all four styles', () => {
    const got = lines(poisoned)
    for (const line of expected) expect(got.filter((l) => l === line.replace(/\s+/g, ' '))).toHaveLength(4)
  })

  it('does not depend on the documents painted before', () => {
    expect(readFileSync(poisoned).equals(readFileSync(alone))).toBe(true)
  })

  it('gives back accented capitals and Cyrillic', async () => {
    const file = await paintDocument(await rootOf(front('Баку', 'Алфавит', 'Конференция,') + inStyles([...cyrillic, ...accented]), 'ru'), out, 'cyrillic')
    const got = lines(file)
    for (const line of [...cyrillic, ...accented]) expect(got.filter((l) => l === line.replace(/\s+/g, ' ')), line).toHaveLength(4)
  })

  it('gives back every Arabic letter in every joining form, regular and bold', async () => {
    const letters = 'ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ء ة ى أ إ آ ؤ ئ'
    // Each letter alone, then between two beh (initial, medial and final forms), with its vowel signs.
    const joined = letters.split(' ').map((l) => `ب${l}ب${l}`).join(' ')
    const vowels = 'بَ بِ بُ بً بٍ بٌ بّ بْ'
    const source = [letters, joined, vowels, 'لا الاتحاد، المادة؛ هل؟']
    const file = await paintDocument(await rootOf(front('باكو', 'الحروف', 'إن المؤتمر،') + inStyles(source, ['', '**']), 'ar'), out, 'arabic-letters')
    // Compared without white space: poppler reads narrow Arabic spaces between single letters as no space.
    const text = extractText(file).replace(/[\s\u202a-\u202e]/g, '')
    for (const line of source) expect(text.split(line.replace(/\s/g, '')).length - 1, line).toBe(2)
  })

  it('gives back Chinese characters and punctuation, regular and bold', async () => {
    const source = ['国际电信联盟，电信发展部门。', '（一）决议；说明：是否？是！《报告》“引号”、顿号']
    const file = await paintDocument(await rootOf(front('巴库', '文字', '世界电信发展大会，') + inStyles(source, ['', '**']), 'zh'), out, 'chinese')
    const text = extractText(file).replace(/\s+/g, '')
    for (const line of source) expect(text.split(line).length - 1, line).toBe(2)
  })
})

// Original Arabic sample text: numbers, Latin abbreviations, brackets, a list, a table.
const arabic = `${front('جنيف', 'نص تجريبي للاستخراج', 'إن المؤتمر العالمي لتنمية الاتصالات (جنيف، 2026)،')}:::considering
1. أن المادة 12 من الدستور (الفقرة 3) تنص على التعاون بين القطاعات الثلاثة؛
2. أن تقرير ITU-D لعام 2024 يبين أن 2,6 مليار شخص لا يستعملون الإنترنت [المرجع 7]؛
3. أن شبكات الجيل الخامس (5G) والألياف البصرية (FTTH) تنتشر بسرعة في 45 بلداً،
:::

:::resolves
1. أن يعد مكتب تنمية الاتصالات (BDT) دليلاً عملياً من 3 أجزاء قبل 31 ديسمبر 2027؛
2. أن يقدم تقريراً سنوياً إلى الفريق الاستشاري (TDAG) عن التقدم المحرز في تنفيذ هذا القرار،
:::

| البند | الموعد | الجهة |
|---|---|---|
| المرحلة 1 | 2026–2027 | BDT |
| المرحلة 2 | 2028 | لجنة الدراسات 1 |
`

const chinese = `${front('日内瓦', '文本提取示例', '世界电信发展大会（2026年，日内瓦），')}:::considering
1. 《组织法》第12条（第3款）规定了三个部门之间的合作；
2. ITU-D 2024年报告显示，仍有26亿人未使用互联网［参考文献7］；
:::

:::resolves
1. 电信发展局（BDT）在2027年12月31日之前编写一份由3个部分组成的实用指南；
2. 每年向电信发展顾问组（TDAG）报告本决议的执行进展，
:::
`

/** What a reader should get: the document's words in logical order (its HTML, without notes). */
async function sourceWords(markdown: string, lang: string): Promise<string[]> {
  const { renderHtml } = await import('../../src/render/html/index.js')
  const { loadTemplates } = await import('../../src/build/templates.js')
  const root = await rootOf(markdown, lang)
  const loaded = (await loadTemplates()).get('resolution')!
  const html = renderHtml(root, { shell: loaded.shell, css: '', generator: 'test', assetUrl: () => '' })
  return wordsOf(textOf(html.replace(/<head[\s\S]*?<\/head>/, '').replace(/<section[^>]*footnotes[\s\S]*?<\/section>/, '').replace(/<sup[\s\S]*?<\/sup>/g, '')))
}

describe.each([
  ['Arabic', 'ar', arabic],
  ['Chinese', 'zh', chinese],
])('%s text comes out word for word in logical order', (_name, lang, markdown) => {
  let file: string
  let expected: string[]

  beforeAll(async () => {
    file = await paintDocument(await rootOf(markdown, lang), out, `extract-${lang}`)
    expected = await sourceWords(markdown, lang)
  })

  it('with pdftotext in reading order', () => {
    expect(wordRecall(expected, wordsOf(extractText(file)))).toBeGreaterThanOrEqual(0.95)
  })

  it('with pdftotext -layout', () => {
    const text = extractText(file, true)
    expect(wordRecall(expected, wordsOf(lang === 'ar' ? rightToLeftBlocks(text) : text))).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps numbers and Latin abbreviations whole and in their sentence', () => {
    const text = extractText(file)
    for (const token of ['2027', '31', 'BDT', 'TDAG', 'ITU', '2024']) expect(wordsOf(text)).toContain(token)
    if (lang === 'ar') {
      // The brackets around an abbreviation come back as a pair, not mirrored into "))".
      const line = text.split('\n').find((l) => l.includes('BDT') && l.includes('مكتب'))!
      expect([line.split('(').length, line.split(')').length]).toEqual([2, 2])
    }
  })
})
