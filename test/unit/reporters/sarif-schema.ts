// The official SARIF 2.1.0 schema (test/fixtures/sarif-schema-2.1.0.json, the errata 01 text)
// as an Ajv validator, for the report tests.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { expect } from 'vitest'

/**
 * The official schema is JSON Schema draft-04, which Ajv 8 does not implement. Its keywords
 * here (type, properties, items, enum, pattern, format, minimum, anyOf, oneOf, required,
 * uniqueItems, additionalProperties, default, $ref) mean the same in draft-07, and it has no
 * boolean exclusiveMinimum, the one draft-04 form that changed; only `id` became `$id`.
 */
export function sarifValidator() {
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>
  expect(JSON.stringify(schema)).not.toContain('"exclusiveM')
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats.default(ajv)
  return ajv.compile({ ...schema, $id: id as string })
}

