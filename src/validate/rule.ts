// What a validation rule is: a catalogue entry (id, severity, message, hint — the `Rule` of
// src/model/diagnostic.ts) plus the check that detects it, and the scope it looks at: one
// language variant, all variants of one document, or every document validated together.
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { Rule } from '../model/diagnostic.js'
import type { ResolvedDocument } from '../resolve/index.js'

/** One language variant of a document, resolved, as validate sees it. */
export interface VariantUnderTest {
  /** Document id: its folder (or file without .md) relative to the sources root. */
  documentId: string
  /** Language of this variant (en, fr, …). */
  lang: string
  /** The variant's Markdown file; findings about the body are reported on it. */
  file: VFile
  resolved: ResolvedDocument
}

/** The variants of one document, in file-name order. */
export interface DocumentUnderTest {
  id: string
  variants: VariantUnderTest[]
  /** Every variant of the document resolved without error. Rules that compare variants need them all. */
  complete: boolean
}

/** Everything outside the sources that a check may need. */
export interface ValidateOptions {
  /**
   * The date the sources are checked against: `--today`, or the current date in submission
   * mode (read by the CLI, never here). Absent in draft mode without --today: deadline rules
   * then measure from the document's own dates (a contribution's `date`, a meeting's end).
   */
  today?: string
  /**
   * Pages a variant lays out to, from the PDF layout engine; undefined when it cannot be
   * measured. Without it the page-limit rule does not run.
   */
  pageCount?: (variant: VariantUnderTest) => Promise<number | undefined>
}

/** Where a finding goes: a file and a span in it (a YAML key, a node). */
export interface Place { file: VFile; position?: Position | undefined }

export type Emit<D> = (at: Place, data: D) => void

/**
 * What a check reads, so that it runs whenever what it reads is sound, even in a document
 * with errors elsewhere: a contribution whose `meeting` is missing is still checked for a
 * contact phone, and a resolution with a misspelt call still for its punctuation.
 */
export interface Needs {
  /** Metadata fields the check reads; it is skipped for a variant where one is missing or invalid. `all`: every field (the page count reads the cover). */
  fields: readonly string[] | 'all'
  /** The check concludes from what the body lacks (a required call, any revision mark): skipped when an error left content out of it. */
  wholeBody?: boolean
  /**
   * The check lays the document out as the PDF writer does, which only a variant without
   * errors can be (a missing image, a broken reference): skipped on any error in its file.
   */
  errorFree?: boolean
}

interface Checked<D extends object> extends Rule<D> {
  /** Templates whose documents the rule looks at; absent: all. */
  templates?: readonly string[]
  needs: Needs
}

export interface VariantRule<D extends object> extends Checked<D> {
  scope: 'variant'
  check(variant: VariantUnderTest, emit: Emit<D>, options: ValidateOptions): void | Promise<void>
}

export interface DocumentRule<D extends object> extends Checked<D> {
  scope: 'document'
  check(document: DocumentUnderTest, emit: Emit<D>, options: ValidateOptions): void
}

export interface CollectionRule<D extends object> extends Checked<D> {
  scope: 'collection'
  /** Every document of the validated set, in discovery (sorted) order. */
  check(documents: readonly DocumentUnderTest[], emit: Emit<D>, options: ValidateOptions): void
}

export type ValidationRule<D extends object> = VariantRule<D> | DocumentRule<D> | CollectionRule<D>

/**
 * A rule of any data type, as the registry holds them. `D` is both read (message) and
 * written (emit) by a rule, so no single type parameter covers every rule: the registry
 * erases it, and each rule's own definition keeps message and emit in agreement.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyValidationRule = ValidationRule<any>

/** Identity helpers that let TypeScript infer `D` from the message function. */
export function variantRule<D extends object>(rule: Omit<VariantRule<D>, 'scope'>): VariantRule<D> {
  return { ...rule, scope: 'variant' }
}
export function documentRule<D extends object>(rule: Omit<DocumentRule<D>, 'scope'>): DocumentRule<D> {
  return { ...rule, scope: 'document' }
}
export function collectionRule<D extends object>(rule: Omit<CollectionRule<D>, 'scope'>): CollectionRule<D> {
  return { ...rule, scope: 'collection' }
}

/** The place of a top-level metadata key, in whichever file (front matter or document.yaml) set it. */
export function metadataKey(variant: VariantUnderTest, key: string): Place {
  return variant.resolved.metadata.keyPosition(key)
}

/** The place of a node of the resolved tree (it is always in the variant's Markdown file). */
export function node(variant: VariantUnderTest, at: { position: Position }): Place {
  return { file: variant.file, position: at.position }
}

/** Whether the variant has what a check needs (see Needs). */
export function hasWhatItNeeds(variant: VariantUnderTest, needs: Needs): boolean {
  const { metadata, omitted } = variant.resolved
  if (needs.wholeBody && omitted.length) return false
  if (needs.errorFree && variant.file.messages.some((message) => message.fatal === true)) return false
  return needs.fields === 'all' ? metadata.invalid.size === 0 : !needs.fields.some((field) => metadata.invalid.has(field))
}

/**
 * Whether an error left content out between `from` and `to` (a node's span, or the stretch
 * after a heading): a check of one node skips the node when it did.
 */
export function leftOutWithin(variant: VariantUnderTest, from: Position['start'], to: Position['end'] | undefined): boolean {
  const offset = (point: Position['start']): number => point.offset ?? Number.NaN
  return variant.resolved.omitted.some((span) => offset(span.start) >= offset(from) && (to === undefined || offset(span.start) < offset(to)))
}
