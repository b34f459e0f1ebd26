// Resolution of an ITU conference or assembly (WTDC, WTSA, PP, RA …): "RESOLUTION 37 (Rev.
// Baku, 2025)", the title, the convening line, preambular and operative calls, annexes
// headed "ANNEX 1 TO RESOLUTION 37 (Rev. Baku, 2025)" (or "ANNEX TO …" when alone).
import { z } from 'zod'
import { defineTemplate, type Part } from '../../src/model/template.js'
import type { PatternKey } from '../../src/model/locale.js'
import { operativeCalls } from '../../src/model/calls.js'
import { documentNumber } from '../_shared/fields.js'

const slots = { number: [{ field: 'number' }], place: [{ field: 'place' }], year: [{ field: 'year' }] }
const numberPhrase = (revised: PatternKey, plain: PatternKey): Part[] => [{ if: 'revised', then: [{ pattern: revised, args: slots }], else: [{ pattern: plain, args: slots }] }]

export default defineTemplate({
  id: 'resolution',
  description: 'Resolution of a conference or assembly (WTDC, WTSA, PP, RA, Council)',
  metadata: z.strictObject({
    body: z.enum(['WTDC', 'WTSA', 'PP', 'RA', 'WRC', 'Council', 'TDAG', 'TSAG']).describe('Adopting body'),
    number: documentNumber.describe('Resolution number'),
    revised: z.boolean().default(false).describe('Revised text: prints "Rev."'),
    place: z.string().min(1).describe('Place of the (revising) conference, in the variant\'s language'),
    year: z.number().int().min(1865).max(2100).describe('Year of the (revising) conference'),
    title: z.string().min(1).describe('Title, in the variant\'s language'),
    convening: z.string().min(1).describe('Convening line, ending with a comma'),
    'body-short': z.string().optional().describe('Short name of the conference for the footer, e.g. "WTDC-25"'),
  }),
  structure: {
    allows: ['call', 'annex', 'table', 'figure', 'footnote', 'note', 'box', 'source', 'pagebreak'],
    calls: { required: [[...operativeCalls]] },
  },
  numbering: {
    headings: false,
    paragraphs: false,
    orderedList: 'numeric',
    annex: { scheme: 'numeric', heading: 'annexToResolution', single: 'annexToResolutionSingle', prefix: false },
    footnotes: 'document',
  },
  phrases: {
    resolution: numberPhrase('resolutionNumberRevised', 'resolutionNumber'),
    // The same number line as an annex heading cites it (grammatical case differs in Russian).
    resolutionOf: numberPhrase('resolutionNumberRevisedOf', 'resolutionNumberOf'),
  },
  cover: [
    { line: 'resNo', parts: [{ phrase: 'resolution' }] },
    { line: 'resTitle', parts: [{ field: 'title' }] },
    { line: 'afterTitle', parts: [{ field: 'convening' }] },
  ],
  titleField: 'title',
  page: {
    header: [],
    footer: [{ pattern: 'resolutionFooter', args: { body: [{ if: 'body-short', then: [{ field: 'body-short' }], else: [{ field: 'body' }] }], number: [{ field: 'number' }] } }],
    differentFirstPage: false,
    pageNumber: { style: 'plain', position: 'footer' },
  },
  toc: false,
  closingRule: false,
  justified: true,
  output: '{slug}-{suffix}',
})
