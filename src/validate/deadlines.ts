// Submission deadlines of contributions, as data: ITU-D Resolution 1 §4 (45 calendar days
// to be translated, 12 to be placed on the agenda at all, 21 for a WTDC) and ITU-T
// Recommendation A.1 (2 months to be translated, 12 days to be accepted). `assessDeadline`
// says which of them a submission date meets.
import { addDays, addMonths, daysBetween } from './dates.js'

/** How long before a meeting's start something is due: calendar days or calendar months. */
export type Span = { days: number } | { months: number }

export interface DeadlinePolicy {
  /** Received at least this long before: translated into the six languages. Absent: never translated beforehand. */
  translated?: Span
  /** Received at least this long before: accepted (untranslated when later than `translated`). */
  accepted: Span
}

export interface ContributionKind {
  sector: string
  /** For information only: ITU-D does not translate these before the meeting anyway. */
  forInformation: boolean
  conference: boolean
}

export function deadlinePolicy(kind: ContributionKind): DeadlinePolicy {
  if (kind.sector === 'T') return { translated: { months: 2 }, accepted: { days: 12 } }
  if (kind.conference) return { accepted: { days: 21 } }
  return kind.forInformation ? { accepted: { days: 12 } } : { translated: { days: 45 }, accepted: { days: 12 } }
}

/** The last date on which something due `span` before `start` is on time. */
export function dueDate(start: string, span: Span): string {
  return 'months' in span ? addMonths(start, -span.months) : addDays(start, -span.days)
}

export function describeSpan(span: Span): string {
  return 'months' in span ? `${span.months} months` : `${span.days} days`
}

export type DeadlineVerdict = 'on-time' | 'untranslated' | 'missed'

export function assessDeadline(policy: DeadlinePolicy, submitted: string, start: string): DeadlineVerdict {
  if (daysBetween(submitted, dueDate(start, policy.accepted)) < 0) return 'missed'
  if (policy.translated && daysBetween(submitted, dueDate(start, policy.translated)) < 0) return 'untranslated'
  return 'on-time'
}
