// Read a cover back into metadata by running the template's cover declaration in reverse:
// each line or cell of parts (labels, fields, patterns, conditions) becomes a regular
// expression over the Word text with a capture group per field, so the resolution heading
// block, a Recommendation's number line, a contribution's cover table or a liaison
// statement's fields are read by the same data that prints them. The template whose cover
// matches the most literal text is the document's template.
import type { Locale } from '../model/locale.js'
import type { Condition, CoverCellSpec, CoverSpec, CoverTableSpec, Part, Template } from '../model/template.js'
import { effectiveTemplate } from '../resolve/variant.js'
import { formatDate, formatDateRange, languageName } from '../resolve/format.js'

/** A line of cover text and the Word paragraph it is in. */
export interface CoverText { text: string; at: number; role?: string }
/**
 * The cover as found: free lines (heading block) and table rows of cells of lines, with the
 * Word table each row is in (`tableOf[i]` for `rows[i]`).
 */
export interface CoverSource { lines: CoverText[]; rows: CoverText[][][]; tableOf: number[] }

interface Capture { field: string; format?: string; kind: 'value' | 'then' | 'else'; condition?: Condition; where?: { key: string; equals: unknown }; pick?: string }
interface Compiled { source: string; captures: Capture[]; literal: number }

export interface CoverMatch {
  template: Template
  meta: Record<string, unknown>
  /** Word paragraph each field was read from. */
  at: Record<string, number>
  /** Characters of literal cover text matched (the template's score). */
  score: number
  /** Paragraphs consumed by the cover (not body text). */
  used: Set<number>
  /** Fields read from a partial form (a month and year for a full date). */
  partial: Set<string>
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')
const norm = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/[\u2011\u00ad]/g, (c) => (c === '\u2011' ? '-' : '')).replace(/[ \t]+/g, ' ').trim()

function compileParts(parts: readonly Part[], locale: Locale, phrases: Record<string, Part[]>, out: Capture[]): { source: string; literal: number } {
  let source = ''
  let literal = 0
  const lit = (text: string, upper?: boolean): void => {
    const t = upper ? text.toLocaleUpperCase(locale.intl) : text
    source += escape(t)
    literal += t.replace(/\s/g, '').length
  }
  /** A locale text with `{slots}`: literal between the slots, each slot filled from `args`. */
  const slotted = (text: string, args: Record<string, Part[]> | undefined): void => {
    for (const piece of text.split(/(\{\w+\})/)) {
      const slot = /^\{(\w+)\}$/.exec(piece)
      if (!slot) { lit(piece); continue }
      const inner = compileParts(args?.[slot[1]!] ?? [], locale, phrases, out)
      source += inner.source
      literal += inner.literal
    }
  }
  for (const part of parts) {
    if (typeof part === 'string') { lit(part); continue }
    if ('punct' in part) { source += escape(locale.punctuation[part.punct]).replace(/^:$/, '[:：]'); continue }
    if ('label' in part) { lit(locale.labels[part.label], part.case === 'upper'); continue }
    if ('phrase' in part) {
      const inner = compileParts(phrases[part.phrase] ?? [], locale, phrases, out)
      source += inner.source
      literal += inner.literal
      continue
    }
    if ('pattern' in part) {
      slotted(part.case === 'upper' ? locale.patterns[part.pattern].toLocaleUpperCase(locale.intl) : locale.patterns[part.pattern], part.args)
      continue
    }
    if ('if' in part) {
      const thenCapture: Capture = { field: '', kind: 'then', condition: part.if }
      out.push(thenCapture)
      const thenPart = compileParts(part.then, locale, phrases, out)
      const elseCapture: Capture = { field: '', kind: 'else', condition: part.if }
      out.push(elseCapture)
      const elsePart = compileParts(part.else ?? [], locale, phrases, out)
      source += `(?:(${thenPart.source})|(${elsePart.source}))`
      literal += Math.min(thenPart.literal, elsePart.literal)
      continue
    }
    if ('boilerplate' in part) {
      // A longer text of the locale (a published text's Foreword): literal but for its slots.
      slotted(locale.boilerplate[part.boilerplate], part.args)
      continue
    }
    // A field.
    if (part.field === 'locale.suffix') { lit(locale.suffix); continue }
    out.push({ field: part.field, ...(part.format ? { format: part.format } : {}), ...(part.where ? { where: part.where } : {}), ...(part.pick ? { pick: part.pick } : {}), kind: 'value' })
    source += part.format === 'monthYear' ? '(\\d{2}/\\d{4}|\\d{4}/\\d{2})' : part.format === 'year' ? '(\\d{4})' : '(.+?)'
  }
  return { source, literal }
}

