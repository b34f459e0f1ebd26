// What the text report may print on a stream: colour and source excerpts on a terminal only,
// so that piped output and CI logs stay plain lines without control characters.
import { limits, readRegular } from '../build/files.js'
import type { TextOptions } from './reporters/text.js'

/** Whether a stream is a terminal a person reads. */
export function isTerminal(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true
}

/** The text of a source file, if it is a regular file within the Markdown limit and valid UTF-8. */
function sourceText(path: string): string | undefined {
  const read = readRegular(path, limits.markdown)
  if (!('bytes' in read)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)
  } catch {
    return undefined
  }
}

/** Text-report options for a stream: findings name files relative to the working directory. */
export function textOptionsFor(stream: NodeJS.WriteStream): TextOptions {
  if (!isTerminal(stream)) return { color: false }
  const cache = new Map<string, string | undefined>()
  const source = (file: string): string | undefined => {
    if (!cache.has(file)) cache.set(file, sourceText(file))
    return cache.get(file)
  }
  return { color: !process.env.NO_COLOR, source }
}
