// itudoc templates: every template with its description and metadata fields.
import { loadTemplates } from '../../build/templates.js'
import { templateFields } from '../metadata-schema.js'

export async function run(): Promise<number> {
  const templates = await loadTemplates()
  const lines: string[] = []
  for (const [id, { template }] of templates) {
    lines.push(`${id} — ${template.description}`)
    const schema = templateFields(template)
    for (const [field, property] of Object.entries(schema.properties)) {
      const required = schema.required?.includes(field) ? ' (required)' : ''
      lines.push(`  ${field}${required}${property.description ? `: ${property.description}` : ''}`)
    }
    lines.push(`  constructs: ${template.structure.allows.join(', ')}`, '')
  }
  process.stdout.write(`${lines.join('\n')}`)
  return 0
}