function compile(parts: readonly Part[], locale: Locale, phrases: Record<string, Part[]>): Compiled {
  const captures: Capture[] = []
  const { source, literal } = compileParts(parts, locale, phrases, captures)
  return { source: `^${source}$`, captures, literal }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]!
  const existing = node[last]
  // "Geneva, 19–23 October 2026": the venue and the dates fill one object.
  node[last] = existing && typeof existing === 'object' && value && typeof value === 'object' && !Array.isArray(value) ? { ...existing, ...value } : value
}

// ------------------------------------------------------------------ values

function monthNames(locale: Locale): Map<string, number> {
  const names = new Map<string, number>()
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2026, m - 1, 15))
    for (const style of ['long', 'short'] as const) {
      const parts = new Intl.DateTimeFormat(locale.intl, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' }).formatToParts(date)
      const month = parts.find((p) => p.type === 'month')?.value
      if (month) names.set(month.toLocaleLowerCase(locale.intl), m)
    }
  }
  return names
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isDate = (iso: string): boolean => !Number.isNaN(Date.parse(`${iso}T12:00:00Z`)) && new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso)

/** "28 August 2026" → 2026-08-28, checked by printing it again. */
export function parseDate(text: string, locale: Locale): string | undefined {
  const year = /\d{4}/.exec(text)?.[0]
  if (!year) return undefined
  const lower = text.toLocaleLowerCase(locale.intl)
  let month: number | undefined
  for (const [name, m] of monthNames(locale)) if (lower.includes(name) && (!month || name.length > 2)) month = m
  const rest = text.replace(year, ' ')
  const day = /(?:^|\D)(\d{1,2})(?:\D|$)/.exec(rest)?.[1]
  if (!month) month = Number(/(?:^|\D)(\d{1,2})(?:\D)/.exec(rest.replace(day ?? '', ' '))?.[1]) || undefined
  if (!month || !day) return undefined
  const iso = `${year}-${pad(month)}-${pad(Number(day))}`
  return isDate(iso) && norm(formatDate(locale, iso)) === norm(text) ? iso : undefined
}

/** "19–23 October 2026" → { start, end }, checked by printing it again. */
export function parseDateRange(text: string, locale: Locale): { start: string; end: string } | undefined {
  const single = parseDate(text, locale)
  if (single) return { start: single, end: single }
  const years = [...text.matchAll(/\d{4}/g)].map((m) => m[0])
  const rest = text.replace(/\d{4}/g, ' ')
  const days = [...rest.matchAll(/(?:^|\D)(\d{1,2})(?=\D|$)/g)].map((m) => Number(m[1]))
  const lower = rest.toLocaleLowerCase(locale.intl)
  const months = [...monthNames(locale)].filter(([name]) => name.length > 2 && lower.includes(name)).sort((a, b) => lower.indexOf(a[0]) - lower.indexOf(b[0])).map(([, m]) => m)
  if (days.length !== 2 || !years.length || !months.length) return undefined
  const startMonth = months[0]!
  const endMonth = months[months.length - 1]!
  const range = { start: `${years[0]}-${pad(startMonth)}-${pad(days[0]!)}`, end: `${years[years.length - 1]}-${pad(endMonth)}-${pad(days[1]!)}` }
  return isDate(range.start) && isDate(range.end) && norm(formatDateRange(locale, range.start, range.end)) === norm(text) ? range : undefined
}

