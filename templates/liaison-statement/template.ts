// Liaison statement. ITU-D (the default): the fields of ITU-D Resolution 1, Annex 4 —
// Questions, source, meeting, subject, destinations each for action/comment/information,
// approval, reply-by deadline, contact. ITU-T: the TSB liaison statement header ("For
// action to / For comment to / For information to / Approval / Deadline / Contact").
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { contacts, isoDate, meeting, question, sector, studyGroup } from '../_shared/fields.js'
import { bdtHeader, clauseNumbering, contactRowsD, contactRowsT, labelled, studyGroupLine, suffixedNumber, tsbHeader } from '../_shared/parts.js'

const destinationsFor = (purpose: string) => [{ field: 'destinations', where: { key: 'for', equals: purpose }, pick: 'name', format: 'list' as const }]
const anyFor = (purpose: string) => ({ field: 'destinations', some: { key: 'for', equals: purpose } })

export default defineTemplate({
  id: 'liaison-statement',
  description: 'Liaison statement between study groups or to other organizations',
  metadata: z.strictObject({
    sector: sector.exclude(['R']).default('D'),
    document: z.string().min(1).describe('Document number without language suffix, e.g. "SG1RGQ/LS/12"'),
    'study-group': studyGroup.optional(),
    'study-period': z.string().regex(/^\d{4}-\d{4}$/, 'must be a study period such as "2025-2028"').default('2025-2028').describe('Study period (ITU-T header)'),
    'working-party': z.string().optional(),
    questions: z.strictObject({ origin: z.array(question).min(1), destination: z.array(question).default([]) }).describe('Questions of the originating and destination groups'),
    source: z.string().min(1).describe('The group sending the liaison statement'),
    meeting,
    subject: z.string().min(1).describe('Concise subject; for a reply, "Reply to the liaison statement from …"'),
    'reply-to': z.string().nullable().default(null).describe('The liaison statement this one replies to (source and date), or null'),
    destinations: z
      .array(z.strictObject({ name: z.string().min(1), for: z.enum(['action', 'comment', 'information']) }))
      .min(1, 'must name at least one destination'),
    'approval-level': z.string().min(1).describe('Who approved it: "Study group", "Working party", "Rapporteur group meeting"'),
    deadline: isoDate.nullable().default(null).describe('Reply-by date; required when a destination is for action'),
    contacts,
    attachments: z.array(z.string()).default([]),
  }),
  structure: { allows: ['abstract', 'table', 'figure', 'footnote', 'note', 'source', 'annex', 'pagebreak'] },
  numbering: clauseNumbering,
  cover: [
    bdtHeader([], []),
    { line: 'banner', parts: [{ label: 'liaisonStatement' }] },
    {
      table: 'fields',
      widths: [4.5, 12.5],
      rows: [
        { cells: [{ role: 'label', lines: [labelled('questions', true)] }, { role: 'tsbQuestion', lines: [[{ field: 'questions.origin', format: 'list' }, { if: 'questions.destination', then: [' → ', { field: 'questions.destination', format: 'list' }] }]] }] },
        { cells: [{ role: 'label', lines: [labelled('sourceField', true)] }, { role: 'tsbSource', lines: [[{ field: 'source' }]] }] },
        { cells: [{ role: 'label', lines: [labelled('meeting', true)] }, { role: 'value', lines: [[{ field: 'meeting.venue' }, ', ', { field: 'meeting', format: 'dateRange' }]] }] },
        { cells: [{ role: 'label', lines: [labelled('subject', true)] }, { role: 'tsbTitle', lines: [[{ field: 'subject' }]] }] },
        { if: 'reply-to', cells: [{ role: 'label', lines: [labelled('replyTo')] }, { role: 'value', lines: [[{ field: 'reply-to' }]] }] },
        { if: anyFor('action'), cells: [{ role: 'label', lines: [labelled('forActionTo')] }, { role: 'lsForAction', lines: [destinationsFor('action')] }] },
        { if: anyFor('comment'), cells: [{ role: 'label', lines: [labelled('forCommentTo')] }, { role: 'lsForComment', lines: [destinationsFor('comment')] }] },
        { if: anyFor('information'), cells: [{ role: 'label', lines: [labelled('forInformationTo')] }, { role: 'lsForInfo', lines: [destinationsFor('information')] }] },
        { cells: [{ role: 'label', lines: [labelled('approval')] }, { role: 'lsApproval', lines: [[{ field: 'approval-level' }]] }] },
        { if: 'deadline', cells: [{ role: 'label', lines: [labelled('deadline')] }, { role: 'lsDeadline', lines: [[{ field: 'deadline', format: 'date' }]] }] },
        { if: 'attachments', cells: [{ role: 'label', lines: [labelled('attachments')] }, { role: 'value', lines: [[{ field: 'attachments', format: 'list' }]] }] },
        contactRowsD,
      ],
    },
  ],
  titleField: 'subject',
  docNumber: suffixedNumber,
  page: { header: suffixedNumber, footer: [], differentFirstPage: true, pageNumber: { style: 'dashes', position: 'header' } },
  toc: false,
  closingRule: true,
  output: '{slug}-{suffix}',
  variants: {
    field: 'sector',
    values: {
      T: {
        cover: [
          tsbHeader([studyGroupLine]),
          {
            table: 'fields',
            // "Meeting:" and "Working Party:" start at 7.1 cm, as in ITU-T's LS template (LT). The
            // label column is 4.1 cm, not LT's 3.9: "For information to:" in 12 pt bold Tinos/Times
            // is 3.52 cm, and with Word's cell margins (2 × 0.19 cm) 3.9 cm left LibreOffice 0.01 pt
            // short, so it wrapped; test/docx/cover-widths.test.ts measures every locale's labels.
            widths: [4.1, 3.0, 3.5, 6.4],
            rows: [
              {
                cells: [
                  { role: 'label', lines: [labelled('questions')] },
                  { role: 'tsbQuestion', lines: [[{ field: 'questions.origin', format: 'list' }]] },
                  { role: 'label', lines: [labelled('meeting')] },
                  { role: 'value', lines: [[{ field: 'meeting.venue' }, ', ', { field: 'meeting', format: 'dateRange' }]] },
                ],
              },
              {
                cells: [
                  { role: 'label', lines: [labelled('studyGroup')] },
                  { role: 'value', lines: [[{ field: 'study-group' }]] },
                  { role: 'label', lines: [labelled('workingParty')] },
                  { role: 'value', lines: [[{ field: 'working-party' }]] },
                ],
              },
              { cells: [{ role: 'label', lines: [labelled('sourceField')] }, { role: 'tsbSource', span: 3, lines: [[{ field: 'source' }]] }] },
              { cells: [{ role: 'label', lines: [labelled('title')] }, { role: 'tsbTitle', span: 3, lines: [[{ field: 'subject' }]] }] },
              { if: 'reply-to', cells: [{ role: 'label', lines: [labelled('replyTo')] }, { role: 'value', span: 3, lines: [[{ field: 'reply-to' }]] }] },
              { rule: 'above', cells: [{ role: 'banner', span: 4, lines: [[{ label: 'liaisonStatement' }]] }] },
              { if: anyFor('action'), cells: [{ role: 'label', lines: [labelled('forActionTo')] }, { role: 'lsForAction', span: 3, lines: [destinationsFor('action')] }] },
              { if: anyFor('comment'), cells: [{ role: 'label', lines: [labelled('forCommentTo')] }, { role: 'lsForComment', span: 3, lines: [destinationsFor('comment')] }] },
              { if: anyFor('information'), cells: [{ role: 'label', lines: [labelled('forInformationTo')] }, { role: 'lsForInfo', span: 3, lines: [destinationsFor('information')] }] },
              { cells: [{ role: 'label', lines: [labelled('approval')] }, { role: 'lsApproval', span: 3, lines: [[{ field: 'approval-level' }]] }] },
              { if: 'deadline', cells: [{ role: 'label', lines: [labelled('deadline')] }, { role: 'lsDeadline', span: 3, lines: [[{ field: 'deadline', format: 'date' }]] }] },
            ],
          },
          { table: 'fields', widths: [4.1, 6.4, 6.5], rows: [contactRowsT] },
        ],
        docNumber: [{ field: 'document' }],
        // "Abstract:" and its text at 2.8 cm, as in ITU-T's liaison-statement template (LT).
        labelledSections: { roles: ['abstract'], indent: 1588 },
        page: { header: [{ field: 'document' }] },
      },
    },
  },
})
