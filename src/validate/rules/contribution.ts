// Contribution rules, from ITU-D Resolution 1 (§4, Annex 2) and ITU-T Recommendations
// A.1/A.2: what the cover must say (action required, abstract, a phone number to reach the
// author), when the contribution is due, revision marks in a revised contribution, and the
// page limit measured on the laid-out document.
import type { Section } from '../../model/nodes.js'
import { visitDocument } from '../../model/traverse.js'
import { daysBetween } from '../dates.js'
import { assessDeadline, deadlinePolicy, describeSpan } from '../deadlines.js'
import { metadataKey, node, variantRule, type Emit, type ValidateOptions, type VariantUnderTest } from '../rule.js'
import { blockText, countWords } from '../text.js'

const contribution = ['contribution']

/** ITU-T A.2: the abstract is reused in the meeting report and stays under 200 words. */
const abstractWords = 200

export const actionRequired = variantRule({
  id: 'contribution/action-required', severity: 'error', title: 'An ITU-D contribution for action does not say what action is required',
  needs: { fields: ['sector', 'for', 'action-required'] },
  templates: contribution,
  message: () => 'The contribution is for action but does not say what the meeting is invited to do.',
  hint: () => 'Add "action-required:" to the front matter, e.g. "The meeting is invited to include section 3 in the output report of Question 4/1."',
  check(variant, emit) {
    const meta = variant.resolved.metadata.meta
    // ITU-D Resolution 1, Annex 2 has an "Action required" box; the ITU-T cover has none.
    if (meta.sector === 'D' && meta.for === 'action' && !meta['action-required']) emit(metadataKey(variant, 'for'), {})
  },
})

export const abstractTooLong = variantRule<{ words: number }>({
  id: 'contribution/abstract-too-long', severity: 'warning', blocksSubmission: true, title: 'An ITU-T contribution\'s abstract is longer than 200 words',
  needs: { fields: ['sector'] },
  templates: contribution,
  message: (d) => `The abstract has ${d.words} words; ITU-T asks for at most ${abstractWords}.`,
  hint: () => 'Shorten it to a summary of a few sentences: the meeting report reuses it as it is.',
  check(variant, emit) {
    const { root, metadata } = variant.resolved
    if (metadata.meta.sector !== 'T') return
    const abstract = root.children.find((b): b is Section => b.type === 'section' && b.role === 'abstract')
    if (!abstract) return
    const words = countWords(abstract.children.map(blockText).join('\n'), root.lang)
    if (words > abstractWords) emit(node(variant, abstract), { words })
  },
})

export const contactPhone = variantRule({
  id: 'contribution/contact-phone', severity: 'warning', blocksSubmission: true, title: 'No contact of a contribution gives a phone number',
  needs: { fields: ['contacts'] },
  templates: contribution,
  message: () => 'No contact gives a phone number.',
  hint: () => 'Add "phone:" to at least one contact, in international form ("+41 22 730 5111"); the cover has a phone line for it.',
  check(variant, emit) {
    const contacts = variant.resolved.metadata.meta.contacts as Array<{ phone?: string }>
    if (!contacts.some((c) => c.phone)) emit(metadataKey(variant, 'contacts'), {})
  },
})

interface DeadlineData { when: string; distance: string; limit: string }

/** What the deadline rules read: the policy depends on the sector, the purpose and the kind of meeting. */
const deadlineFields = ['meeting', 'sector', 'for', 'conference', 'date']

/** The submission date and how it is described: `--today` when given, else the contribution's own date. */
function submission(variant: VariantUnderTest, options: ValidateOptions): { date: string; when: string } {
  const date = variant.resolved.metadata.meta.date as string
  return options.today ? { date: options.today, when: `Submitted on ${options.today}` } : { date, when: `Dated ${date}` }
}

