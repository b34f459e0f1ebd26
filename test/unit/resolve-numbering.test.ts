import { describe, expect, it } from 'vitest'
import type { Annex, Heading, List, Note, NumberedParagraph, Table } from '../../src/model/nodes.js'
import { collect, reportSource, resolveText } from '../helpers.js'

describe('report numbering', () => {
  it('numbers sections 1, 1.1, 1.1.1 and paragraphs under them; a list after paragraph 4.10 continues 4.10.1', async () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n')
    const { doc, findings } = await resolveText(reportSource(`# One\n\nIntro.\n\n## One one\n\nText.\n\n### Deep\n\nDeeper.\n\n# Two\n\n# Three\n\n# Four\n\n${paragraphs}\n\n1. first;\n2. second.\n`))
    expect(findings).toEqual([])
    const children = doc!.root.children
    expect(collect(children, 'heading').map((h: Heading) => h.number)).toEqual(['1', '1.1', '1.1.1', '2', '3', '4'])
    expect(collect(children, 'numberedParagraph').map((p: NumberedParagraph) => p.number)).toEqual([
      '1.1', '1.1.1', '1.1.1.1', ...Array.from({ length: 10 }, (_, i) => `4.${i + 1}`),
    ])
    const list = collect(children, 'list')[0] as List
    expect(list.children.map((i) => i.number.label)).toEqual(['4.10.1', '4.10.2'])
  })

  it('builds a table of contents from numbered headings and annexes', async () => {
    const { doc } = await resolveText(reportSource('# One\n\nA.\n\n## Sub\n\nB.\n\n::::annex[Data]\nC.\n::::\n'))
    const toc = doc!.root.children[0]!
    expect(toc.type).toBe('toc')
    expect(toc.type === 'toc' && toc.entries.map((e) => [e.number ?? '', e.text])).toEqual([['1', 'One'], ['1.1', 'Sub'], ['', 'ANNEX – Data']])
  })
})

const recommendation = (body: string) => `---
template: recommendation
sector: T
number: E.123
title: A Recommendation
approval-date: 2017-04-07
---

${body}
`

describe('recommendation numbering', () => {
  it('numbers clauses, definitions, tables and figures, with A.1 / I.1 prefixes in annexes and appendices', async () => {
    const { doc, findings } = await resolveText(recommendation(`# Scope

S.

# Definitions

## Terms defined here

:::definitions
**alpha** [ITU-T X.1]: First.

**beta**: Second.
:::

:::table[Body table]{header=1 #t1}
| a | b |
|---|---|
| 1 | 2 |
:::

::::annex[Normative stuff]{#ax}
# Inside

:::table[Annex table]{header=1 #t2}
| a |
|---|
| 1 |
:::
::::

::::appendix[Informative stuff]
# Also inside

Text.
::::

See :ref{#t1}, :ref{#t2}, :ref{#ax} and :ref{#clause-2-1}.
`))
    expect(findings).toEqual([])
    const children = doc!.root.children
    expect(collect(children, 'heading').map((h) => h.number)).toEqual(['1', '2', '2.1', 'A.1', 'I.1'])
    expect(collect(children, 'definition').map((d) => d.number)).toEqual(['2.1.1', '2.1.2'])
    expect(collect(children, 'table').map((t: Table) => t.caption?.label)).toEqual(['Table 1', 'Table A.1'])
    const annexes = collect(children, 'annex') as Annex[]
    expect(annexes.map((a) => [a.label, a.status])).toEqual([
      ['Annex A', '(This annex forms an integral part of this Recommendation.)'],
      ['Appendix I', '(This appendix does not form an integral part of this Recommendation.)'],
    ])
  })

  it('labels a lone note "NOTE –" and several notes in a clause "NOTE 1 –", "NOTE 2 –"', async () => {
    const { doc } = await resolveText(recommendation(`# One

:::note
Alone.
:::

# Two

:::note
First.
:::

:::note
Second.
:::
`))
    expect(collect(doc!.root.children, 'note').map((n: Note) => n.label)).toEqual(['NOTE –', 'NOTE 1 –', 'NOTE 2 –'])
  })

  it('reports a cross-reference to a missing id at its position', async () => {
    const { findings } = await resolveText(recommendation('# One\n\nSee :ref{#nowhere}.\n'))
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['xref/broken', 11, 5]])
  })
})
