// itudoc schema <template>: the JSON Schema of a template's metadata, generated from the same
// zod object that validates it, for editors (YAML language server) and other tools.
import { z } from 'zod'
import { loadTemplates } from '../../build/templates.js'
import { commonKeys } from '../../resolve/metadata.js'
import { templateNamed } from '../options.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'

export async function run({ positionals }: Parsed<typeof commands.schema.options>): Promise<number> {
  const [id] = positionals
  const loaded = templateNamed(await loadTemplates(), id)
  const schema = z.toJSONSchema(loaded.template.metadata, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { properties: Record<string, unknown> }
  // Keys every document may carry, whatever its template.
  const common: Record<(typeof commonKeys)[number], unknown> = {
    template: { const: id, description: 'Template of this document' },
    lang: { enum: ['en', 'fr', 'es', 'ru', 'ar', 'zh'], description: 'Language of a single-file document (default en)' },
    'translated-from': { type: 'string', description: 'Hash of the original-language text this variant was translated from' },
  }
  const out = { $schema: 'https://json-schema.org/draft/2020-12/schema', title: `itudoc ${id} metadata`, ...schema, properties: { ...common, ...schema.properties } }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  return 0
}
