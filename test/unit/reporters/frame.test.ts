// The source excerpt under a finding: caret under the column, a row under a one-line span,
// tabs kept so the caret stays aligned, long lines cut, terminal controls made visible.
import { describe, expect, it } from 'vitest'
import { codeFrame } from '../../../src/cli/reporters/frame.js'
import { textReport } from '../../../src/cli/reporters/text.js'
import type { Finding } from '../../../src/model/diagnostic.js'

describe('codeFrame', () => {
  it('puts one caret under the column, or a row under a span on the line', () => {
    expect(codeFrame('first\nsecond line\n', { line: 2, column: 8 })).toEqual(['  2 | second line', '    |        ^'])
    expect(codeFrame('first\nsecond line\n', { line: 2, column: 1, endLine: 2, endColumn: 7 })).toEqual(['  2 | second line', '    | ^^^^^^'])
    // A span over several lines marks its start.
    expect(codeFrame('a\nbc\n', { line: 1, column: 1, endLine: 2, endColumn: 2 })).toEqual(['  1 | a', '    | ^'])
  })

  it('keeps tabs in the caret line and shows control characters as code points', () => {
    expect(codeFrame('\tx = 1', { line: 1, column: 2 })).toEqual(['  1 | \tx = 1', '    | \t^'])
    const [line, caret] = codeFrame('ab\u202Ecd', { line: 1, column: 3 })
    expect(line).toBe('  1 | ab<U+202E>cd')
    expect(caret).toBe(`    |   ${'^'.repeat('<U+202E>'.length)}`)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(line).not.toMatch(/[\u0000-\u0008\u001b\u202a-\u202e]/)
  })

  it('cuts a long line around the column and gives nothing for a line past the end', () => {
    const [line, caret] = codeFrame(`${'a'.repeat(300)}X${'b'.repeat(300)}`, { line: 1, column: 301 })
    expect(line!.length).toBeLessThan(120)
    expect(line!.indexOf('X')).toBe(caret!.indexOf('^'))
    expect(codeFrame('one line', { line: 5, column: 1 })).toEqual([])
  })
})

describe('the text report with sources', () => {
  const finding: Finding = { ruleId: 'xref/broken', severity: 'error', message: 'Broken.', url: '', file: 'doc.md', line: 2, column: 3, endLine: 2, endColumn: 5, hint: 'Fix it.' }
  it('prints the excerpt between the finding and its hint, and none without the source', () => {
    expect(textReport([finding], { color: false, source: () => 'one\ntwo three\n' })).toBe('doc.md:2:3 error xref/broken Broken.\n  2 | two three\n    |   ^^\n  hint: Fix it.\n✖ 1 error, 0 warnings\n')
    expect(textReport([finding], { color: false })).toBe('doc.md:2:3 error xref/broken Broken.\n  hint: Fix it.\n✖ 1 error, 0 warnings\n')
  })
})
