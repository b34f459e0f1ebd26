// The one finding type. Every problem itudoc reports — a YAML error, an unknown directive,
// a contribution past its deadline — is a vfile message created by `report`, so every
// finding carries a rule id, a severity, a position, a hint and a documentation link.
import type { Position, Point } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export type Severity = 'error' | 'warning' | 'info'
export type Mode = 'draft' | 'submission'

/** A rule of the catalogue: what is wrong and how to fix it. Checks live elsewhere. */
export interface Rule<D extends object = Record<string, never>> {
  /** `group/what-is-wrong`; never changes once published. */
  id: string
  severity: Severity
  /** In submission mode, a warning that blocks a submission becomes an error. */
  blocksSubmission?: boolean
  /**
   * What it reports is left out of the resolved document (an unknown directive, a container
   * never closed): checks that conclude from what the body lacks do not run on that variant.
   */
  leavesOut?: boolean
  /** One-line description for the catalogue and docs. */
  title: string
  message: (data: D) => string
  hint?: (data: D) => string
}

export function defineRule<D extends object = Record<string, never>>(rule: Rule<D>): Rule<D> {
  return rule
}

export const DOCS_URL = 'https://github.com/itudoc/itudoc/blob/main/docs/rules.md'

/** The severity a rule has in a mode: one table, never an inline choice. */
export function severityIn(mode: Mode, rule: Rule<never>): Severity {
  if (mode === 'submission' && rule.blocksSubmission && rule.severity === 'warning') return 'error'
  return rule.severity
}

/** Something that has a place in a source file. */
export interface Located { position?: Position | undefined }

/** Create a finding on `file`. The only function that creates messages. */
export function report<D extends object>(file: VFile, rule: Rule<D>, at: Located | Point | undefined, data: D): VFileMessage {
  const place = at && 'line' in at ? at : at?.position
  const message = file.message(rule.message(data), { place, ruleId: rule.id.split('/')[1], source: rule.id.split('/')[0] })
  const mode = (file.data as { mode?: Mode }).mode ?? 'draft'
  const severity = severityIn(mode, rule as Rule<never>)
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = `${DOCS_URL}#${rule.id.replace('/', '')}`
  const hint = rule.hint?.(data)
  if (hint) message.note = hint
  return message
}

/**
 * A finding a writer makes while rendering (a character no font covers): it names the rule
 * and the source position, and build reports it on the variant's file, since writers see
 * the tree but not the files.
 */
export interface DeferredFinding {
  ruleId: string
  report(file: VFile): VFileMessage
}

export function deferFinding<D extends object>(rule: Rule<D>, at: Located, data: D): DeferredFinding {
  return { ruleId: rule.id, report: (file) => report(file, rule, at, data) }
}

/** What reporters read. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  hint?: string
  url: string
  /** Path as given on the command line / relative to the working directory. */
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** For a Word file: the paragraph (¶, counted from 1 in the body, table cells included). */
  paragraph?: number
  /** For a Word file: the paragraph's first words, so the author finds it. */
  excerpt?: string
}

export function toFinding(message: VFileMessage, file: string): Finding {
  const finding: Finding = {
    ruleId: `${message.source}/${message.ruleId}`,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    url: message.url ?? DOCS_URL,
    file,
    line: message.line ?? 1,
    column: message.column ?? 1,
  }
  if (message.note) finding.hint = message.note
  if (message.place && 'end' in message.place) {
    finding.endLine = message.place.end.line
    finding.endColumn = message.place.end.column
  }
  return finding
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}
