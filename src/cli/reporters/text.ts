// Findings as a compiler prints them: sorted by file, line, column; on a terminal the source
// line with a caret under the column; a hint line; a summary.
import { compareFindings, type Finding } from '../../model/diagnostic.js'
import { codeFrame } from './frame.js'

export interface TextOptions {
  color: boolean
  /**
   * The text of a finding's file, to show the line under the finding; undefined leaves the
   * excerpt out. The CLI gives it only on a terminal: piped output stays one line per finding.
   */
  source?: (file: string) => string | undefined
}

export function textReport(findings: readonly Finding[], options: TextOptions = { color: false }): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text)
  const colors = { error: '31', warning: '33', info: '36' } as const
  const lines: string[] = []
  for (const f of [...findings].sort(compareFindings)) {
    // A Word file has paragraphs, not lines: "file.docx:¶37", then the paragraph's first words.
    // ¶0 is the Word document as a whole (its cover, its page count).
    const place = f.paragraph !== undefined ? (f.paragraph > 0 ? `${f.file}:¶${f.paragraph}` : f.file) : `${f.file}:${f.line}:${f.column}`
    lines.push(`${place} ${paint(colors[f.severity], f.severity)} ${f.ruleId} ${f.message}`)
    const text = f.paragraph === undefined ? options.source?.(f.file) : undefined
    if (text !== undefined) lines.push(...codeFrame(text, f, (caret) => paint(colors[f.severity], caret)))
    if (f.excerpt) lines.push(`  at: "${f.excerpt}"`)
    if (f.hint) lines.push(`  hint: ${f.hint}`)
  }
  const count = (severity: Finding['severity']): number => findings.filter((f) => f.severity === severity).length
  const errors = count('error')
  const warnings = count('warning')
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  lines.push(errors || warnings ? `${paint('31', '✖')} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : `${paint('32', '✔')} no problems`)
  return `${lines.join('\n')}\n`
}
