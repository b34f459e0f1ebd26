// The JSON Schema of a template's metadata, for each file that may hold it. A document is one
// .md file whose front matter holds everything, or a folder whose document.yaml holds what
// every language shares and whose <lang>.md files hold what differs by language; resolve
// merges the two key by key, so in the folder form neither file alone must hold every
// required field, and a schema that required them would reject a valid document.yaml.
import { z } from 'zod'
import type { Template } from '../model/template.js'
import type { commonKeys } from '../resolve/metadata.js'
import type { schemaFileNames } from './table.js'

export type SchemaFile = (typeof schemaFileNames)[number]

export interface JsonSchema { properties: Record<string, { description?: string; enum?: unknown[] }>; required?: string[]; [key: string]: unknown }

const what: Record<SchemaFile, string> = {
  'one-file': 'The front matter of a one-file document (<name>.md): every field, the required ones included.',
  'document.yaml': 'document.yaml of a document folder: the fields every language shares (template, numbers, dates). No field is required here: a language file\'s front matter may supply it.',
  'language-file': 'The front matter of a language file (<lang>.md) in a document folder: what differs by language (title, place, convening line), overriding document.yaml key by key. No field is required here: document.yaml may supply it.',
}

/** The template's metadata fields as zod describes them (input side: defaults make fields optional). */
export function templateFields(template: Template): JsonSchema {
  return z.toJSONSchema(template.metadata, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

/** The sectors a template accepts, or [] for a template without a sector field. */
export function templateSectors(template: Template): string[] {
  return (templateFields(template).properties.sector?.enum ?? []).map(String)
}

/** The schema of the metadata `file` may hold for documents of `template`. */
export function metadataSchema(template: Template, file: SchemaFile): Record<string, unknown> {
  const { required, properties, ...rest } = templateFields(template)
  const common: Partial<Record<(typeof commonKeys)[number], unknown>> = {
    template: { const: template.id, description: 'Template of this document' },
    // A folder's language comes from the file name, and only a translation records its original.
    ...(file === 'one-file' ? { lang: { enum: ['en', 'fr', 'es', 'ru', 'ar', 'zh'], description: 'Language of the document (default en)' } } : {}),
    ...(file !== 'document.yaml' ? { 'translated-from': { type: 'string', description: 'Set by `itudoc translations --mark`: the original-language text this variant was translated from' } } : {}),
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `itudoc ${template.id} metadata (${file})`,
    ...rest,
    description: what[file],
    properties: { ...common, ...properties },
    ...(file === 'one-file' ? { required: ['template', ...(required ?? [])] } : {}),
  }
}
