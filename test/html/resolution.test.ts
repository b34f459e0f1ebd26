import { describe, expect, it } from 'vitest'
import { htmlOf, resolution, textOf } from '../helpers.js'

const source = resolution(`:::considering
1. that access is uneven;[^gap]
2. that costs matter:
   1. for devices;
   2. for services,
:::

:::recalling
1. its earlier work;
2. the plan in :ref{#plan},
:::

:::invites[Member States]
1. to share data;
2. to report {++annually++}.
:::

::::annex[Plan of action]{#plan}
:::table[Milestones]{header=1 #milestones}
| Year | Step |
|------|------|
| 2026 | Survey |
:::
::::

[^gap]: Measured by household access.`)

describe('resolution HTML', async () => {
  const { html, findings } = await htmlOf(source)
  const text = textOf(html)

  it('resolves without findings', () => expect(findings).toEqual([]))

  it('prints the number line, the title and the convening line', () => {
    expect(html).toContain('<p class="cover-line resNo">RESOLUTION 37 (Rev. Baku, 2025)</p>')
    expect(html).toContain('<h1 class="cover-line resTitle">Bridging the digital divide</h1>')
    expect(html).toContain('<p class="cover-line afterTitle">The World Telecommunication Development Conference (Baku, 2025),</p>')
  })

  it('prints call labels in the italic Call style, with the addressee', () => {
    expect(html).toMatch(/<p class="Call">considering<\/p>/)
    expect(html).toMatch(/<p class="Call">invites Member States<\/p>/)
    expect(html).toMatch(/\.Call \{ font-style: italic;/)
  })

  it('letters items a), b) restarting in every call, with i), ii) nested and numbers for operative items', () => {
    expect(text).toContain('considering a) that access is uneven; 1 b) that costs matter: i) for devices; ii) for services,')
    expect(text).toContain('recalling a) its earlier work; b) the plan in Annex ,')
    expect(text).toContain('invites Member States 1 to share data; 2 to report annually .')
  })

  it('heads its only annex "ANNEX TO RESOLUTION 37 (Rev. Baku, 2025)" and numbers the table inside', () => {
    expect(text).toContain('ANNEX TO RESOLUTION 37 (Rev. Baku, 2025) Plan of action')
    expect(html).toMatch(/<caption><span class="caption-label">Table 1<\/span> – Milestones<\/caption>/)
    expect(html).toContain('<th scope="col"><p>Year</p></th>')
  })

  it('renders footnotes as endnotes with back links, and revisions as <ins>', () => {
    expect(html).toContain('<a href="#fn-1" id="fnref-1" role="doc-noteref"')
    expect(html).toMatch(/<li id="fn-1" value="1"><p>Measured by household access\. <a class="footnote-back" href="#fnref-1"/)
    expect(html).toContain('<ins>annually</ins>')
  })
})

describe('raw HTML never reaches the output', () => {
  it('drops inline and block HTML and reports each', async () => {
    const { html, findings } = await htmlOf(source.replace('that access is uneven;', 'that <script>alert(1)</script> access') + '\n<div onclick="x()">block</div>\n')
    expect(findings.map((f) => f.ruleId)).toEqual(['markdown/raw-html', 'markdown/raw-html'])
    expect(html).not.toMatch(/<script|onclick|<div/)
  })

  it('keeps javascript: links out', async () => {
    const { html } = await htmlOf(`${source}\n[x](javascript:alert(1))\n`)
    expect(html).not.toContain('javascript:')
  })
})
