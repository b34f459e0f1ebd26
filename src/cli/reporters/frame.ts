// The source excerpt under a finding on a terminal: the line, its number in a gutter, and a
// caret under the column (a row of them under the span when it stays on the line), as
// vfile-reporter and compilers print it. Only the text reporter uses it, and only on a TTY.

/** The longest stretch of a line shown: a minified or generated line is cut around the column. */
const width = 100

/**
 * Characters that would move the cursor, change colours or reorder the text on a terminal
 * (C0/C1 controls, bidi controls) — the very characters some rules report — shown as <U+XXXX>.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

export function visible(text: string): string {
  return text.replace(unsafe, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
}

export interface FrameSpan { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }

/**
 * The excerpt lines for a span of `source`, indented two spaces, or none when the line is
 * not in the source. `paint` colours the caret (identity without colour).
 */
export function codeFrame(source: string, at: FrameSpan, paint: (text: string) => string = (text) => text): string[] {
  const lines = source.split(/\r?\n/)
  const text = lines[at.line - 1]
  if (text === undefined) return []
  const column = Math.min(Math.max(at.column, 1), text.length + 1)
  const end = at.endLine === at.line && at.endColumn !== undefined && at.endColumn > column ? Math.min(at.endColumn, text.length + 1) : column + 1
  // Cut a long line to a window that holds the column, marking the cuts with "…".
  const from = text.length > width ? Math.max(0, Math.min(column - 1 - width / 2, text.length - width)) : 0
  const shown = text.slice(from, from + width)
  const before = (from > 0 ? '…' : '') + visible(shown.slice(0, column - 1 - from))
  const marked = visible(shown.slice(column - 1 - from, end - 1 - from))
  const rest = visible(shown.slice(end - 1 - from)) + (from + width < text.length ? '…' : '')
  // Tabs keep their width in the caret line, so the caret stays under the column.
  const pad = before.replace(/[^\t]/g, ' ')
  const gutter = String(at.line)
  return [
    `  ${gutter} | ${before}${marked}${rest}`,
    `  ${' '.repeat(gutter.length)} | ${pad}${paint('^'.repeat(Math.max(1, [...marked].length)))}`,
  ]
}
