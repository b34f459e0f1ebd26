// The DOCX writer's pure helpers: direction of text stretches, column widths, image sizes.
import { describe, expect, it } from 'vitest'
import { pngOf } from '../../../helpers.js'
import { scaleWidths } from '../../../../src/render/docx/grid.js'
import { imageInfo } from '../../../../src/render/docx/images.js'
import { splitByDirection } from '../../../../src/render/docx/runs.js'

describe('splitByDirection', () => {
  it('keeps Latin inside Arabic as its own left-to-right stretch; Arabic punctuation goes with the Arabic', () => {
    expect(splitByDirection('التوصية ITU-T E.119 (2017)، الملحق', true)).toEqual([
      { text: 'التوصية ', rtl: true },
      { text: 'ITU-T E.119 (2017)', rtl: false },
      { text: '، الملحق', rtl: true },
    ])
  })

  it('gives leading neutrals to the first letter, and text without letters to the document', () => {
    expect(splitByDirection('(ITU-D) بشأن', true)).toEqual([{ text: '(ITU-D) ', rtl: false }, { text: 'بشأن', rtl: true }])
    expect(splitByDirection('2025 – 2028', true)).toEqual([{ text: '2025 – 2028', rtl: true }])
    expect(splitByDirection('Résumé – Резюме', false)).toEqual([{ text: 'Résumé – Резюме', rtl: false }])
  })

  it('splits as the character-by-character reading with regular expressions does', () => {
    // Every range boundary, a surrogate pair and the scripts of ITU's languages, in random strings.
    const alphabet = [...'@AZ[`az{¿ÀɏɐͯͰӿԀ֏\u0590\u08ff\u0900\u303f\u3040\u9fff\ua000\uabff\uac00\ud7af\ud7b0\uf8ff\uf900\ufaff\ufb00\ufb1c\ufb1d\ufdff\ufe00\ufe6f\ufe70\ufeff\uff00 1,.()،قرارITU中文😀']
    let seed = 7
    const next = (): number => (seed = (seed * 48271) % 2147483647)
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('')
      for (const rtl of [true, false]) expect(splitByDirection(text, rtl)).toEqual(byRegExp(text, rtl))
    }
  })
})

/** The former splitByDirection, one character at a time with regular expressions: the reference. */
function byRegExp(text: string, documentRtl: boolean): Array<{ text: string; rtl: boolean }> {
  const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
  const ltrLetter = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/
  const parts: Array<{ text: string; rtl: boolean }> = []
  let current: { text: string; rtl: boolean } | undefined
  let leading = ''
  for (const char of text) {
    const rtl = rtlLetter.test(char) ? true : ltrLetter.test(char) ? false : undefined
    if (rtl === undefined) {
      if (current) current.text += char
      else leading += char
    } else if (current && current.rtl === rtl) current.text += char
    else {
      current = { text: leading + char, rtl }
      leading = ''
      parts.push(current)
    }
  }
  if (leading) parts.push({ text: leading, rtl: documentRtl })
  return parts
}

describe('scaleWidths', () => {
  it('turns relative widths into twips that add up to the width exactly', () => {
    expect(scaleWidths([3, 2, 1], 3, 9638)).toEqual([4819, 3213, 1606])
    expect(scaleWidths(undefined, 3, 100)).toEqual([33, 34, 33])
    expect(scaleWidths([1, 2], 3, 90)).toEqual([30, 30, 30])
  })
})

describe('imageInfo', () => {
  it('reads the pixel size of PNG, GIF and SVG images', () => {
    expect(imageInfo(pngOf(512, 300), 'a.png')).toEqual({ type: 'png', width: 512, height: 300 })
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xc8, 0x00])
    expect(imageInfo(gif, 'a.gif')).toEqual({ type: 'gif', width: 320, height: 200 })
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 150"></svg>')
    expect(imageInfo(svg, 'a.svg')).toEqual({ type: 'svg', width: 400, height: 150 })
  })

  it('refuses an image whose size it cannot read', () => {
    expect(() => imageInfo(new Uint8Array([1, 2, 3]), 'broken.png')).toThrow(/cannot read the size of image "broken.png"/)
    const header = pngOf(512, 300).subarray(0, 33)
    expect(() => imageInfo(header, 'cut.png')).toThrow(/cannot read the size of image "cut.png".*no IDAT/)
  })
})
