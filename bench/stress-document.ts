// A stress document for the layout engine, written as report Markdown: by default 50
// sections, 40 footnotes (three longer than a page), a 120-row table with multi-line cells,
// a box, nested lists and an annex. The layout tests use it as is; the benchmark repeats
// the sections to reach a given size. The words are varied so lines break in many places.
const words = ['network', 'access', 'operators', 'rural', 'coverage', 'spectrum', 'affordable', 'community', 'broadband', 'regulation',
  'infrastructure', 'telecommunication', 'development', 'resilience', 'investment', 'digital', 'skills', 'services', 'users', 'policy']

function sentence(seed: number, length: number): string {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13 + (i * i) % 5) % words.length]!)
  const text = out.join(' ')
  return text[0]!.toUpperCase() + text.slice(1) + '.'
}

export function stressMarkdown(sections = 50): string {
  const lines: string[] = ['---', 'template: report', 'title: Stress test of the layout engine', 'author: Layout tests', 'date: 2026-01-15', 'document: TEST/1', '---', '']
  const notes = Math.round((sections * 4) / 5)
  let footnote = 0
  for (let s = 1; s <= sections; s++) {
    lines.push(`# Section ${s} {#s${s}}`, '')
    for (let p = 0; p < 3; p++) {
      const note = footnote < notes && (s + p) % 3 === 0 ? `[^n${++footnote}]` : ''
      lines.push(`${sentence(s * 10 + p, 40 + ((s + p) % 5) * 12)}${note} ${sentence(s + p, 20)}`, '')
    }
    if (s % 50 === 10) {
      lines.push('- first level item with some text to wrap over the line end when it is long enough to do so', '  - second level item with more words in it than fit on one line of the text area, for sure', '    - third level item', '- back at the first level', '')
    }
    if (s % 50 === 20) {
      lines.push(':::box[Case study: a box across the text]', sentence(99, 60), '', sentence(98, 50), ':::', '')
    }
    if (s % 50 === 30) {
      lines.push(`:::table[A long table]{#long${s} widths="1,3,2" header=1}`, '| No. | Description | Status |', '|---|---|---|')
      for (let r = 1; r <= 120; r++) lines.push(`| ${r} | ${sentence(r, 8 + (r % 4) * 9)} | ${sentence(r + 3, 2 + (r % 3) * 4)} |`)
      lines.push(':::', '')
    }
  }
  lines.push('::::annex[Supplementary material]{#annex-one}', '', sentence(1, 80), '', sentence(2, 80), '', '::::', '')
  for (let n = 1; n <= footnote; n++) lines.push(`[^n${n}]: ${sentence(n * 5, n % 13 === 0 ? 900 : 15 + (n % 4) * 10)}`, '')
  return lines.join('\n')
}
