import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/parse/index.js'

/** Where each unclosed revision mark of `source` is reported, as "line:column". */
const unclosedAt = (source: string): string[] => parseMarkdown(source).unclosedRevisions.map(({ position }) => `${position.start.line}:${position.start.column}`)

describe('revision marks never closed', () => {
  it('are reported where they stand on the first line of a paragraph', () => {
    expect(unclosedAt('Some {++added text\n')).toEqual(['1:6'])
  })

  it('are reported on their own line when the paragraph runs over several (not at the first line\'s column)', () => {
    expect(unclosedAt('First line of the paragraph,\nsecond line,\n{--removed and never closed\n')).toEqual(['3:1'])
    expect(unclosedAt('Intro\n\n[^1]: A note {++added++}.\na | b |\nthen {~~old never closed\n\n[^1]: x\n')).toEqual(['5:6'])
  })
})
