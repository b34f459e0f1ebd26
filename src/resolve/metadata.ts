// Metadata: merge document.yaml (language-neutral) with the variant's front matter, pick the
// template, and validate the result with the template's zod schema. Every schema error is
// reported at the offending key, in whichever file the key came from.
import type { Yaml } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { z } from 'zod'
import { report } from '../model/diagnostic.js'
import { metadataRules } from '../model/rules.js'
import type { Template } from '../model/template.js'
import { plainIssue } from './schema-messages.js'
import { parseYamlSource, type YamlSource } from './yaml-source.js'

/** Keys every document may carry, whatever its template. */
export const commonKeys = ['template', 'lang', 'translated-from'] as const

export interface MetadataSource { file: VFile; yaml: YamlSource }

export interface ResolvedMetadata {
  template: Template
  /** Validated, defaulted metadata (kebab-case keys as written). */
  meta: Record<string, unknown>
  /** Raw common keys. */
  common: { template: string; lang?: string; 'translated-from'?: string }
  /** Where each top-level key was written (for later rules). */
  keyPosition(key: string): { file: VFile; position: Position }
  /** Where a nested value was written: `['parts', 0, 'documents', 1]`. */
  positionOf(path: ReadonlyArray<string | number>): { file: VFile; position: Position }
  /**
   * Top-level fields that are missing, invalid or unknown (each reported as an error). They
   * are left out of `meta`, so everything in `meta` is valid; empty when all of it is.
   */
  invalid: ReadonlySet<string>
}

/**
 * document.yaml parsed, by file: every language of a document reads the same text, and
 * parsing it was 0.8 % of a six-language build. Replaced when the text changes (watch mode).
 * Only clean YAML is kept: an error is reported from a parse of its own each time.
 */
const sharedYaml = new Map<string, { text: string; yaml: YamlSource }>()

/** Parse document.yaml, reporting syntax errors on its file. */
export function readSharedYaml(file: VFile): MetadataSource | undefined {
  const text = String(file.value)
  const origin = { line: 1, column: 1, offset: 0 }
  return checkYaml(file, text, origin, () => {
    const kept = sharedYaml.get(file.path)
    // Each variant gets values of its own, as from a parse of its own: later steps may keep them.
    if (kept?.text === text) return { ...kept.yaml, value: structuredClone(kept.yaml.value) }
    const yaml = parseYamlSource(text, origin)
    if (!yaml.errors.length && !yaml.reservedKeys.length) sharedYaml.set(file.path, { text, yaml: { ...yaml, value: structuredClone(yaml.value) } })
    return yaml
  })
}

/** Parse the front matter node of a Markdown variant. */
export function readFrontMatter(file: VFile, node: Yaml): MetadataSource | undefined {
  const start = node.position!.start
  // The YAML text begins on the line after the opening `---`.
  const offset = String(file.value).indexOf('\n', start.offset ?? 0) + 1
  return readYaml(file, node.value, { line: start.line + 1, column: 1, offset })
}

/** Metadata is a few keys: more than this is not metadata (document.yaml is limited when read). */
export const yamlSizeLimit = 1024 * 1024

function readYaml(file: VFile, text: string, origin: { line: number; column: number; offset: number }): MetadataSource | undefined {
  return checkYaml(file, text, origin, () => parseYamlSource(text, origin))
}

/** Parse YAML text (unless it is over the size limit) and report what is wrong with it on its file. */
function checkYaml(file: VFile, text: string, origin: { line: number; column: number; offset: number }, parse: () => YamlSource): MetadataSource | undefined {
  if (text.length > yamlSizeLimit) {
    report(file, metadataRules.yamlLimit, origin, { reason: `is ${(text.length / 1048576).toFixed(1)} MB, more than the limit of 1 MB` })
    return undefined
  }
  const yaml = parse()
  for (const error of yaml.errors) {
    if (error.kind === 'limit') report(file, metadataRules.yamlLimit, error, { reason: error.message })
    else report(file, metadataRules.yamlSyntax, error, { reason: error.message })
  }
  if (yaml.errors.length) return undefined
  if (yaml.value != null && (typeof yaml.value !== 'object' || Array.isArray(yaml.value))) {
    report(file, metadataRules.yamlSyntax, { position: yaml.positionOf([]) }, { reason: 'the metadata must be a mapping of keys to values' })
    return undefined
  }
  return { file, yaml }
}