function deadlineCheck(verdict: 'untranslated' | 'missed') {
  return (variant: VariantUnderTest, emit: Emit<DeadlineData>, options: ValidateOptions): void => {
    const meta = variant.resolved.metadata.meta
    const start = (meta.meeting as { start: string }).start
    const policy = deadlinePolicy({ sector: String(meta.sector), forInformation: meta.for === 'information', conference: meta.conference === true })
    const { date, when } = submission(variant, options)
    if (assessDeadline(policy, date, start) !== verdict) return
    const days = daysBetween(date, start)
    const distance = days >= 0 ? `${days} days before the meeting starts (${start})` : `${-days} days after the meeting started (${start})`
    const limit = describeSpan(verdict === 'missed' ? policy.accepted : policy.translated!)
    emit(options.today ? metadataKey(variant, 'meeting') : metadataKey(variant, 'date'), { when, distance, limit })
  }
}

export const deadlineUntranslated = variantRule<DeadlineData>({
  id: 'contribution/deadline-untranslated', severity: 'warning', title: 'A contribution arrives too late to be translated',
  needs: { fields: deadlineFields },
  templates: contribution,
  message: (d) => `${d.when}, ${d.distance}: later than ${d.limit} before, so it will be published in its original language only.`,
  hint: () => 'Submit earlier to have it translated (ITU-D: 45 calendar days before the meeting; ITU-T: 2 months), or provide the translations yourself.',
  check: deadlineCheck('untranslated'),
})

export const deadlineMissed = variantRule<DeadlineData>({
  id: 'contribution/deadline-missed', severity: 'error', title: 'A contribution arrives too late to be placed on the agenda',
  needs: { fields: deadlineFields },
  templates: contribution,
  message: (d) => `${d.when}, ${d.distance}: less than ${d.limit} before, so it will not be placed on the agenda.`,
  hint: () => 'Contributions must arrive at least 12 calendar days before the meeting (21 for a WTDC); submit it to the next meeting instead.',
  check: deadlineCheck('missed'),
})

export const revisionMarksMissing = variantRule<{ of: string }>({
  id: 'contribution/revision-marks-missing', severity: 'error', title: 'A revised contribution shows no revision marks',
  needs: { fields: ['revision-of'], wholeBody: true },
  templates: contribution,
  message: (d) => `The contribution revises ${d.of} but its text has no revision marks.`,
  hint: () => 'Mark what changed with CriticMarkup: {++added++}, {--deleted--}, {~~old~>new~~}.',
  check(variant, emit) {
    const { root, metadata } = variant.resolved
    const of = metadata.meta['revision-of']
    if (typeof of !== 'string' || !of) return
    let hasRevisionMarks = false
    const inline = (i: { type: string }) => void (hasRevisionMarks ||= i.type === 'insertion' || i.type === 'deletion' || i.type === 'substitution')
    visitDocument(root.children, { inline })
    for (const footnote of root.footnotes) visitDocument(footnote.children, { inline })
    if (!hasRevisionMarks) emit(metadataKey(variant, 'revision-of'), { of })
  },
})

export const pageLimit = variantRule<{ pages: number; allowed: number; over: number }>({
  id: 'contribution/page-limit', severity: 'error', title: 'A contribution is longer than the page limit',
  needs: { fields: 'all', wholeBody: true, errorFree: true },
  templates: contribution,
  message: (d) => `The contribution lays out to ${d.pages} pages; at most ${d.allowed} are allowed (the cover and ${d.allowed - 1} pages of text): ${d.over} ${d.over === 1 ? 'page' : 'pages'} over.`,
  hint: () => 'Shorten the text, or move background material to an information document; a longer contribution needs the chair\'s agreement (ITU-D Resolution 1, §4.1.3.6).',
  async check(variant, emit, options) {
    const limit = variant.resolved.template.limits?.pages
    if (!limit || !options.pageCount) return
    const pages = await options.pageCount(variant)
    const allowed = limit.excludeCover ? limit.max + 1 : limit.max
    const start = variant.resolved.root.position.start
    if (pages !== undefined && pages > allowed) emit(node(variant, { position: { start, end: start } }), { pages, allowed, over: pages - allowed })
  },
})

export const contributionChecks = [actionRequired, abstractTooLong, contactPhone, deadlineUntranslated, deadlineMissed, revisionMarksMissing, pageLimit]
