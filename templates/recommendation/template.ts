// Recommendation. ITU-T (the default): number and title, Summary, Keywords, clauses 1 Scope …
// 5 Conventions, Annex A … (normative), Appendix I … (informative), Bibliography.
// ITU-R: numbered annexes, no appendices, the "considering … recommends" preamble.
// ITU-D: the preambular/operative form of ITU-D Resolution 1, Annex 1.
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { isoDate, question, sector, studyGroup } from '../_shared/fields.js'

export default defineTemplate({
  id: 'recommendation',
  description: 'ITU-T, ITU-R or ITU-D Recommendation',
  metadata: z.strictObject({
    sector: sector.default('T'),
    number: z.string().min(1).describe('Number, e.g. "E.119", "X.1234/Y.2345" or "22" for ITU-D'),
    title: z.string().min(1).describe('Title, in the variant\'s language'),
    'approval-date': isoDate.describe('Approval date; printed (04/2017)'),
    edition: z.string().optional().describe('Edition, e.g. "1.0"'),
    'study-group': studyGroup.optional().describe('Responsible study group'),
    question: question.optional().describe('Question studied (ITU-D: printed under the title)'),
    'question-title': z.string().optional().describe('Title of that Question (ITU-D)'),
    convening: z.string().optional().describe('Opening line of ITU-D/ITU-R texts ("The ITU Telecommunication Development Sector (ITU-D),")'),
  }),
  structure: {
    allows: ['summary', 'keywords', 'introduction', 'history', 'definitions', 'bibliography', 'annex', 'appendix', 'table', 'figure', 'footnote', 'note', 'source', 'pagebreak', 'box'],
    requiredSections: ['summary', 'keywords'],
    // Keywords are mandatory since TSAG, February 2016 (Author's guide), yet E.119 (04/2017) has none.
    requiredOfNewTexts: ['keywords'],
    requiredClauses: ['scope', 'references', 'definitions', 'abbreviations', 'conventions'],
  },
  numbering: {
    headings: true,
    paragraphs: false,
    orderedList: 'alpha',
    annex: { scheme: 'alpha', heading: 'annexNumber', prefix: true, status: 'annexStatus' },
    appendix: { scheme: 'roman', heading: 'appendixNumber', prefix: true, status: 'appendixStatus' },
    footnotes: 'document',
  },
  phrases: {
    rec: [{ pattern: 'recommendationNumber', args: { sector: [{ field: 'sector', format: 'sectorLetter' }], number: [{ field: 'number' }] } }],
  },
  cover: [
    { line: 'recNo', parts: [{ phrase: 'rec' }] },
    { line: 'recTitle', parts: [{ field: 'title' }] },
    { line: 'dateLine', parts: ['(', { field: 'approval-date', format: 'monthYear' }, ')'] },
  ],
  titleField: 'title',
  page: {
    header: [],
    footer: [{ pattern: 'recommendationFooter', args: { sector: [{ field: 'sector', format: 'sectorLetter' }], number: [{ field: 'number' }], date: ['(', { field: 'approval-date', format: 'monthYear' }, ')'] } }],
    differentFirstPage: false,
    pageNumber: { style: 'plain', position: 'footer' },
  },
  toc: false,
  closingRule: false,
  justified: true,
  output: '{slug}-{suffix}',
  variants: {
    field: 'sector',
    values: {
      R: {
        structure: {
          allows: ['call', 'summary', 'keywords', 'annex', 'table', 'figure', 'footnote', 'note', 'source', 'pagebreak'],
          calls: { allowed: ['considering', 'considering-further', 'recognizing', 'noting', 'recommends', 'further-recommends'], required: [['recommends']] },
          requiredSections: [],
          requiredClauses: [],
        },
        numbering: {
          headings: true,
          paragraphs: false,
          orderedList: 'alpha',
          annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false },
          footnotes: 'document',
        },
        cover: [
          { line: 'recNo', parts: [{ phrase: 'rec' }] },
          { line: 'recTitle', parts: [{ field: 'title' }] },
          { line: 'dateLine', parts: ['(', { field: 'approval-date', format: 'monthYear' }, ')'] },
          { line: 'afterTitle', parts: [{ field: 'convening' }], if: 'convening' },
        ],
      },
      D: {
        structure: {
          allows: ['call', 'annex', 'table', 'figure', 'footnote', 'note', 'source', 'pagebreak'],
          calls: {
            allowed: ['considering', 'recognizing', 'taking-into-account', 'noting', 'convinced', 'recommends', 'further-recommends'],
            required: [['recommends']],
          },
          requiredSections: [],
          requiredClauses: [],
        },
        numbering: {
          headings: false,
          paragraphs: false,
          orderedList: 'numeric',
          annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false },
          footnotes: 'document',
        },
        cover: [
          { line: 'resNo', parts: [{ pattern: 'recommendationNumberD', args: { number: [{ field: 'number' }] } }] },
          { line: 'resTitle', parts: [{ field: 'title' }] },
          { line: 'dateLine', parts: ['(', { field: 'approval-date', format: 'monthYear' }, ')'] },
          { line: 'questionLine', parts: [{ pattern: 'questionItem', args: { n: [{ field: 'question' }] } }, { if: 'question-title', then: [': ', { field: 'question-title' }] }], if: 'question' },
          { line: 'afterTitle', parts: [{ field: 'convening' }], if: 'convening' },
        ],
      },
    },
  },
})