/**
 * Merge the sources (later ones override earlier ones, key by key at the top level) and
 * validate. Returns undefined when the metadata is unusable (errors were reported): no
 * template, or the field that picks the template's variant is wrong. Other wrong fields are
 * reported and listed in `invalid`, and the rest is returned, so that the body is checked in
 * the same run.
 */
export function resolveMetadata(
  sources: MetadataSource[],
  templates: ReadonlyMap<string, Template>,
  fallbackFile: VFile,
): ResolvedMetadata | undefined {
  // No prototype: a "__proto__" key is then an ordinary key (reported below), never the prototype.
  const merged: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  const origin = new Map<string, MetadataSource>()
  for (const source of sources) {
    for (const [key, value] of Object.entries((source.yaml.value ?? {}) as Record<string, unknown>)) {
      merged[key] = value
      origin.set(key, source)
    }
  }
  const last = sources[sources.length - 1]
  const keyPosition = (key: string): { file: VFile; position: Position } => {
    const source = origin.get(key) ?? last
    return source ? { file: source.file, position: source.yaml.positionOf([key]) } : { file: fallbackFile, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }
  }
  const at = (path: ReadonlyArray<string | number>): { file: VFile; position: Position } => {
    const source = origin.get(String(path[0])) ?? last
    return source ? { file: source.file, position: source.yaml.positionOf(path) } : keyPosition('')
  }

  const templateId = merged.template
  if (templateId === undefined) {
    const where = keyPosition('template')
    report(where.file, metadataRules.fieldMissing, where, { field: 'template' })
    return undefined
  }
  const template = typeof templateId === 'string' ? templates.get(templateId) : undefined
  if (!template) {
    const where = keyPosition('template')
    report(where.file, metadataRules.unknownTemplate, where, { template: String(templateId), known: [...templates.keys()].join(', ') })
    return undefined
  }

  // Keys naming JavaScript's object machinery are never fields, at any depth.
  const reservedKeys = sources.flatMap((source) => source.yaml.reservedKeys.map((key) => ({ ...key, file: source.file })))
  for (const key of reservedKeys) report(key.file, metadataRules.unknownField, key, { field: key.path.join('.'), template: template.id })
  if (reservedKeys.length) return undefined
  const specific: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [key, value] of Object.entries(merged)) if (!(commonKeys as readonly string[]).includes(key)) specific[key] = value
  const result = template.metadata.safeParse(specific, { error: plainIssue })
  const resolved = { template, common: merged as ResolvedMetadata['common'], keyPosition, positionOf: at }
  if (result.success) return { ...resolved, meta: result.data as Record<string, unknown>, invalid: new Set() }
  reportSchemaIssues(result.error.issues, specific, template.id, at)
  // -- The fields that are right still count: the body, and every rule that reads only
  // those fields, are checked in the same run (rules reading an invalid field are skipped).
  const invalid = new Set(result.error.issues.flatMap((issue) => (issue.path.length ? [String(issue.path[0])] : issue.code === 'unrecognized_keys' ? issue.keys : [])))
  // Which variant of a template applies decides what the body may hold: without it, nothing more can be checked.
  if (template.variants && invalid.has(template.variants.field)) return undefined
  const rest = Object.fromEntries(Object.entries(specific).filter(([key]) => !invalid.has(key)))
  const optional = Object.fromEntries([...invalid].filter((key) => key in template.metadata.shape).map((key) => [key, true]))
  const salvaged = template.metadata.partial(optional as never).safeParse(rest)
  if (!salvaged.success) return undefined
  return { ...resolved, meta: salvaged.data as Record<string, unknown>, invalid }
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data
  for (const key of path) value = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value
}

function reportSchemaIssues(
  issues: z.core.$ZodIssue[],
  data: unknown,
  templateId: string,
  at: (path: ReadonlyArray<string | number>) => { file: VFile; position: Position },
): void {
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    const field = path.join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const where = at([...path, key])
        report(where.file, metadataRules.unknownField, where, { field: [...path, key].join('.'), template: templateId })
      }
    } else if (valueAt(data, path) === undefined) {
      const where = at(path.slice(0, -1))
      report(where.file, metadataRules.fieldMissing, where, { field })
    } else {
      const where = at(path)
      report(where.file, metadataRules.fieldType, where, { field, reason: issue.message })
    }
  }
}
