// itudoc schema <template> [--file one-file|document.yaml|language-file]: the JSON Schema of
// what one metadata file of a template's documents may hold, generated from the same zod
// object that validates it, for editors (YAML language server) and other tools.
import { loadTemplates } from '../../build/templates.js'
import { metadataSchema, type SchemaFile } from '../metadata-schema.js'
import { templateNamed } from '../options.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'

export async function run({ values, positionals }: Parsed<typeof commands.schema.options>): Promise<number> {
  const loaded = templateNamed(await loadTemplates(), positionals[0])
  process.stdout.write(`${JSON.stringify(metadataSchema(loaded.template, values.file as SchemaFile), null, 2)}\n`)
  return 0
}
