// What is wrong with a metadata value, in words an author uses: zod's own messages speak of
// its types ("Invalid input: expected number, received string"); these say "must be a number,
// not text: "thirty-seven"". Every kind of issue zod can raise has an entry (the mapped type
// makes a new kind a compile error). Each message is a predicate that follows the field name:
// `Field "year" must be a number, not text: "2025a".` Templates that write their own message
// (`.regex(re, 'must be a date written YYYY-MM-DD')`) keep it: zod prefers a schema's message
// to this map.
import type { z } from 'zod'
import { nearest } from '../model/suggest.js'

type RawIssue = z.core.$ZodRawIssue
type IssueOf<C extends RawIssue['code']> = Extract<RawIssue, { code: C }>

/** What a YAML value is, as an author would say it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (typeof value === 'string') return value.trim() ? `text: "${value.length > 60 ? `${value.slice(0, 57)}…` : value}"` : 'empty text'
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `${value} (a yes/no value)`
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list'
  if (value instanceof Date) return 'a date'
  if (typeof value === 'object') return 'a mapping of keys to values'
  return typeof value
}

/** The kind of value zod expected, with an article. */
const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping of keys (key: value lines)',
  record: 'a mapping of keys (key: value lines)',
  map: 'a mapping of keys (key: value lines)',
  set: 'a list',
  date: 'a date',
  null: 'empty (null)',
  undefined: 'absent',
  nan: 'not a number',
  literal: 'a fixed value',
}

function kind(expected: string): string {
  return kinds[expected] ?? expected
}

function quoted(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)))
  return shown.length <= 2 ? shown.join(' or ') : `one of ${shown.join(', ')}`
}

/** How big or small, by what is measured. */
function measure(origin: string, bound: number | bigint, inclusive: boolean | undefined, side: 'least' | 'most'): string {
  const n = Number(bound)
  switch (origin) {
    case 'string': return n === 1 && side === 'least' ? 'must not be empty' : `must be at ${side} ${n} characters long`
    case 'array': case 'set': return n === 1 && side === 'least' ? 'must list at least one item' : `must list at ${side} ${n} items`
    case 'date': return side === 'least' ? `must be on or after ${String(bound)}` : `must be on or before ${String(bound)}`
    default: {
      const strict = inclusive === false
      return side === 'least' ? `must be ${strict ? 'more than' : 'at least'} ${n}` : `must be ${strict ? 'less than' : 'at most'} ${n}`
    }
  }
}

const formats: Record<string, string> = {
  email: 'an e-mail address',
  url: 'a web address (https://…)',
  date: 'a date written YYYY-MM-DD',
  datetime: 'a date and time written YYYY-MM-DDTHH:MM:SSZ',
  time: 'a time written HH:MM',
  duration: 'a duration (ISO 8601, e.g. P3D)',
  uuid: 'a UUID',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  e164: 'a phone number in international form (+41227305111)',
}

const messages: { [C in RawIssue['code']]: (issue: IssueOf<C>) => string } = {
  invalid_type: (issue) => `must be ${kind(issue.expected)}, not ${describeValue(issue.input)}`,
  too_small: (issue) => measure(issue.origin, issue.minimum, issue.inclusive, 'least'),
  too_big: (issue) => measure(issue.origin, issue.maximum, issue.inclusive, 'most'),
  invalid_format: (issue) => {
    const got = typeof issue.input === 'string' ? `, not "${issue.input}"` : ''
    switch (issue.format) {
      case 'regex': return `must match the pattern ${issue.pattern ?? ''}${got}`
      case 'starts_with': return `must start with "${(issue as { prefix?: string }).prefix ?? ''}"${got}`
      case 'ends_with': return `must end with "${(issue as { suffix?: string }).suffix ?? ''}"${got}`
      case 'includes': return `must contain "${(issue as { includes?: string }).includes ?? ''}"${got}`
      default: return `must be ${formats[issue.format] ?? `a valid ${issue.format}`}${got}`
    }
  },
  not_multiple_of: (issue) => `must be a multiple of ${issue.divisor}, not ${describeValue(issue.input)}`,
  unrecognized_keys: (issue) => `has ${issue.keys.length === 1 ? 'a key' : 'keys'} it does not know: ${issue.keys.join(', ')}`,
  invalid_union: (issue) => {
    if ('matches' in issue && issue.inclusive === false) return 'fits more than one of the forms allowed here, and must fit exactly one'
    if (issue.discriminator && 'options' in issue && issue.options) return `must have "${issue.discriminator}" set to ${quoted(issue.options)}`
    // Each alternative failed; say what each wanted at the value itself.
    const wanted = [...new Set(issue.errors.flatMap((alternative) => alternative.flatMap((i) => {
      if (i.path.length) return []
      if (i.code === 'invalid_type') return [kind(i.expected)]
      if (i.code === 'invalid_value') return [quoted(i.values)]
      return []
    })))]
    return wanted.length ? `must be ${wanted.join(' or ')}, not ${describeValue(issue.input)}` : `does not have any of the forms allowed here (it is ${describeValue(issue.input)})`
  },
  invalid_key: (issue) => `has a key that is not allowed${typeof issue.input === 'string' ? `: "${issue.input}"` : ''}`,
  invalid_element: (issue) => `has a value that is not allowed under ${JSON.stringify(issue.key)}`,
  invalid_value: (issue) => {
    const match = typeof issue.input === 'string' ? nearest(issue.input, issue.values.filter((v): v is string => typeof v === 'string')) : undefined
    const got = issue.input === undefined ? '' : `, not ${typeof issue.input === 'string' ? `"${issue.input}"` : describeValue(issue.input)}`
    return `must be ${quoted(issue.values)}${got}${match ? ` (did you mean "${match}"?)` : ''}`
  },
  custom: () => 'is not valid here',
}

/** The zod error map that writes these messages (pass it to safeParse as `{ error }`). */
export function plainIssue(issue: RawIssue): string {
  return (messages[issue.code] as (issue: RawIssue) => string)(issue)
}
