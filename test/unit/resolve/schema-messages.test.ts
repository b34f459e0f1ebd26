// Metadata errors in an author's words: every metadata/field-type message of these broken
// values is a sentence about the field, never zod's own text ("Invalid input: …").
import { describe, expect, it } from 'vitest'
import { resolveText } from '../../helpers.js'

const resolution = (field: string): string => `---
template: resolution
body: WTDC
place: Geneva
year: 2025
title: Test
convening: The World Telecommunication Development Conference (Geneva, 2026),
${field}
---

:::resolves
1. to act.
:::
`

const contribution = (fields: string): string => `---
template: contribution
sector: D
study-group: 1
document: SG1/1
meeting: { venue: Geneva, start: 2026-10-19, end: 2026-10-23 }
date: 2026-08-28
original-language: en
source: Examplia
title: Test
${fields}
---

Text.
`

async function messagesOf(markdown: string): Promise<string[]> {
  const { findings } = await resolveText(markdown)
  return findings.filter((f) => f.ruleId === 'metadata/field-type').map((f) => f.message)
}

describe('plain-language metadata messages', () => {
  it.each([
    [resolution('number: 5\nrevised: maybe'), 'Field "revised" must be true or false, not text: "maybe".'],
    [resolution('number: [1, 2]'), 'Field "number" must be a number or text, not a list of 2.'],
    [contribution('for: actoin\nquestions: ["4/1"]\ncontacts: [{ name: A, organization: B, email: a@example.org }]'), 'Field "for" must be "action" or "information", not "actoin" (did you mean "action"?).'],
    [contribution('for: action\nquestions: []\ncontacts: [{ name: A, organization: B, email: a@example.org }]'), 'Field "questions" must name at least one Question.'],
    [contribution('for: action\nquestions: ["4/1"]\ncontacts: [{ name: A, organization: B, email: a(at)example.org }]'), 'Field "contacts.0.email" must be an e-mail address (name@example.org).'],
  ])('%#', async (markdown, message) => {
    const messages = await messagesOf(markdown)
    expect(messages).toContain(message)
    expect(messages.join('\n')).not.toMatch(/Invalid input|received|expected/)
  })
})
