// Report (e.g. a Secretary-General's report to a policy forum, an output report of a
// Question): numbered sections and paragraphs (1, 1.1, 1.1.1; a list after paragraph 4.10
// continues 4.10.1), boxed case studies, source lines, tables, footnotes, annexes and a
// table of contents.
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { isoDate, language } from '../_shared/fields.js'

export default defineTemplate({
  id: 'report',
  description: 'Report with numbered sections and paragraphs, boxes, tables and a table of contents',
  metadata: z.strictObject({
    title: z.string().min(1).describe('Title, in the variant\'s language'),
    subtitle: z.string().optional().describe('Second title line'),
    author: z.string().min(1).describe('Author body, e.g. "Report by the Secretary-General"'),
    date: isoDate,
    document: z.string().optional().describe('Document number without language suffix, e.g. "WTPF-26/3"'),
    'original-language': language.default('en'),
  }),
  structure: { allows: ['box', 'source', 'note', 'table', 'figure', 'footnote', 'annex', 'pagebreak', 'call', 'summary'] },
  numbering: {
    headings: true,
    paragraphs: true,
    orderedList: 'numeric',
    annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false, upper: true },
    footnotes: 'document',
  },
  cover: [
    {
      if: 'document',
      table: 'header',
      widths: [10, 7],
      rows: [
        {
          rule: 'thickBelow',
          cells: [
            { role: 'headerOrg', lines: [[{ label: 'itu' }]] },
            {
              role: 'headerRight',
              lines: [
                [{ field: 'document' }, '-', { field: 'locale.suffix' }],
                [{ field: 'date', format: 'date' }],
                [{ pattern: 'original', args: { language: [{ field: 'original-language', format: 'language' }] } }],
              ],
            },
          ],
        },
      ],
    },
    { line: 'resTitle', parts: [{ field: 'title' }] },
    { line: 'resTitle', parts: [{ field: 'subtitle' }], if: 'subtitle' },
    { line: 'afterTitle', parts: [{ field: 'author' }] },
  ],
  titleField: 'title',
  docNumber: [{ if: 'document', then: [{ field: 'document' }, '-', { field: 'locale.suffix' }] }],
  // ITU's reports number their pages at the foot; the document number heads each page.
  page: { header: [{ if: 'document', then: [{ field: 'document' }, '-', { field: 'locale.suffix' }] }], footer: [], differentFirstPage: true, pageNumber: { style: 'plain', position: 'footer' } },
  toc: true,
  closingRule: false,
  justified: true,
  output: '{slug}-{suffix}',
})
