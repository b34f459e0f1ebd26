// The page limit is measured on the laid-out document. The rule takes the page count from a
// function: here a fake that says 5 or 6, and at the end the PDF layout itself.
import { describe, expect, it } from 'vitest'
import { pdfPageCount } from '../../../src/build/formats.js'
import { validateSources } from '../../../src/build/validate.js'
import { contributionSource, tree } from '../../helpers.js'

const contribution = (sector: 'D' | 'T') => contributionSource(sector === 'D'
  ? { for: 'information', 'action-required': null, date: '2026-08-01' }
  : { sector: 'T', 'study-group': '12', document: 'SG12-C9', questions: '["12/12"]', for: 'information', 'action-required': null, date: '2026-08-01' })

async function pageFindings(sector: 'D' | 'T', pages: number | undefined) {
  const dir = tree({ 'doc.md': contribution(sector) })
  const counted: string[] = []
  const { findings } = await validateSources({
    paths: [dir], root: dir, mode: 'draft',
    pageCount: async (variant) => {
      counted.push(variant.lang)
      return pages
    },
  })
  return { findings, counted }
}

describe('contribution/page-limit', () => {
  it('accepts an ITU-D contribution that lays out to exactly 5 pages (the cover and 4 pages of text)', async () => {
    const { findings, counted } = await pageFindings('D', 5)
    expect(counted).toEqual(['en'])
    expect(findings).toEqual([])
  })

  it('rejects one that lays out to 6 pages and says by how much it is over', async () => {
    const { findings } = await pageFindings('D', 6)
    expect(findings).toEqual([expect.objectContaining({
      ruleId: 'contribution/page-limit', severity: 'error', line: 1, column: 1,
      message: 'The contribution lays out to 6 pages; at most 5 are allowed (the cover and 4 pages of text): 1 page over.',
    })])
    const eight = await pageFindings('D', 8)
    expect(eight.findings[0]!.message).toContain(': 3 pages over.')
  })

  it('does not apply to ITU-T contributions, which have no page limit, nor when the layout cannot count', async () => {
    const t = await pageFindings('T', 12)
    expect(t.counted).toEqual([])
    expect(t.findings).toEqual([])
    expect((await pageFindings('D', undefined)).findings).toEqual([])
  })

  it('counts the pages with the PDF layout when no counter is given', async () => {
    const long = contribution('D').replace('# Proposal\n\nText.\n', `# Proposal\n\n${Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. ${'The programme trained local technicians and set up maintenance funds in every village. '.repeat(4)}`).join('\n\n')}\n`)
    const dir = tree({ 'short.md': contribution('D'), 'long.md': long })
    const { findings } = await validateSources({ paths: [dir], root: dir, mode: 'draft' })
    expect(findings.map((f) => [f.file.split('/').pop(), f.ruleId])).toEqual([['long.md', 'contribution/page-limit']])
    expect(findings[0]!.message).toMatch(/^The contribution lays out to \d+ pages; at most 5 are allowed/)
  })

  it('on the real layout: a contribution of exactly 5 pages passes, one of 6 pages is 1 page over', async () => {
    const paragraph = (i: number) => `Paragraph ${i}. ${'Village cooperatives run the networks and pay for their upkeep from local fees. '.repeat(3)}`
    const withParagraphs = (n: number) => contribution('D').replace('# Proposal\n\nText.\n', `# Proposal\n\n${Array.from({ length: n }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`)
    const pagesOf = async (n: number) => {
      const dir = tree({ 'doc.md': withParagraphs(n) })
      let pages = 0
      const { findings } = await validateSources({ paths: [dir], root: dir, mode: 'draft', pageCount: async (variant) => (pages = await pdfPageCount(variant.resolved.root, dir)) })
      return { pages, findings }
    }
    // The longest text that still lays out to 5 pages, found by bisection on the real layout.
    let [low, high] = [1, 120]
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if ((await pagesOf(middle)).pages <= 5) low = middle
      else high = middle
    }
    const five = await pagesOf(low)
    const six = await pagesOf(low + 1)
    expect([five.pages, six.pages]).toEqual([5, 6])
    expect(five.findings).toEqual([])
    expect(six.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['contribution/page-limit', 'The contribution lays out to 6 pages; at most 5 are allowed (the cover and 4 pages of text): 1 page over.'],
    ])
  })
})
