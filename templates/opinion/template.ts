// Opinion of the World Telecommunication/ICT Policy Forum: "DRAFT OPINION 3", the title, the
// convening line, then preambular calls and the operative "is of the view" / "invites".
import { z } from 'zod'
import { defineTemplate } from '../../src/model/template.js'
import { documentNumber } from '../_shared/fields.js'

export default defineTemplate({
  id: 'opinion',
  description: 'Opinion (or draft Opinion) of the World Telecommunication/ICT Policy Forum',
  metadata: z.strictObject({
    forum: z.string().min(1).default('WTPF').describe('Forum, e.g. "WTPF-26"'),
    number: documentNumber.describe('Opinion number'),
    draft: z.boolean().default(true).describe('Prints "DRAFT OPINION"'),
    title: z.string().min(1).describe('Title, in the variant\'s language'),
    convening: z.string().min(1).describe('Convening line, ending with a comma'),
  }),
  structure: {
    allows: ['call', 'annex', 'footnote', 'note', 'table', 'source', 'pagebreak'],
    calls: { required: [['is-of-the-view', 'invites', 'resolves', 'requests', 'encourages', 'calls-upon']] },
  },
  numbering: {
    headings: false,
    paragraphs: false,
    orderedList: 'numeric',
    annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false, upper: true },
    footnotes: 'document',
  },
  cover: [
    {
      line: 'opinionNo',
      parts: [{ if: 'draft', then: [{ pattern: 'draftOpinionNumber', args: { number: [{ field: 'number' }] } }], else: [{ pattern: 'opinionNumber', args: { number: [{ field: 'number' }] } }] }],
    },
    { line: 'resTitle', parts: [{ field: 'title' }] },
    { line: 'afterTitle', parts: [{ field: 'convening' }] },
  ],
  titleField: 'title',
  page: {
    header: [],
    // Like a published resolution's footer ("WTSA-16 – Resolution 1"): "WTPF-26 – Draft Opinion 3".
    footer: [{
      if: 'draft',
      then: [{ pattern: 'draftOpinionFooter', args: { forum: [{ field: 'forum' }], number: [{ field: 'number' }] } }],
      else: [{ pattern: 'opinionFooter', args: { forum: [{ field: 'forum' }], number: [{ field: 'number' }] } }],
    }],
    differentFirstPage: false,
    pageNumber: { style: 'plain', position: 'footer' },
  },
  toc: false,
  closingRule: false,
  justified: true,
  output: '{slug}-{suffix}',
})
