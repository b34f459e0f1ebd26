// The cover and body of each template in HTML: what an editor checks first.
import { describe, expect, it } from 'vitest'
import { htmlOf, textOf } from '../helpers.js'

const contacts = 'contacts:\n  - { name: A. Author, organization: Ministry of Communications, phone: "+41 22 000 0000", email: a.author@example.org }'

describe('contribution', () => {
  const front = (sector: string, extra = '') => `---
template: contribution
sector: ${sector}
study-group: ${sector === 'D' ? 1 : 12}
document: ${sector === 'D' ? 'SG1RGQ/123' : 'SG12-C45'}
meeting: { venue: Geneva, start: 2026-10-19, end: 2026-10-23 }
date: 2026-08-28
original-language: en
for: action
questions: ["4/1", "5/1"]
source: Ministry of Communications, Republic of Examplia
title: Community networks in mountain regions
action-required: The meeting is invited to include section 3 in the output report.
${contacts}
${extra}---

:::abstract
Short abstract.
:::

# Introduction

Text.
`

  it('ITU-D: prints the Annex 2 cover with FOR ACTION marked', async () => {
    const { html, findings } = await htmlOf(front('D'))
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('SG1RGQ/123-E')
    expect(text).toContain('Original: English')
    expect(text).toContain('Venue and date of meeting: Geneva, 19–23 October 2026')
    expect(html).toMatch(/<td class="checkbox"><span class="line">X<\/span><\/td><td class="label"><span class="line">FOR ACTION<\/span><\/td>/)
    expect(html).toMatch(/<td class="checkbox"><\/td><td class="label"><span class="line">FOR INFORMATION<\/span><\/td>/)
    expect(text).toContain('QUESTION: 4/1, 5/1')
    expect(text).toContain('Revision to previous contribution: No')
    expect(text).toContain('Action required: The meeting is invited')
    expect(text).toContain('E-mail: a.author@example.org')
    expect(text).toContain('Abstract: Short abstract.')
    expect(html).toContain('section-abstract labelled')
    expect(text).toContain('1 Introduction')
    expect(html).toContain('class="closing-rule"')
  })

  it('ITU-T: prints the TSB header with study period, study group and the CONTRIBUTION banner', async () => {
    const { html, findings } = await htmlOf(front('T'))
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('TELECOMMUNICATION STANDARDIZATION SECTOR')
    expect(text).toContain('STUDY PERIOD 2025-2028')
    expect(text).toMatch(/SG12-C45 .*STUDY GROUP 12 .*Original: English/)
    expect(html).toContain('<td class="banner" colspan="3"><span class="line">CONTRIBUTION</span></td>')
    expect(text).toContain('Question(s): 4/1, 5/1 Geneva, 19–23 October 2026')
  })

  it('shows the revised document when revision-of is set', async () => {
    const { html } = await htmlOf(front('D', 'revision-of: SG1RGQ/100\n'))
    expect(textOf(html)).toContain('Revision to previous contribution: Yes: SG1RGQ/100')
  })
})

describe('liaison statement', () => {
  const source = (sector: string) => `---
template: liaison-statement
sector: ${sector}
document: SG1RGQ/LS/12
study-group: 1
questions: { origin: ["4/1"], destination: ["3/2"] }
source: ITU-D Study Group 1
meeting: { venue: Geneva, start: 2026-10-19, end: 2026-10-23 }
subject: Request for information on power supply for small rural sites
destinations:
  - { name: ITU-D Study Group 2, for: action }
  - { name: ITU-T Study Group 5, for: information }
  - { name: ITU-R Working Party 5A, for: comment }
approval-level: Study group
deadline: 2027-03-15
${contacts}
---

Body.
`

  it('lists destinations by purpose, approval and deadline (ITU-D)', async () => {
    const { html, findings } = await htmlOf(source('D'))
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('LIAISON STATEMENT')
    expect(text).toContain('QUESTION(S): 4/1 → 3/2')
    expect(text).toContain('For action to: ITU-D Study Group 2')
    expect(text).toContain('For comment to: ITU-R Working Party 5A')
    expect(text).toContain('For information to: ITU-T Study Group 5')
    expect(text).toContain('Approval: Study group')
    expect(text).toContain('Deadline: 15 March 2027')
  })

  it('uses the ITU-T field table', async () => {
    const { html, findings } = await htmlOf(source('T'))
    expect(findings).toEqual([])
    expect(textOf(html)).toMatch(/Question\(s\): 4\/1 Meeting: Geneva, 19–23 October 2026 Study Group: 1/)
  })
})

