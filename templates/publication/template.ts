// Publication: compiles documents into one — a conference's final report of resolutions, a
// collection of Opinions — with a title page, a table of contents, part titles and each
// document as it stands (its own cover, footnotes numbered from 1, its own running footer).
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { language } from '../_shared/fields.js'

/** A part title, the same for every language or given per language. */
const partTitle = z.union([z.string().min(1), z.partialRecord(language, z.string().min(1))])

export default defineTemplate({
  id: 'publication',
  description: 'Publication compiling documents (e.g. the resolutions of a final report) with a table of contents',
  metadata: z.strictObject({
    title: z.string().min(1).describe('Title, in the variant\'s language'),
    subtitle: z.string().optional().describe('Second title line (the conference, the edition)'),
    place: z.string().optional().describe('Place of publication, in the variant\'s language'),
    year: z.number().int().min(1865).max(2100).optional(),
    footer: z.string().optional().describe('Running footer of the front matter, e.g. "WTDC-25 – Final Report"'),
    parts: z
      .array(z.strictObject({ title: partTitle.optional(), documents: z.array(z.string().min(1)).min(1) }))
      .min(1)
      .describe('Parts in order: a title (a string or one per language) and the documents it holds (paths relative to this folder)'),
  }),
  structure: { allows: ['note', 'table', 'figure', 'footnote', 'pagebreak', 'box', 'source'] },
  numbering: {
    headings: false,
    paragraphs: false,
    orderedList: 'numeric',
    annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false },
    footnotes: 'document',
  },
  cover: [
    { line: 'banner', parts: [{ label: 'itu' }] },
    { line: 'resTitle', parts: [{ field: 'title' }] },
    { line: 'resTitle', parts: [{ field: 'subtitle' }], if: 'subtitle' },
    {
      line: 'dateLine',
      parts: [{ if: { all: ['place', 'year'] }, then: [{ pattern: 'placeAndYear', args: { place: [{ field: 'place' }], year: [{ field: 'year' }] } }], else: [{ field: 'place' }, { field: 'year' }] }],
      if: { any: ['place', 'year'] },
    },
  ],
  titleField: 'title',
  page: { header: [], footer: [{ field: 'footer' }], differentFirstPage: true, pageNumber: { style: 'plain', position: 'footer' } },
  toc: true,
  justified: true,
  closingRule: false,
  compiles: { field: 'parts' },
  output: '{slug}-{suffix}',
})
