import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import { mayHaveUncovered } from '../../../src/layout/fonts/coverage.js'
import { loadFace } from '../../../src/layout/fonts/face.js'
import { FontBook } from '../../../src/layout/fonts/select.js'
import type { ItuRoot } from '../../../src/model/nodes.js'

const book = new FontBook(faceInputs().map(loadFace))
/** A tree holding `text` deep inside, where layout would find it. */
const treeWith = (text: string): ItuRoot => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Plain text, then ' }, { type: 'emphasis', children: [{ type: 'text', value: text }] }] }] }) as unknown as ItuRoot

describe('glyph coverage before layout', () => {
  it('finds nothing uncovered in text the faces cover: Latin, Arabic, Chinese, a no-break space', () => {
    expect(mayHaveUncovered(treeWith('Résolution 1 (Rév. Dubaï) — ITU\u00a0R, القرار 1، 第1号决议'), book)).toBe(false)
  })

  it('finds a character no face covers, however deep, after the same character covered many times', () => {
    expect(mayHaveUncovered(treeWith(`${'aaaa '.repeat(50)}\u{1D11E}`), book)).toBe(true)
    expect(mayHaveUncovered(treeWith('\u2c80 Coptic'), book)).toBe(true)
  })

  it('counts an invisible format character as covered, and a lone surrogate as not', () => {
    expect(mayHaveUncovered(treeWith('a\u200bb\u200fc'), book)).toBe(false)
    expect(mayHaveUncovered(treeWith('a\ud800b'), book)).toBe(true)
  })
})
