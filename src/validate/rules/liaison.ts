// Liaison statement rules (ITU-D Resolution 1, Annex 4; ITU-T A.1): a reply-by deadline
// when any destination is asked for action, and one that is still ahead; a reply says what
// it replies to. That there is a destination, that each has a purpose and that a contact has
// an e-mail address is already required by the template's schema.
import { metadataKey, variantRule } from '../rule.js'

const liaison = ['liaison-statement']

/**
 * How a subject that replies reads in each language ("Reply to the liaison statement from …").
 * Subjects are in the variant's language, so the pattern is too.
 */
const replyWords: Record<string, RegExp> = {
  en: /\breply\b|\bresponse\b|\bLS\/r\b/i,
  fr: /\bréponse\b/i,
  es: /\brespuesta\b/i,
  ru: /ответ/i,
  ar: /رد/u,
  zh: /答复|回复/u,
}

function readsAsReply(subject: string, lang: string): boolean {
  return (replyWords[lang] ?? replyWords.en!).test(subject)
}

interface Destination { name: string; for: string }

export const deadlineMissing = variantRule<{ names: string }>({
  id: 'liaison/deadline-missing', severity: 'error', title: 'A liaison statement asks for action but gives no deadline',
  needs: { fields: ['destinations', 'deadline'] },
  templates: liaison,
  message: (d) => `The liaison statement asks ${d.names} for action but gives no deadline.`,
  hint: () => 'Add "deadline: YYYY-MM-DD", the date by which a reply is needed.',
  check(variant, emit) {
    const meta = variant.resolved.metadata.meta
    const forAction = (meta.destinations as Destination[]).filter((d) => d.for === 'action')
    if (forAction.length && !meta.deadline) emit(metadataKey(variant, 'destinations'), { names: forAction.map((d) => d.name).join(', ') })
  },
})

export const deadlinePast = variantRule<{ deadline: string; reference: string }>({
  id: 'liaison/deadline-past', severity: 'error', title: 'A liaison statement\'s deadline has passed',
  needs: { fields: ['deadline', 'meeting'] },
  templates: liaison,
  message: (d) => `The deadline ${d.deadline} is before ${d.reference}.`,
  hint: () => 'Give a reply-by date that leaves the destination time to reply, normally after its next meeting.',
  check(variant, emit, options) {
    const meta = variant.resolved.metadata.meta
    const deadline = meta.deadline
    if (typeof deadline !== 'string') return
    // Without a date to check against, the liaison statement is approved at its meeting: the deadline must follow it.
    const end = (meta.meeting as { end: string }).end
    const [reference, described] = options.today ? [options.today, `today (${options.today})`] : [end, `the end of the meeting that approves it (${end})`]
    if (deadline < reference) emit(metadataKey(variant, 'deadline'), { deadline, reference: described })
  },
})

export const replyToMissing = variantRule({
  id: 'liaison/reply-to-missing', severity: 'error', title: 'A reply does not say which liaison statement it replies to',
  needs: { fields: ['reply-to', 'subject'] },
  templates: liaison,
  message: () => 'The subject says this is a reply, but "reply-to" does not name the liaison statement it replies to.',
  hint: () => 'Set "reply-to:" to the source and date of that liaison statement, e.g. "ITU-T Study Group 13, SG13-LS20 (2026-02-27)".',
  check(variant, emit) {
    const meta = variant.resolved.metadata.meta
    if (!meta['reply-to'] && readsAsReply(String(meta.subject), variant.lang)) emit(metadataKey(variant, 'subject'), {})
  },
})

export const replySubject = variantRule({
  id: 'liaison/reply-subject', severity: 'warning', blocksSubmission: true, title: 'The subject of a reply does not say it is a reply',
  needs: { fields: ['reply-to', 'subject'] },
  templates: liaison,
  message: () => 'The liaison statement replies to another one, but its subject does not say so.',
  hint: () => 'Start the subject with "Reply to the liaison statement from (source and date) on …", as Resolution 1, Annex 4 asks.',
  check(variant, emit) {
    const meta = variant.resolved.metadata.meta
    if (meta['reply-to'] && !readsAsReply(String(meta.subject), variant.lang)) emit(metadataKey(variant, 'subject'), {})
  },
})

export const liaisonChecks = [deadlineMissing, deadlinePast, replyToMissing, replySubject]
