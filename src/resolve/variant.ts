// A template may vary by a metadata field (a Recommendation by sector, a contribution by
// sector). A variant replaces whole parts of the template (numbering, structure, cover …)
// and overrides the page furniture key by key: a deep merge would leak base settings (an
// ITU-T annex status line) into variants that deliberately leave them out.
import type { Template } from '../model/template.js'

export function effectiveTemplate(template: Template, meta: Record<string, unknown>): Template {
  if (!template.variants) return template
  const override = template.variants.values[String(meta[template.variants.field])]
  if (!override) return template
  const { page, ...parts } = override
  return { ...template, ...parts, page: { ...template.page, ...page } }
}
