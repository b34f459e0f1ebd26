// Recommendation. ITU-T (the default): number and title, Summary, Keywords, clauses 1 Scope …
// 5 Conventions, Annex A … (normative), Appendix I … (informative), Bibliography.
// ITU-R: numbered annexes, no appendices, the "considering … recommends" preamble.
// ITU-D: the preambular/operative form of ITU-D Resolution 1, Annex 1.
// ITU-T and ITU-R texts are published as TSB and BR publish them: a cover page, front matter
// on pages i, ii … (ITU-T: title, Summary, History, Keywords; the Foreword; the contents;
// the Introduction), then the body from page 1 under the title block again. The date is on
// the cover and in the running footer, not under the title (E.119 (04/2017), pages i and 1).
import { z } from 'zod'
import { defineTemplate, type CoverSpec, type Part } from '../../src/model/template.js'
import { isoDate, question, sector, studyGroup } from '../_shared/fields.js'

const approvalMonth: Part[] = ['(', { field: 'approval-date', format: 'monthYear' }, ')']

/**
 * The cover page (E.119): the Union's name; the Sector in large type with its full name
 * below it, and the number with the date on the other side; the series; the title under a
 * rule; the Recommendation's name at the foot. The logo slot stays empty (no ITU marks).
 */
function coverPage(sector: 'itut' | 'itur', sectorName: 'sectorOfItuT' | 'sectorOfItuR'): CoverSpec {
  return [
    { line: 'coverUnion', parts: [{ boilerplate: 'union' }] },
    {
      table: 'masthead',
      widths: [3, 2],
      rows: [
        { cells: [{ role: 'coverSector', lines: [[{ label: sector }]] }, { role: 'coverNumber', lines: [[{ field: 'number' }]] }] },
        { cells: [{ role: 'coverSectorName', lines: [[{ boilerplate: sectorName }]] }, { role: 'coverDate', lines: [approvalMonth] }] },
      ],
    },
    { line: 'coverSeries', parts: [{ field: 'series' }], if: 'series' },
    { line: 'coverSubseries', parts: [{ field: 'subseries' }], if: 'subseries' },
    { line: 'coverTitle', parts: [{ field: 'title' }] },
    { line: 'coverFoot', parts: [{ phrase: 'rec' }] },
  ]
}

/** The closing notices of a Foreword: the copyright line and the reservation of rights. */
const rights: CoverSpec = [
  { line: 'noticeCentered', parts: [{ boilerplate: 'copyright', args: { year: [{ field: 'approval-date', format: 'year' }] } }] },
  { line: 'noticeText', parts: [{ boilerplate: 'rightsReserved' }] },
]

/** TSB's Foreword, its note, and the notice on intellectual property rights (H.782, M.3372). */
const forewordT: CoverSpec = [
  { line: 'noticeTitle', parts: [{ boilerplate: 'foreword' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordT1' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordT2' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordT3' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordT4' }] },
  { line: 'noticeTitle', parts: [{ label: 'note' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordNote1' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordNote2' }] },
  { line: 'noticeTitle', parts: [{ boilerplate: 'ipr' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'iprT' }] },
  { line: 'noticeText', parts: [{ if: 'ipr-notice-received', then: [{ boilerplate: 'iprReceived' }], else: [{ boilerplate: 'iprNotReceived' }] }] },
  ...rights,
]

/** BR's Foreword and its policy on intellectual property rights. */
const forewordR: CoverSpec = [
  { line: 'noticeTitle', parts: [{ boilerplate: 'foreword' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordR1' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'forewordR2' }] },
  { line: 'noticeTitle', parts: [{ boilerplate: 'iprPolicyR' }] },
  { line: 'noticeText', parts: [{ boilerplate: 'iprPolicyRText' }] },
  ...rights,
]

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
    series: z.string().optional().describe('Series line of the cover page, in the variant\'s language ("SERIES E: OVERALL NETWORK OPERATION, …")'),
    subseries: z.string().optional().describe('Sub-series line of the cover page ("International operation – General provisions concerning Administrations")'),
    'ipr-notice-received': z.boolean().default(false).describe('The Foreword says ITU had received notice of intellectual property (default: had not)'),
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
  ],
  published: {
    coverPage: coverPage('itut', 'sectorOfItuT'),
    front: [
      [{ titleBlock: true }, { section: 'summary' }, { section: 'history' }, { section: 'keywords' }],
      [{ lines: forewordT }],
      [{ toc: true }],
      [{ section: 'introduction' }],
    ],
    frontNumbering: { style: 'lowerRoman', start: 1 },
    bodyNumbering: { style: 'decimal', start: 1 },
  },
  titleField: 'title',
  page: {
    header: [],
    footer: [{ pattern: 'recommendationFooter', args: { sector: [{ field: 'sector', format: 'sectorLetter' }], number: [{ field: 'number' }], date: approvalMonth } }],
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
        // BR: "RECOMMENDATION ITU-R SM.2199-0" in capitals, centred; the title; the year of
        // approval at the right (Rec_No_BR, Rec_title, Rec_date); then the Assembly's line.
        cover: [
          { line: 'resNo', parts: [{ phrase: 'rec', case: 'upper' }] },
          { line: 'recTitle', parts: [{ field: 'title' }] },
          { line: 'recDate', parts: ['(', { field: 'approval-date', format: 'year' }, ')'] },
          { line: 'afterTitle', parts: [{ field: 'convening' }], if: 'convening' },
        ],
        // The cover counts as page i: the Foreword is on page ii.
        published: {
          coverPage: coverPage('itur', 'sectorOfItuR'),
          front: [[{ lines: forewordR }]],
          frontNumbering: { style: 'lowerRoman', start: 2 },
          bodyNumbering: { style: 'decimal', start: 1 },
        },
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
        // ITU-D Recommendations are published in the conference's final report, not on their own.
        published: undefined,
      },
    },
  },
})
