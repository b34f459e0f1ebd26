// The six-language example resolution: each variant prints its own labels, lettering and direction.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { htmlOf, textOf } from '../helpers.js'

const folder = join(import.meta.dirname, '..', '..', 'sources', 'wtdc-25', 'res-digital-inclusion')
const variant = (lang: string) =>
  htmlOf(readFileSync(join(folder, `${lang}.md`), 'utf8'), { lang, shared: readFileSync(join(folder, 'document.yaml'), 'utf8'), path: join(folder, `${lang}.md`) })

describe('the resolution in six languages', () => {
  it('Arabic: right to left, Arabic letters a), b) → أ), ب), Arabic call labels and number line', async () => {
    const { html, findings } = await variant('ar')
    expect(findings).toEqual([])
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<span class="label italic">أ)</span>')
    expect(html).toContain('<span class="label italic">ب)</span>')
    // A Latin label reads left to right, its bracket after it ("i)", never "(i").
    expect(html).toContain('<span class="label" dir="ltr">i)</span>')
    expect(html).toContain('<p class="Call">إذ يضع في اعتباره</p>')
    expect(textOf(html)).toContain('القرار 96 (المراجَع في باكو، 2025)')
  })

  it('Chinese: Chinese labels, the Chinese number line and caption words', async () => {
    const { html, findings } = await variant('zh')
    expect(findings).toEqual([])
    expect(html).toContain('<html lang="zh" dir="ltr">')
    expect(html).toContain('<p class="Call">考虑到</p>')
    expect(html).toContain('<p class="Call">做出决议</p>')
    expect(textOf(html)).toContain('第96号决议（2025年，巴库，修订版）')
    expect(html).toMatch(/<span class="caption-label">表1<\/span>/)
  })

  it('French, Spanish and Russian: their own call words and annex headings', async () => {
    const expectations: Record<string, string[]> = {
      fr: ['<p class="Call">considérant</p>', 'ANNEXE DE LA RÉSOLUTION 96 (Rév. Bakou, 2025)'],
      es: ['<p class="Call">considerando</p>', 'ANEXO A LA RESOLUCIÓN 96 (Rev. Bakú, 2025)'],
      ru: ['<p class="Call">учитывая</p>', 'ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ 96 (Пересм. Баку, 2025 г.)'],
    }
    for (const [lang, needles] of Object.entries(expectations)) {
      const { html, findings } = await variant(lang)
      expect(findings).toEqual([])
      for (const needle of needles) expect(html).toContain(needle)
    }
  })
})
