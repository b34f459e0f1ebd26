// What a template is: a metadata schema, structure rules, numbering, a cover and page
// furniture declared as data. Resolve interprets these; writers never see a template.
import type { z } from 'zod'
import type { CallKey } from './calls.js'
import type { BoilerplateKey, LabelKey, PatternKey } from './locale.js'
import type { CoverRole, CoverRow, PageNumbering, Section } from './nodes.js'

/** Directives and Markdown constructs a template may allow. */
export const constructKeys = [
  'call', 'box', 'source', 'note', 'annex', 'appendix', 'table', 'figure', 'footnote', 'pagebreak',
  'summary', 'keywords', 'introduction', 'history', 'definitions', 'bibliography', 'abstract', 'lessons', 'toc',
] as const
export type ConstructKey = (typeof constructKeys)[number]

/** A condition on metadata: a field is set/truthy, equals a value, or the negation / any of those. */
export type Condition =
  | string
  | { field: string; equals: unknown }
  /** An array field has an element whose `key` equals the value (a destination "for: action"). */
  | { field: string; some: { key: string; equals: unknown } }
  | { not: Condition }
  | { any: Condition[] }
  | { all: Condition[] }

/** How a metadata value is printed. */
export type FieldFormat =
  | 'text'
  /** ISO date → "28 August 2026" in the variant's language. */
  | 'date'
  /** { start, end } → "19-23 October 2026". */
  | 'dateRange'
  /** ISO date → "(04/2017)" style month/year. */
  | 'monthYear'
  /** ISO date → its year ("2017"). */
  | 'year'
  /** Language code → its name in the variant's language ("anglais"). */
  | 'language'
  /** Array → items joined by the locale's list separator. */
  | 'list'
  /** Sector code (T, D, R) → the letter the locale writes after its "ITU-" (Russian "Т" for T). */
  | 'sectorLetter'

/** One piece of cover text. Literal strings must be language-neutral (punctuation, spaces). */
export type Part =
  | string
  | { label: LabelKey; case?: 'upper' }
  | {
      field: string
      format?: FieldFormat
      case?: 'upper'
      /** For array fields: keep elements whose `key` equals the value … */
      where?: { key: string; equals: unknown }
      /** … and print this key of each. */
      pick?: string
    }
  | { pattern: PatternKey; args?: Record<string, Part[]>; case?: 'upper' }
  | { phrase: string; case?: 'upper' }
  /** A longer text of the locale (the Foreword, the IPR notice), its `{slots}` filled from `args`. */
  | { boilerplate: BoilerplateKey; args?: Record<string, Part[]> }
  /** Language-dependent punctuation from the locale (": " vs " : " vs "："). */
  | { punct: 'colon' | 'listSeparator' | 'captionSeparator' }
  | { if: Condition; then: Part[]; else?: Part[] }

export interface CoverLineSpec { line: CoverRole; parts: Part[]; if?: Condition }
export interface CoverCellSpec { role: CoverRole; span?: number; lines: Part[][] }
export interface CoverRowSpec {
  cells: CoverCellSpec[]
  /** Repeat the row for each element of an array field; inside, `field: 'item.x'` reads the element. */
  each?: string
  rule?: CoverRow['rule']
  if?: Condition
}
export interface CoverTableSpec { table: 'header' | 'fields' | 'abstract' | 'masthead'; widths: number[]; rows: CoverRowSpec[]; if?: Condition }
export type CoverSpec = Array<CoverLineSpec | CoverTableSpec>

export interface AnnexNumbering {
  /** Letters (A, B), numbers (1, 2) or upper-case roman (I, II). */
  scheme: 'alpha' | 'numeric' | 'roman'
  /** Heading pattern; gets `{n}` plus the template's phrases. */
  heading: PatternKey
  /** Pattern used when the document has exactly one annex of this kind ("ANNEX TO RESOLUTION …"). */
  single?: PatternKey
  /** Prefix numbers inside the annex with its number: A.1, Table A.1 (ITU-T). */
  prefix: boolean
  /** Status line under the title. */
  status?: LabelKey
  /** Print the heading in capitals. */
  upper?: boolean
}

export interface NumberingSpec {
  /** Number headings 1, 1.1, 1.1.1. */
  headings: boolean
  /** Number body paragraphs under headings (ITU reports): 1.1.1, lists continue 1.1.1.1. */
  paragraphs: boolean
  /** Labels for `1.` ordered lists outside calls: ITU Recommendations default to a), b). */
  orderedList: 'alpha' | 'numeric'
  annex: AnnexNumbering
  /** Absent: appendices are not allowed. */
  appendix?: AnnexNumbering
  /** Number footnotes from 1 in this document (resolutions restart per resolution). */
  footnotes: 'document'
}

