// Contribution to a study group. ITU-D (the default): the Annex 2 cover of ITU-D Resolution 1
// (venue and date, FOR ACTION / FOR INFORMATION, Question, source, title, revision, action
// required, contact), at most 4 pages after the cover. ITU-T: the TSB contribution header
// (study period, document number, study group, original language, Question(s), venue/date).
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { contacts, isoDate, language, meeting, question, sector, studyGroup } from '../_shared/fields.js'
import { bdtHeader, clauseNumbering, contactRowsD, contactRowsT, labelled, originalLine, studyGroupLine, suffixedNumber, tsbHeader } from '../_shared/parts.js'

export default defineTemplate({
  id: 'contribution',
  description: 'Contribution to an ITU-D or ITU-T study group meeting (cover block + body)',
  metadata: z.strictObject({
    sector: sector.exclude(['R']).default('D'),
    'study-group': studyGroup.describe('Study group number'),
    'study-period': z.string().regex(/^\d{4}-\d{4}$/, 'must be a study period such as "2025-2028"').default('2025-2028').describe('Study period (ITU-T header)'),
    'working-party': z.string().optional().describe('Working party, e.g. "1/12"'),
    document: z.string().min(1).describe('Document number without language suffix, e.g. "SG1RGQ/123" or "SG12-C45"'),
    meeting,
    conference: z.boolean().default(false).describe('A contribution to a world conference (WTDC): due 21 days before it opens, not 45'),
    date: isoDate.describe('Date of the contribution (submission date)'),
    'original-language': language.describe('Language the contribution was written in'),
    for: z.enum(['action', 'information']).describe('For action (placed on the agenda) or for information'),
    questions: z.array(question).min(1, 'must name at least one Question').describe('Question(s) addressed, e.g. ["4/1"]'),
    source: z.string().min(1).describe('Member State, Sector Member or group submitting it'),
    title: z.string().min(1),
    'revision-of': z.string().nullable().default(null).describe('Document this contribution revises, or null'),
    'action-required': z.string().min(1).optional().describe('What the meeting is invited to do (required for action)'),
    'agenda-item': z.string().optional(),
    keywords: z.array(z.string()).optional(),
    contacts,
  }),
  structure: {
    allows: ['abstract', 'lessons', 'table', 'figure', 'footnote', 'note', 'box', 'source', 'annex', 'pagebreak', 'keywords'],
    requiredSections: ['abstract'],
  },
  numbering: clauseNumbering,
  cover: [
    bdtHeader([studyGroupLine], [[{ field: 'date', format: 'date' }], originalLine]),
    {
      table: 'fields',
      widths: [4.5, 12.5],
      rows: [
        { cells: [{ role: 'label', lines: [labelled('venueDate')] }, { role: 'value', lines: [[{ field: 'meeting.venue' }, ', ', { field: 'meeting', format: 'dateRange' }]] }] },
      ],
    },
    {
      table: 'fields',
      widths: [0.8, 5, 11.2],
      rows: [
        {
          cells: [
            { role: 'checkbox', lines: [[{ if: { field: 'for', equals: 'action' }, then: ['X'] }]] },
            { role: 'label', lines: [[{ label: 'forAction' }]] },
            { role: 'checkboxNote', lines: [[{ label: 'forActionNote' }]] },
          ],
        },
        {
          cells: [
            { role: 'checkbox', lines: [[{ if: { field: 'for', equals: 'information' }, then: ['X'] }]] },
            { role: 'label', lines: [[{ label: 'forInformation' }]] },
            { role: 'checkboxNote', lines: [[{ label: 'forInformationNote' }]] },
          ],
        },
      ],
    },
    {
      table: 'fields',
      widths: [4.5, 12.5],
      rows: [
        { cells: [{ role: 'label', lines: [labelled('question', true)] }, { role: 'tsbQuestion', lines: [[{ field: 'questions', format: 'list' }]] }] },
        { cells: [{ role: 'label', lines: [labelled('sourceField', true)] }, { role: 'tsbSource', lines: [[{ field: 'source' }]] }] },
        { cells: [{ role: 'label', lines: [labelled('title', true)] }, { role: 'tsbTitle', lines: [[{ field: 'title' }]] }] },
        {
          cells: [
            { role: 'label', lines: [labelled('revision')] },
            { role: 'value', lines: [[{ if: 'revision-of', then: [{ label: 'revisionYes' }, ' ', { field: 'revision-of' }], else: [{ label: 'revisionNo' }] }]] },
          ],
        },
        { if: 'action-required', cells: [{ role: 'label', lines: [labelled('actionRequired')] }, { role: 'value', lines: [[{ field: 'action-required' }]] }] },
        contactRowsD,
      ],
    },
  ],
  // "Abstract" is a row of the Annex 2 cover (ITU-D Res. 1), its text in the value column at 4.5 cm.
  labelledSections: { roles: ['abstract'], indent: 2552 },
  titleField: 'title',
  docNumber: suffixedNumber,
  page: { header: suffixedNumber, footer: [], differentFirstPage: true, pageNumber: { style: 'dashes', position: 'header' } },
  toc: false,
  closingRule: true,
  limits: { pages: { max: 5 } },
  output: '{slug}-{suffix}',
  variants: {
    field: 'sector',
    values: {
      T: {
        cover: [
          tsbHeader([studyGroupLine, originalLine]),
          {
            table: 'fields',
            widths: [2.6, 7.9, 6.5],
            rows: [
              {
                cells: [
                  { role: 'label', lines: [labelled('questions')] },
                  { role: 'tsbQuestion', lines: [[{ field: 'questions', format: 'list' }]] },
                  { role: 'venueDate', lines: [[{ field: 'meeting.venue' }, ', ', { field: 'meeting', format: 'dateRange' }]] },
                ],
              },
              { cells: [{ role: 'banner', span: 3, lines: [[{ label: 'contribution' }]] }] },
              { cells: [{ role: 'label', lines: [labelled('sourceField')] }, { role: 'tsbSource', span: 2, lines: [[{ field: 'source' }]] }] },
              { cells: [{ role: 'label', lines: [labelled('title')] }, { role: 'tsbTitle', span: 2, lines: [[{ field: 'title' }]] }] },
              contactRowsT,
            ],
          },
        ],
        docNumber: [{ field: 'document' }],
        // "Abstract:" and its text at 2.5 cm, as in ITU-T's contribution template (CT).
        labelledSections: { roles: ['abstract'], indent: 1418 },
        page: { header: [{ field: 'document' }] },
        limits: {},
      },
    },
  },
})
