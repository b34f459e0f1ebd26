// Publications: part titles, included documents with scoped ids, footnotes restarting per
// document, a table of contents over parts and documents, dependencies for incremental builds.
import { describe, expect, it } from 'vitest'
import type { Heading, Included } from '../../src/model/nodes.js'
import { resolveText, resolution, tree } from '../helpers.js'

const withNote = (n: number) => resolution(`:::resolves
1. to act;[^a]
2. to see :ref{#plan}.
:::

::::annex[Plan]{#plan}
Text.
::::

[^a]: Note of resolution ${n}.`).replace('number: 37', `number: ${n}`)

const publication = (parts: string) => `---
template: publication
title: Final Report
subtitle: A conference
footer: Conference – Final Report
parts:
${parts}
---

Foreword.
`

describe('publication', () => {
  const root = tree({ 'pub/en.md': '', 'res-1.md': withNote(1), 'res-2.md': withNote(2) })

  it('compiles documents under part titles, each with its own ids, footnotes and running heads', async () => {
    const { doc, findings } = await resolveText(publication('  - title: Resolutions\n    documents: [../res-1.md, ../res-2.md]'), { path: `${root}/pub/en.md`, root })
    expect(findings).toEqual([])
    const [pageBreak, toc, foreword, part, first, second] = doc!.root.children
    expect(pageBreak!.type).toBe('pageBreak')
    expect(toc!.type).toBe('toc')
    expect(foreword!.type).toBe('paragraph')
    expect((part as Heading).id).toBe('part-1')
    const included = [first, second] as Included[]
    expect(included.map((d) => [d.type, d.id, d.title])).toEqual([
      ['included', 'd1', 'RESOLUTION 1 (Rev. Baku, 2025) – Bridging the digital divide'],
      ['included', 'd2', 'RESOLUTION 2 (Rev. Baku, 2025) – Bridging the digital divide'],
    ])
    // Footnotes restart at 1 in each document; ids are scoped so anchors stay unique.
    expect(included.map((d) => d.footnotes.map((f) => [f.number, f.id]))).toEqual([[[1, 'd1-a']], [[1, 'd2-a']]])
    expect(included.map((d) => d.children.find((b) => b.type === 'annex')?.id)).toEqual(['d1-plan', 'd2-plan'])
    expect(JSON.stringify(included[1]!.children)).toContain('"targetId":"d2-plan"')
    expect(included[0]!.page.footer.map((t) => ('value' in t ? t.value : ''))).toEqual(['WTDC – Resolution 1'])
    expect(toc!.type === 'toc' && toc!.entries.map((e) => [e.level, e.targetId])).toEqual([[1, 'part-1'], [2, 'd1'], [2, 'd2']])
    expect(doc!.dependencies).toEqual(['res-1.md', 'res-2.md'])
  })

  it('reports a missing document, a part title missing in the language, and a publication that compiles itself', async () => {
    const missing = await resolveText(publication('  - title: { fr: Résolutions }\n    documents: [../nowhere.md, .]'), { path: `${root}/pub/en.md`, root })
    expect(missing.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['publication/part-title-missing', 7],
      ['publication/missing-document', 8],
      ['publication/cycle', 8],
    ])
  })
})