function parseValue(capture: Capture, text: string, locale: Locale): unknown {
  const value = text.trim()
  switch (capture.format) {
    case 'date': return parseDate(value, locale)
    case 'dateRange': return parseDateRange(value, locale)
    case 'monthYear': {
      const [a, b] = value.split('/')
      const [year, month] = a!.length === 4 ? [a, b] : [b, a]
      return `${year}-${month}-01`
    }
    // Only the year is printed: the date is known to the year (a partial field, as monthYear).
    case 'year': return `${value}-01-01`
    case 'language': return Object.entries(locale.languageNames).find(([code]) => norm(languageName(locale, code)).toLowerCase() === value.toLowerCase())?.[0]
    case 'list': return value.split(locale.punctuation.listSeparator.trim() || ',').map((v) => v.trim()).filter(Boolean)
    default: return value
  }
}

/** Fields a condition's `else` branch sets to false (draft, revised): those the schema lets be false. */
let booleanFields = new Set<string>()

/**
 * A date printed twice — "(09/2027)" on a cover page, "(2027)" under the title — is read from
 * the more precise: a year alone does not replace a month already read.
 */
function lessPrecise(format: string | undefined, current: unknown): boolean {
  return format === 'year' && typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current)
}

/** Apply a regex match's captures to the metadata. */
function apply(match: RegExpExecArray, compiled: Compiled, locale: Locale, meta: Record<string, unknown>, at: Record<string, number>, where: number): boolean {
  let ok = true
  compiled.captures.forEach((capture, i) => {
    const text = match[i + 1]
    if (text === undefined) return
    if (capture.kind === 'value') {
      const value = parseValue(capture, text, locale)
      if (value === undefined || value === '') { ok = ok && text.trim() === ''; return }
      if (capture.pick) {
        // "For action to: ITU-D Study Group 2" → destinations: [{ name: …, for: action }].
        const names = String(value).split(locale.punctuation.listSeparator.trim() || ',').map((v) => v.trim()).filter(Boolean)
        const list = Array.isArray(meta[capture.field]) ? (meta[capture.field] as unknown[]) : []
        meta[capture.field] = [...list, ...names.map((name) => ({ [capture.pick!]: name, ...(capture.where ? { [capture.where.key]: capture.where.equals } : {}) }))]
      } else if (!lessPrecise(capture.format, meta[capture.field])) setPath(meta, capture.field, value)
      at[capture.field.split('.')[0]!] ??= where
      return
    }
    const condition = capture.condition
    if (typeof condition === 'string') {
      if (capture.kind === 'then' && text.trim()) setPath(meta, condition, meta[condition] ?? true)
      else if (capture.kind === 'else' && text.trim() && !(condition in meta) && booleanFields.has(condition)) setPath(meta, condition, false)
    } else if (condition && 'field' in condition && 'equals' in condition && capture.kind === 'then' && text.trim()) {
      setPath(meta, condition.field, condition.equals)
      at[condition.field] ??= where
    }
  })
  return ok
}

// ------------------------------------------------------------------ matching

function tryLine(compiled: Compiled, line: CoverText, locale: Locale, meta: Record<string, unknown>, at: Record<string, number>): boolean {
  const match = new RegExp(compiled.source, 'iu').exec(norm(line.text))
  if (!match) return false
  const trial: Record<string, unknown> = structuredClone(meta)
  if (!apply(match, compiled, locale, trial, at, line.at)) return false
  Object.assign(meta, trial)
  return true
}

/** Match a cell's lines against a spec cell: every line with text in it must be found, in order. */
function matchCell(spec: CoverCellSpec, cell: CoverText[], locale: Locale, phrases: Record<string, Part[]>, meta: Record<string, unknown>, at: Record<string, number>): number | undefined {
  let score = 0
  let next = 0
  for (const line of spec.lines) {
    const compiled = compile(line, locale, phrases)
    let found = false
    for (let i = next; i < cell.length; i++) {
      if (tryLine(compiled, cell[i]!, locale, meta, at)) {
        found = true
        next = i + 1
        // A date or a language read and printed back the same counts like matched words.
        score += compiled.literal + compiled.captures.filter((c) => c.format && c.format !== 'list' && c.format !== 'text').length
        break
      }
    }
    // Lines that can print nothing (an absent phone number) may be absent.
    if (!found && !new RegExp(compiled.source, 'u').test('')) return undefined
  }
  return score
}

