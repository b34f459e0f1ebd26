// A template may vary by a metadata field (a Recommendation by sector, a contribution by
// sector): the variant's values are deep-merged onto the base template.
import type { Template } from '../model/template.js'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function merge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(override)) out[key] = merge(out[key], value)
  return out as T
}

export function effectiveTemplate(template: Template, meta: Record<string, unknown>): Template {
  if (!template.variants) return template
  const value = meta[template.variants.field]
  const override = template.variants.values[String(value)]
  // zod objects and other class instances are not merged: only plain template data is.
  return override ? merge(template, override) : template
}
