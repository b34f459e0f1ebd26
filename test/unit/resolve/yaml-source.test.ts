import { describe, expect, it } from 'vitest'
import { parseYamlSource } from '../../../src/resolve/yaml-source.js'

/** The text at an error's position: what the author is pointed to. */
const at = (text: string, position: { line: number; column: number }): string => text.split('\n')[position.line - 1]!.slice(position.column - 1)

describe('YAML positions', () => {
  it('points every syntax error at its own line, after a scalar that spans lines in a broken flow collection', () => {
    // Markdown taken for YAML (front matter left open): yaml's own line counter missed the
    // newline inside "++ *x*\n-" and put every later error a line too high.
    const text = 'a: [x]\n{~~y~>z~~} *1* {++ *x*\n- {--w--} [^n]\n'
    const { errors } = parseYamlSource(text, { line: 1, column: 1, offset: 0 })
    expect(errors.length).toBeGreaterThan(3)
    const lines = text.split('\n')
    for (const { position } of errors) {
      expect(position.start.line).toBeLessThanOrEqual(lines.length)
      expect(position.start.column).toBeLessThanOrEqual(lines[position.start.line - 1]!.length + 1)
      expect(text.slice(position.start.offset!)).toBe(lines.slice(position.start.line - 1).join('\n').slice(position.start.column - 1))
    }
    expect(errors.some(({ position }) => position.start.line === 3 && at(text, position.start).startsWith('{--w--}'))).toBe(true)
  })

  it('reports positions in file coordinates from where the YAML starts', () => {
    const { errors, positionOf } = parseYamlSource('title: x\nbad: [\n', { line: 2, column: 1, offset: 4 })
    expect(errors[0]!.position.start.line).toBeGreaterThanOrEqual(3)
    expect(positionOf(['title']).start).toMatchObject({ line: 2, column: 1, offset: 4 })
  })
})