describe('recommendation', () => {
  const source = (sector: string, body: string) => `---
template: recommendation
sector: ${sector}
number: "${sector === 'D' ? '23' : 'E.123'}"
title: Safety confirmation services
approval-date: 2017-04-07
question: "4/1"
convening: The ITU Telecommunication Development Sector (ITU-D),
---

${body}
`

  it('ITU-T: number, title (no date line), Summary, numbered clauses, definitions and abbreviations', async () => {
    const { html, findings } = await htmlOf(source('T', `:::summary
It summarizes.
:::

# Scope

It scopes.

# Definitions

## Terms defined in this Recommendation

:::definitions
**safety confirmation** [b-X]: A message.
:::

# Abbreviations and acronyms

SMS\tShort Message Service
`))
    expect(findings).toEqual([])
    const text = textOf(html)
    // The title block carries no date line (issue 8 item 4): page i and page 1 of E.119.
    expect(text).toContain('Recommendation ITU-T E.123 Safety confirmation services Summary It summarizes.')
    expect(text).toContain('Recommendation ITU-T E.123 Safety confirmation services 1 Scope It scopes.')
    expect(text).not.toContain('Safety confirmation services (04/2017)')
    expect(text).toContain('1 Scope')
    expect(text).toContain('2.1.1 safety confirmation [b-X]: A message.')
    // Abbreviations: aligned columns, one table cell per field.
    expect(html).toMatch(/<table class="entries entries-abbreviation" role="presentation"><tbody><tr><td>SMS<\/td><td>Short Message Service<\/td><\/tr><\/tbody><\/table>/)
  })

  it('ITU-D: the preambular/operative form', async () => {
    const { html, findings } = await htmlOf(source('D', `:::considering
1. that,
:::

:::recommends
1. that.
:::
`))
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('RECOMMENDATION ITU-D 23 Safety confirmation services (04/2017) Question 4/1 The ITU Telecommunication Development Sector (ITU-D),')
    expect(text).toContain('considering a) that, recommends 1 that.')
  })
})

describe('opinion and report', () => {
  it('opinion: "DRAFT OPINION 3", title, convening line, calls', async () => {
    const { html, findings } = await htmlOf(`---
template: opinion
number: 3
title: Resilience of telecommunication/ICTs
convening: The seventh World Telecommunication/ICT Policy Forum (Nassau, 2026),
---

:::recalling
1. the work done,
:::

:::is-of-the-view
1. that resilience matters.
:::
`)
    expect(findings).toEqual([])
    expect(textOf(html)).toContain('DRAFT OPINION 3 Resilience of telecommunication/ICTs The seventh World Telecommunication/ICT Policy Forum (Nassau, 2026), recalling a) the work done, is of the view 1 that resilience matters.')
  })

  it('report: numbered paragraphs, boxes with a source line, a table of contents', async () => {
    const { html, findings } = await htmlOf(`---
template: report
title: Connecting the unconnected
author: Report by the Secretary-General
date: 2026-02-01
---

# Context

First point.

:::box[Case study: a village network]
Local text.

::source[International Telecommunication Union, 2025]
:::

Second point.
`)
    expect(findings).toEqual([])
    const text = textOf(html)
    expect(text).toContain('Table of Contents 1 Context')
    expect(text).toContain('1 Context 1.1 First point.')
    expect(text).toContain('Case study: a village network Local text. Source: International Telecommunication Union, 2025')
    expect(text).toContain('1.2 Second point.')
  })
})