function expandSpans(row: CoverText[][], spans: number[]): CoverText[][] {
  return row.flatMap((cell, i) => [cell, ...Array.from({ length: (spans[i] ?? 1) - 1 }, () => [])])
}

/**
 * The header table (the Union and the Sector on the left, the document number, study group,
 * date and original language on the right) read column by column: which left line shares a
 * row with which right line is layout, and Word files differ in it (ITU-D's template stacks
 * the left lines in one cell, itudoc pairs them row by row). So the spec's columns and the
 * columns of each Word table, all rows joined, are matched; the first table that matches is
 * the header. Returns the characters matched.
 */
function matchHeader(block: CoverTableSpec, source: CoverSource, usedRows: Set<CoverText[][]>, into: { locale: Locale; phrases: Record<string, Part[]>; meta: Record<string, unknown>; at: Record<string, number>; used: Set<number> }): number {
  const columns = block.widths.length
  const specColumns: CoverCellSpec[] = Array.from({ length: columns }, (_, i) => ({ role: block.rows[0]!.cells[i]?.role ?? 'headerSmall', lines: block.rows.flatMap((row) => row.cells[i]?.lines ?? []) }))
  for (const table of [...new Set(source.tableOf)]) {
    const rows = source.rows.filter((row, i) => source.tableOf[i] === table && !usedRows.has(row))
    if (!rows.length || rows.some((row) => row.length < columns)) continue
    const joined = Array.from({ length: columns }, (_, i) => rows.flatMap((row) => row[i] ?? []))
    const trial: Record<string, unknown> = structuredClone(into.meta)
    const trialAt: Record<string, number> = {}
    let score = 0
    let ok = true
    for (let i = 0; i < columns && ok; i++) {
      const s = matchCell(specColumns[i]!, joined[i]!, into.locale, into.phrases, trial, trialAt)
      if (s === undefined) ok = false
      else score += s
    }
    if (!ok || score === 0) continue
    for (const row of rows) {
      usedRows.add(row)
      for (const cell of row) for (const line of cell) into.used.add(line.at)
    }
    Object.assign(into.meta, trial)
    for (const [k, v] of Object.entries(trialAt)) into.at[k] ??= v
    return score
  }
  return 0
}

