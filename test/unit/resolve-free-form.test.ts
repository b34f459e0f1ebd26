// Issue 8 items 2, 3, 5, 15, 17: free-form calls classified by their leading phrase in every
// language, bare definitions numbered, the Russian sector letter, report paragraph lists across
// boxes, and tables without an invented header row.
import { describe, expect, it } from 'vitest'
import type { Call, Definition, List, Table } from '../../src/model/nodes.js'
import { inlineText } from '../../src/resolve/inline.js'
import { collect, reportSource, resolution, resolveText } from '../helpers.js'

const labels = (call: Call): string[] => collect(call.children, 'list').flatMap((l: List) => l.children.map((i) => i.number.label))

// Operative free-form calls in each language: the call label and an addressee after it.
const phrases: Record<string, { operative: string[] }> = {
  en: { operative: ['resolves to instruct the Director of BDT', 'further instructs the Secretary-General', 'is of the view', 'requests the Secretary-General and instructs the Directors'] },
  fr: { operative: ['charge en outre le Directeur du BDT', "est d'avis"] },
  es: { operative: ['encarga además al Director de la BDT', 'opina'] },
  ru: { operative: ['поручает далее Директору БРЭ', 'считает'] },
  ar: { operative: ['يكلف كذلك مدير مكتب تنمية الاتصالات', 'يرى'] },
  zh: { operative: ['进一步责成电信发展局主任', '认为'] },
}

describe('free-form calls', () => {
  for (const [lang, { operative }] of Object.entries(phrases)) {
    it(`${lang}: operative phrases are numbered 1, 2, 3 even first in the text`, async () => {
      // The operative calls come first: their place cannot decide, only their phrase.
      const body = [
        ...operative.map((label) => `:::call[${label}]\n1. one;\n2. two;\n3. three.\n:::\n`),
      ].join('\n')
      const { doc } = await resolveText(resolution(body), { lang })
      const calls = collect(doc!.root.children, 'call')
      expect(calls.map((c) => c.kind)).toEqual(operative.map(() => 'operative'))
      for (const call of calls) expect(labels(call).map((l) => l.replace(/\D/g, ''))).toEqual(['1', '2', '3'])
    })
  }

  it('a preambular phrase after an operative call stays preambular (letters), and {numbering=} still overrides', async () => {
    const { doc } = await resolveText(resolution(':::call[resolves to instruct the Director of BDT]\n1. one.\n:::\n\n:::call[further recalling]\n1. one;\n2. two.\n:::\n\n:::call[is of the view]{numbering=alpha}\n1. one;\n2. two.\n:::\n'))
    const calls = collect(doc!.root.children, 'call')
    expect(calls.map((c) => c.kind)).toEqual(['operative', 'preambular', 'operative'])
    expect(labels(calls[1]!)).toEqual(['a)', 'b)'])
    expect(labels(calls[2]!)).toEqual(['a)', 'b)'])
  })

  it('an unknown phrase is not taken for a known one that is a prefix of a longer word', async () => {
    const { doc } = await resolveText(resolution(':::considering\n1. that.\n:::\n\n:::call[resolvesque things]\n1. one.\n:::\n'))
    expect(collect(doc!.root.children, 'call')[1]!.kind).toBe('preambular')
  })
})

const recommendation = (body: string, lang = 'en') => `---
template: recommendation
lang: ${lang}
sector: T
number: E.123
title: A Recommendation
approval-date: 2017-04-07
---

${body}
`

describe('definitions', () => {
  it('numbers a definition that is only a term and a source, and one with text', async () => {
    const { doc, findings } = await resolveText(recommendation('# Scope\n\nS.\n\n# Definitions\n\n## Terms defined elsewhere\n\n:::definitions\n**alpha** [ITU-T E.108]: First.\n\n**disaster relief** [ITU-T E.108].\n\n**beta** [b-ITU-T X.1]\n:::\n\n# Body\n\nB.\n'))
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    const defs = collect(doc!.root.children, 'definition') as Definition[]
    expect(defs.map((d) => [d.number, inlineText(d.term), d.separator, inlineText(d.children)])).toEqual([
      ['2.1.1', 'alpha', ': ', 'First.'],
      ['2.1.2', 'disaster relief', '', '.'],
      ['2.1.3', 'beta', '', ''],
    ])
  })
})

describe('sector letters', () => {
  it('Russian writes МСЭ-Т with a Cyrillic Т', async () => {
    const { doc } = await resolveText(recommendation('# Scope\n\nS.\n', 'ru'))
    const text = JSON.stringify(doc!.root)
    expect(text).toContain('МСЭ-Т')
    expect(text).not.toContain('МСЭ-T')
  })
})

describe('report paragraph lists', () => {
  it('continue the paragraph numbering across a box, and honour a written start', async () => {
    const { doc } = await resolveText(reportSource('# One\n\nParagraph.\n\n1. first;\n\n:::box[Aside]\nBoxed.\n:::\n\n1. second.\n\n# Two\n\nParagraph.\n\n3. third;\n4. fourth.\n'))
    const lists = collect(doc!.root.children, 'list')
    expect(lists.map((l) => l.children.map((i) => i.number.label))).toEqual([['1.1.1'], ['1.1.2'], ['2.1.3', '2.1.4']])
  })
})

describe('tables', () => {
  it('have no header row unless header= says so', async () => {
    const table = (attrs: string) => `:::table[T]{#t ${attrs}}\n| a | b |\n|---|---|\n| 1 | 2 |\n:::\n`
    const none = collect((await resolveText(reportSource(`# One\n\n${table('')}`))).doc!.root.children, 'table')[0] as Table
    const one = collect((await resolveText(reportSource(`# One\n\n${table('header=1')}`))).doc!.root.children, 'table')[0] as Table
    expect(none.headerRows).toBe(0)
    expect(one.headerRows).toBe(1)
  })
})
