// The state one resolve run shares between its steps: the file being resolved, the
// effective template and locale, and the ids seen so far. Created per document variant.
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report, type Rule } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import type { Block, FootnoteDefinition } from '../model/nodes.js'
import type { ConstructKey, Template } from '../model/template.js'
import type { FootnoteDefinition as MdFootnoteDefinition } from 'mdast'

/** The verdict on a file a source names; `path` is relative to the sources root. */
export type AssetCheck =
  | { status: 'ok' | 'missing' | 'escape'; path: string }
  /** Not a regular file, or the image's bytes are not an image every writer can place. */
  | { status: 'unreadable' | 'bad-image'; path: string; reason: string }
  | { status: 'too-large'; path: string; size: string; limit: string }

/** What resolve needs from the outside world (so tests can run in memory). */
export interface AssetHost {
  /**
   * Resolve `relative` against the folder of `fromFile` (symlinks followed): whether it exists,
   * stays inside the sources root, is a regular file within the size limit and an image.
   */
  checkAsset(fromFile: string, relative: string): AssetCheck
}

/** Something an id can point to, with the text a cross-reference prints. */
export interface Target { text: string; position: Position }

export interface ResolveContext {
  file: VFile
  source: string
  template: Template
  locale: Locale
  meta: Record<string, unknown>
  assets: AssetHost
  /** id → the block that carries it; filled by convert, texts filled by numbering. */
  ids: Map<string, { node: Block; position: Position }>
  /** Footnote definitions by label, from the mdast. */
  footnoteSource: Map<string, MdFootnoteDefinition>
  /** Link reference definitions ([x]: url), by identifier. */
  linkDefinitions: Map<string, string>
  /** Converted footnotes, in order of first reference. */
  footnotes: FootnoteDefinition[]
  /** Whether an operative call has been seen (free-form calls are preambular before it). */
  seenOperative: boolean
  /** Whether tabbed lines are entries (abbreviations, references); not in a footnote, where a tab is a tab. */
  entries: boolean
  /** Where an error left content out of the tree (rules with `leavesOut`). */
  omitted: Position[]
  allows(construct: ConstructKey): boolean
  report<D extends object>(rule: Rule<D>, at: { position?: Position | undefined }, data: D): void
}

export function createContext(init: Omit<ResolveContext, 'ids' | 'footnotes' | 'seenOperative' | 'entries' | 'omitted' | 'allows' | 'report' | 'footnoteSource' | 'linkDefinitions'>): ResolveContext {
  const allowed = new Set(init.template.structure.allows)
  const omitted: Position[] = []
  return {
    ...init,
    ids: new Map(),
    footnoteSource: new Map(),
    linkDefinitions: new Map(),
    footnotes: [],
    seenOperative: false,
    entries: true,
    omitted,
    allows: (construct) => allowed.has(construct),
    report: (rule, at, data) => {
      const message = report(init.file, rule, at, data)
      if (rule.leavesOut && message.place) omitted.push('start' in message.place ? message.place : { start: message.place, end: message.place })
    },
  }
}