export function matchCover(source: CoverSource, template: Template, meta0: Record<string, unknown>, locale: Locale): CoverMatch {
  const shape = (template.metadata as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape ?? {}
  booleanFields = new Set(Object.entries(shape).filter(([, field]) => field.safeParse(false).success).map(([key]) => key))
  // A published text has its cover page before the title block: both are read.
  const spec: CoverSpec = template.published ? [...template.published.coverPage, ...template.cover] : template.cover
  const phrases = template.phrases ?? {}
  const meta: Record<string, unknown> = { ...meta0 }
  const at: Record<string, number> = {}
  const used = new Set<number>()
  let score = 0
  let pointer = 0
  const usedRows = new Set<CoverText[][]>()
  for (const block of spec) {
    if ('line' in block) {
      const compiled = compile(block.parts, locale, phrases)
      // A line in the style of its role (Res_No, Rec_title …) first; else, for a line with
      // words of its own, any line; for a bare field (a title), the line after the last match.
      const styled = source.lines.findIndex((line) => line.role === block.line && !used.has(line.at) && tryLine(compiled, line, locale, meta, at))
      let found = styled
      if (found < 0 && compiled.literal) found = source.lines.findIndex((line) => !used.has(line.at) && tryLine(compiled, line, locale, meta, at))
      if (found < 0 && !compiled.literal && pointer > 0) {
        const next = source.lines.findIndex((line, i) => i >= pointer && line.text.trim() !== '' && !used.has(line.at))
        const role = source.lines[next]?.role
        // A line printed only when its field is set (a series) is read only from its own style.
        if (next >= 0 && (role === block.line || (role === undefined && !block.if)) && tryLine(compiled, source.lines[next]!, locale, meta, at)) found = next
      }
      if (found >= 0) {
        score += compiled.literal
        used.add(source.lines[found]!.at)
        pointer = found + 1
      }
      continue
    }
    if (block.table === 'header') {
      score += matchHeader(block, source, usedRows, { locale, phrases, meta, at, used })
      continue
    }
    for (const rowSpec of block.rows) {
      const items: Array<Record<string, unknown>> = []
      for (const row of source.rows) {
        if (usedRows.has(row)) continue
        const cells = expandSpans(row, rowSpec.cells.map(() => 1))
        if (cells.length < rowSpec.cells.length) continue
        const trial: Record<string, unknown> = structuredClone(meta)
        const trialAt: Record<string, number> = {}
        let rowScore = 0
        let ok = true
        // A row with fewer cells in Word than in the spec (merged) is tried positionally.
        rowSpec.cells.forEach((cellSpec, i) => {
          if (!ok) return
          const s = matchCell(cellSpec, cells[i] ?? [], locale, phrases, trial, trialAt)
          if (s === undefined) ok = false
          else rowScore += s
        })
        if (!ok || rowScore === 0) continue
        usedRows.add(row)
        for (const cell of row) for (const line of cell) used.add(line.at)
        score += rowScore
        if (rowSpec.each) {
          items.push((trial.item ?? {}) as Record<string, unknown>)
          delete trial.item
          Object.assign(meta, trial)
          Object.assign(at, { [rowSpec.each]: at[rowSpec.each] ?? Object.values(trialAt)[0] ?? row[0]?.[0]?.at })
        } else {
          Object.assign(meta, trial)
          for (const [k, v] of Object.entries(trialAt)) at[k] ??= v
          break
        }
      }
      if (rowSpec.each && items.length) meta[rowSpec.each] = items
    }
  }
  const partial = new Set<string>()
  for (const block of spec) {
    const parts = 'line' in block ? [block.parts] : block.rows.flatMap((r) => r.cells.flatMap((c) => c.lines))
    const visit = (list: readonly Part[]): void => list.forEach((p) => {
      if (typeof p !== 'object') return
      if ('field' in p && (p.format === 'monthYear' || p.format === 'year')) partial.add(p.field)
      if ('if' in p) { visit(p.then); visit(p.else ?? []) }
      if ('pattern' in p || 'boilerplate' in p) Object.values(p.args ?? {}).forEach(visit)
    })
    parts.forEach(visit)
  }
  return { template, meta, at, score, used, partial }
}

/** Every template and sector variant, matched; the best first. */
export function detectTemplate(source: CoverSource, templates: readonly Template[], locale: Locale, preferred?: string, known: Record<string, unknown> = {}): CoverMatch | undefined {
  const candidates: CoverMatch[] = []
  for (const base of templates) {
    if (preferred && base.id !== preferred) continue
    if (base.compiles && preferred !== base.id) continue
    // A variant field already known (the sector in an ITU file name) leaves one variant.
    const fixed = base.variants ? known[base.variants.field] : undefined
    const variants = typeof fixed === 'string' ? [fixed] : base.variants ? [undefined, ...Object.keys(base.variants.values)] : [undefined]
    for (const value of variants) {
      const seed: Record<string, unknown> = value && base.variants ? { [base.variants.field]: value } : {}
      const template = effectiveTemplate(base, seed)
      const match = matchCover(source, template, seed, locale)
      if (value && base.variants && match.meta[base.variants.field] === undefined) match.meta[base.variants.field] = value
      candidates.push({ ...match, template: base })
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.used.size - a.used.size)
  return candidates[0]
}
