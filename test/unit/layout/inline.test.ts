// Inline layout on its own: justification of Latin text, Chinese line breaking (no break
// before closing punctuation) and inter-character justification, Arabic reordering with
// digits, Latin and mirrored brackets, tab stops, overlong words, missing glyphs.
import type { Position } from 'unist'
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../../src/build/fonts.js'
import type { LayoutProblem, TextItem } from '../../../src/layout/frame.js'
import { loadFace } from '../../../src/layout/fonts/face.js'
import { FontBook } from '../../../src/layout/fonts/select.js'
import { collectInlines, type InlineRun } from '../../../src/layout/inline/collect.js'
import { layoutParagraph } from '../../../src/layout/inline/paragraph.js'
import type { Alignment, LineBox } from '../../../src/layout/inline/place.js'
import { TAB } from '../../../src/layout/inline/styled.js'
import { StructBuilder } from '../../../src/layout/struct.js'

const book = new FontBook(faceInputs().map(loadFace))
const at = (line: number, column: number): Position => ({ start: { line, column }, end: { line, column } })
const width = 300

function lay(runs: InlineRun[], options: { dir?: 'ltr' | 'rtl'; align?: Alignment; width?: number } = {}): { lines: LineBox[]; problems: LayoutProblem[] } {
  const problems: LayoutProblem[] = []
  const styled = collectInlines(runs, { bold: false, italic: false, size: 12 }, { inlineImage: () => undefined, footnoteScope: '' })
  const struct = new StructBuilder()
  const lines = layoutParagraph(styled, {
    align: options.align ?? 'justify', dir: options.dir ?? 'ltr', columnWidth: options.width ?? width, indent: 0, firstLine: 0, endIndent: 0,
    base: { face: book.face('latin', false, false), size: 12 }, tag: struct.add('P', -1),
  }, { book, problems, struct })
  return { lines, problems }
}
const text = (value: string, line = 1): InlineRun => ({ inlines: [{ type: 'text', value, position: at(line, 1) }] })
const items = (line: LineBox): TextItem[] => line.items.filter((i): i is TextItem => i.kind === 'text').sort((a, b) => a.x - b.x)
const right = (line: LineBox): number => Math.max(...items(line).map((i) => i.x + i.width))
const left = (line: LineBox): number => Math.min(...items(line).map((i) => i.x))
const lineText = (line: LineBox): string => items(line).map((i) => i.text).join('')

describe('inline layout', () => {
  it('justifies every line but the last to the full width', () => {
    const { lines } = lay([text('that access to telecommunications/information and communication technologies (ICTs) has become a precondition for taking part in economic, social and cultural life; it also depends on affordable devices and relevant content in local languages.')])
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines.slice(0, -1)) {
      expect(left(line)).toBeCloseTo(0, 2)
      expect(right(line)).toBeCloseTo(width, 2)
    }
    expect(right(lines[lines.length - 1]!)).toBeLessThan(width - 20)
  })

  it('puts the text after a label at the next tab stop (1.4 cm)', () => {
    const { lines } = lay([{ ...text('a)'), separator: TAB }, text('that the work continues')], { align: 'start' })
    const [label, first] = items(lines[0]!)
    expect(label!.text).toBe('a)')
    expect(first!.x).toBeCloseTo((794 / 20), 2)
  })

  it('breaks Chinese between ideographs but never before closing punctuation, and spaces the characters to justify', () => {
    // 290 pt is not a whole number of 12 pt ideographs, so full lines need spacing.
    const { lines } = lay([text('国际电信联盟（ITU）是联合国负责信息通信技术事务的专门机构，成立于1865年。各成员国应当努力缩小数字鸿沟，“促进”发展，确保所有人都能够负担得起并有效使用宽带服务。')], { width: 290 })
    expect(lines.length).toBeGreaterThan(2)
    for (const [i, line] of lines.entries()) {
      const content = lineText(line)
      expect(content, `line ${i}`).not.toMatch(/^[，。）」、；：！？”》]/)
      expect(content, `line ${i}`).not.toMatch(/[（“《「]$/)
      if (i < lines.length - 1) {
        expect(right(line)).toBeCloseTo(290, 1)
        expect(items(line).some((item) => (item.characterSpacing ?? 0) > 0)).toBe(true)
      }
    }
  })

  it('orders an Arabic line right to left with digits, Latin and mirrored brackets in place', () => {
    const { lines } = lay([text('أن الاتحاد الدولي للاتصالات (ITU) اعتمد القرار 37 في عام 2002.')], { dir: 'rtl', align: 'start' })
    expect(lines).toHaveLength(1)
    const line = lines[0]!
    expect(right(line)).toBeCloseTo(width, 2)
    const runs = items(line)
    const latin = runs.find((i) => i.text === 'ITU')!
    const year = runs.find((i) => i.text === '2002')!
    const number = runs.find((i) => i.text === '37')!
    // Reading right to left: … (ITU) … 37 … 2002.
    expect(latin.x).toBeGreaterThan(number.x)
    expect(number.x).toBeGreaterThan(year.x)
    // The run holding the opening bracket right of ITU is drawn with the mirrored glyph.
    const before = runs.filter((i) => i.x > latin.x).sort((a, b) => a.x - b.x)[0]!
    expect(before.text.startsWith(')') || before.text.endsWith(')')).toBe(true)
    // The text layer maps mirrored glyphs back to the source's brackets: runs on a
    // right-to-left level say so, runs on a left-to-right level (ITU) do not.
    expect(before.mirrored).toBe(true)
    expect(latin.mirrored).toBeUndefined()
  })

  it('gives a paragraph with right-to-left text its logical text in the tags', () => {
    const struct = new StructBuilder()
    const tag = struct.add('P', -1)
    const styled = collectInlines([text('أن الاتحاد الدولي (ITU) اعتمد القرار 37.')], { bold: false, italic: false, size: 12 }, { inlineImage: () => undefined, footnoteScope: '' })
    layoutParagraph(styled, { align: 'start', dir: 'rtl', columnWidth: width, indent: 0, firstLine: 0, endIndent: 0, base: { face: book.face('arabic', false, false), size: 12 }, tag }, { book, problems: [], struct })
    expect(struct.nodes[tag]!.actualText).toBe('أن الاتحاد الدولي (ITU) اعتمد القرار 37.')
  })

  it('cuts a word longer than the line rather than overflowing', () => {
    const { lines } = lay([text(`see https://www.itu.int/${'very-long-path-segment/'.repeat(12)}index.html for details`)], { align: 'start' })
    for (const line of lines) expect(right(line)).toBeLessThanOrEqual(width + 0.01)
  })

  it('reports a character no font covers, at its line and column', () => {
    const { problems } = lay([text('first line\nsecond line with क in it', 7)])
    expect(problems).toEqual([{ kind: 'missingGlyph', char: 'क', position: { start: { line: 8, column: 18 }, end: { line: 8, column: 19 } } }])
  })
})
