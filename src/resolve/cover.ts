// Template cover data + metadata + locale → a Cover node of localized lines and tables.
// The same interpreter prints page headers/footers, the document number and the phrases
// used in annex headings, so every template-declared text goes through one function.
import type { Position } from 'unist'
import type { Locale } from '../model/locale.js'
import { titleRoles, type Cover, type CoverBlock, type CoverRow, type Inline } from '../model/nodes.js'
import type { Condition, CoverSpec, Part } from '../model/template.js'
import { fillSlots, formatDate, formatDateRange, formatMonthYear, formatPattern, languageName, upper } from './format.js'

export interface PartEnv {
  locale: Locale
  meta: Record<string, unknown>
  phrases: Record<string, Part[]>
  /** The element of the array being repeated by a row's `each` (read as `item.x`). */
  item?: unknown
}

function lookup(env: PartEnv, path: string): unknown {
  const [head, ...rest] = path.split('.')
  // `item.x` reads the element a row repeats over; `locale.x` reads the locale (suffix, name).
  let value: unknown = head === 'item' ? env.item : head === 'locale' ? env.locale : env.meta[head!]
  for (const key of rest) value = value != null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

export function holds(env: PartEnv, condition: Condition): boolean {
  if (typeof condition === 'string') {
    const value = lookup(env, condition)
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== false && value !== ''
  }
  if ('some' in condition) {
    const value = lookup(env, condition.field)
    return Array.isArray(value) && value.some((v) => v != null && (v as Record<string, unknown>)[condition.some.key] === condition.some.equals)
  }
  if ('field' in condition) return lookup(env, condition.field) === condition.equals
  if ('not' in condition) return !holds(env, condition.not)
  if ('all' in condition) return condition.all.every((c) => holds(env, c))
  return condition.any.some((c) => holds(env, c))
}

function formatValue(env: PartEnv, value: unknown, format: string | undefined): string {
  if (value === undefined || value === null) return ''
  const { locale } = env
  switch (format) {
    case 'date':
      return formatDate(locale, String(value))
    case 'dateRange': {
      const range = value as { start: string; end: string }
      return formatDateRange(locale, range.start, range.end)
    }
    case 'monthYear':
      return formatMonthYear(locale, String(value))
    case 'year':
      return String(value).slice(0, 4)
    case 'language':
      return languageName(locale, String(value))
    case 'sectorLetter': {
      const code = String(value)
      return code === 'T' || code === 'D' || code === 'R' ? locale.sectorLetters[code] : code
    }
    case 'list':
      return (Array.isArray(value) ? value : [value]).map(String).join(locale.punctuation.listSeparator)
    default:
      return Array.isArray(value) ? value.map(String).join(locale.punctuation.listSeparator) : String(value)
  }
}

/** Print parts as plain text. */
export function printParts(env: PartEnv, parts: readonly Part[]): string {
  return parts.map((part) => printPart(env, part)).join('')
}

function printPart(env: PartEnv, part: Part): string {
  if (typeof part === 'string') return part
  if ('if' in part) return printParts(env, holds(env, part.if) ? part.then : part.else ?? [])
  if ('punct' in part) return env.locale.punctuation[part.punct]
  let text: string
  if ('label' in part) text = env.locale.labels[part.label]
  else if ('field' in part) {
    let value = lookup(env, part.field)
    if (Array.isArray(value) && part.where) value = value.filter((v) => v != null && (v as Record<string, unknown>)[part.where!.key] === part.where!.equals)
    if (Array.isArray(value) && part.pick) value = value.map((v) => (v as Record<string, unknown>)[part.pick!])
    text = formatValue(env, value, part.format)
  }
  else if ('phrase' in part) text = printParts(env, env.phrases[part.phrase] ?? [])
  else if ('boilerplate' in part) return fillSlots(env.locale.boilerplate[part.boilerplate], part.boilerplate, printArgs(env, part.args))
  else text = formatPattern(env.locale, part.pattern, printArgs(env, part.args))
  return part.case === 'upper' ? upper(env.locale, text) : text
}

function printArgs(env: PartEnv, parts: Record<string, Part[]> | undefined): Record<string, string> {
  const args: Record<string, string> = {}
  for (const [slot, value] of Object.entries(parts ?? {})) args[slot] = printParts(env, value)
  return args
}

function textNode(value: string, position: Position): Inline[] {
  return value ? [{ type: 'text', value, position }] : []
}

export function buildCover(spec: CoverSpec, env: PartEnv, position: Position): Cover {
  const children: CoverBlock[] = []
  for (const block of spec) {
    if (block.if !== undefined && !holds(env, block.if)) continue
    if ('line' in block) {
      children.push({ type: 'coverLine', role: block.line, children: textNode(printParts(env, block.parts), position), position })
      continue
    }
    const rows: CoverRow[] = []
    for (const row of block.rows) {
      if (row.if !== undefined && !holds(env, row.if)) continue
      const items = row.each ? ((lookup(env, row.each) as unknown[] | undefined) ?? []) : [env.item]
      for (const item of items) {
        const rowEnv = row.each ? { ...env, item } : env
        rows.push({
          type: 'coverRow',
          position,
          ...(row.rule ? { rule: row.rule } : {}),
          children: row.cells.map((cell) => ({
            type: 'coverCell',
            role: cell.role,
            span: cell.span ?? 1,
            position,
            children: cell.lines.map((line) => textNode(printParts(rowEnv, line), position)).filter((line) => line.length),
          })),
        })
      }
    }
    children.push({ type: 'coverTable', role: block.table, widths: block.widths, children: rows, position })
  }
  return { type: 'cover', children, position }
}

/** Mark the document's title: the first line in a title role (HTML h1, PDF H1). */
export function markTitle(cover: Cover): void {
  const line = cover.children.find((block) => block.type === 'coverLine' && titleRoles.includes(block.role) && block.children.length)
  if (line?.type === 'coverLine') line.heading = true
}