export interface PageSpec {
  header: Part[]
  footer: Part[]
  differentFirstPage: boolean
  /** "- 2 -" (ITU-T documents), "2", or the locale's "Page 2". */
  pageNumber: { style: 'dashes' | 'plain' | 'labelled'; position: 'header' | 'footer' }
}

/** One thing on a page of a published text's front matter. */
export type FrontItem =
  /** The title block: the template's `cover` (the Recommendation's number and title). */
  | { titleBlock: true }
  /** The body's unnumbered sections of this kind (Summary, History, Keywords …), moved here. */
  | { section: Section['role'] }
  /** Lines made of parts, in cover roles (the Foreword and the notice on intellectual property). */
  | { lines: CoverSpec }
  /** The table of contents of the body. */
  | { toc: true }

/**
 * A published text, as TSB and BR publish Recommendations: a cover page alone on the first
 * page (no running heads), front matter on pages numbered i, ii …, then the body on a new
 * page numbered 1, opening with the title block again.
 */
export interface PublishedSpec {
  /** The cover page, in the cover-page roles (`coverSector`, `coverNumber`, `coverTitle` …). */
  coverPage: CoverSpec
  /** The front matter, page by page: each page starts a new one; a page with nothing on it is left out. */
  front: FrontItem[][]
  /** How the front matter's pages are numbered (ITU-T: i, ii … from i). */
  frontNumbering: PageNumbering
  /** How the body's pages are numbered (from 1). */
  bodyNumbering: PageNumbering
}

export interface StructureSpec {
  allows: ConstructKey[]
  calls?: {
    /** Calls this template accepts; absent = every known call. */
    allowed?: CallKey[]
    /** Each inner list is "at least one of these"; used by validate. */
    required?: CallKey[][]
  }
  /** Unnumbered sections (by construct) and numbered clauses (by locale label) that must be present, in order. */
  requiredSections?: ConstructKey[]
  requiredClauses?: LabelKey[]
  /**
   * Of the required sections, those a rule added after many texts were adopted (an ITU-T
   * Recommendation's Keywords, mandatory since TSAG, February 2016): missing is a warning
   * that blocks a submission, so that an adopted text validates in draft mode.
   */
  requiredOfNewTexts?: ConstructKey[]
}

export interface Template {
  id: string
  /** One line for `itudoc templates`. */
  description: string
  /** Metadata merged from document.yaml and the variant's front matter (common keys removed). */
  metadata: z.ZodObject
  structure: StructureSpec
  numbering: NumberingSpec
  /** Named phrases usable in cover parts and annex headings (e.g. the resolution number line). */
  phrases?: Record<string, Part[]>
  cover: CoverSpec
  /** The document title for metadata (the field holding it). */
  titleField: string
  /** Document number shown in running heads. */
  docNumber?: Part[]
  page: PageSpec
  /** Print a table of contents after the cover. */
  toc: boolean
  /** Publish it with a cover page and front matter on pages of their own (absent: the cover opens the body). */
  published?: PublishedSpec
  /** A short centred rule after the body (ITU contributions and liaison statements). */
  closingRule: boolean
  /**
   * Body text is justified, as in ITU's published texts (Recommendations, resolutions, Opinions,
   * reports); absent means ragged right, as in contributions and liaison statements.
   */
  justified?: boolean
  /**
   * Unnumbered sections set as a labelled row, like the cover rows above them ("Abstract:" at
   * the margin, its text from `indent` twips on: ITU-T's contribution and LS templates, CT/LT).
   */
  labelledSections?: { roles: ReadonlyArray<'abstract' | 'summary' | 'keywords'>; indent: number }
  limits?: { pages?: { max: number; excludeCover?: boolean } }
  /**
   * The template compiles other documents (a publication): the metadata field holding its
   * parts, each `{ title, documents }` with document paths relative to this document.
   */
  compiles?: { field: string }
  /** Output file name without extension; `{slug}` is the document folder's name, `{suffix}` the locale's. */
  output: string
  /** Per-sector or per-kind overrides, deep-merged onto the template. */
  variants?: { field: string; values: Record<string, TemplateOverride> }
}

/** What a variant may override: any part of the template, pages key by key. */
export type TemplateOverride = Partial<Omit<Template, 'id' | 'metadata' | 'variants' | 'page'>> & { page?: Partial<PageSpec> }

export function defineTemplate(template: Template): Template {
  return template
}
