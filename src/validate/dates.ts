// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that a deadline never moves
// with the time zone or daylight-saving time of the machine running validate.

const dayMs = 86_400_000

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / dayMs)
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * dayMs).toISOString().slice(0, 10)
}

/**
 * `date` moved by a number of calendar months; a day that does not exist in the target month
 * becomes its last day (31 March minus one month is 28 or 29 February), as people count
 * "two months before".
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utc(value)) && new Date(utc(value)).toISOString().startsWith(value)
}
