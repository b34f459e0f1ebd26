// Text runs: the inherited formatting (bold, italic, character style), tracked changes, and
// the direction of each stretch of text. In a right-to-left document ITU marks Arabic runs
// `w:rtl` (so Word sets them in the complex-script font and size) and leaves embedded Latin
// runs ("ITU-T E.119") as they are, in Times New Roman; a run's script decides which.
import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx'
import { isLeftToRightLabel } from '../../model/direction.js'
import type { DocxContext } from './context.js'
import { softHyphenated } from './hyphens.js'

type RunContent = Pick<IRunOptions, 'text' | 'children' | 'break'>

/**
 * The strong direction of a UTF-16 code unit: true for the right-to-left scripts (Hebrew,
 * Arabic with its punctuation, Syriac, Thaana, presentation forms), false for the letters of
 * the left-to-right scripts of ITU's languages (Latin, Greek, Cyrillic, CJK), undefined for
 * neutrals (spaces, digits, punctuation). Every range is in the BMP and none holds a
 * surrogate, so reading code units gives what reading code points would.
 */
function strongDirection(code: number): boolean | undefined {
  if (code < 0x41) return undefined
  if (code <= 0x5a || (code >= 0x61 && code <= 0x7a)) return false
  if (code < 0xc0) return undefined
  if (code <= 0x4ff) return code <= 0x24f || code >= 0x370 ? false : undefined
  if (code >= 0x590 && code <= 0x8ff) return true
  if ((code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)) return false
  if ((code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return true
  return undefined
}

export interface DirectedText { text: string; rtl: boolean }

/**
 * Split text where its strong direction changes. Neutral characters (spaces, digits,
 * punctuation) stay with the stretch before them; text that starts with neutrals takes the
 * direction of the first letter, and text with no letters at all takes the document's.
 * Stretches are sliced from the text where the direction changes: building them a character
 * at a time, with two regular expressions per character, was 172 ms of the Arabic, French
 * and Chinese DOCX build of the corpus (CPU profile), the writer's costliest function.
 */
export function splitByDirection(text: string, documentRtl: boolean): DirectedText[] {
  const parts: DirectedText[] = []
  let start = 0
  let current: boolean | undefined
  for (let i = 0; i < text.length; i++) {
    const rtl = strongDirection(text.charCodeAt(i))
    if (rtl === undefined || rtl === current) continue
    if (current !== undefined) {
      parts.push({ text: text.slice(start, i), rtl: current })
      start = i
    }
    current = rtl
  }
  if (current !== undefined) parts.push({ text: text.slice(start), rtl: current })
  else if (text) parts.push({ text, rtl: documentRtl })
  return parts
}

/** One run with the environment's formatting, wrapped in a tracked change when inside one. */
export function run(ctx: DocxContext, content: RunContent, rtl = ctx.root.dir === 'rtl'): ParagraphChild {
  const { run: format, revision } = ctx.env
  // Every run's options have the same keys, unset ones undefined (docx reads an undefined
  // option as an absent one): docx reads some forty options of each run, and reading them
  // from objects of one shape is much the faster.
  const options: IRunOptions = {
    text: content.text,
    children: content.children,
    break: content.break,
    // Explicit false switches off what the paragraph style turns on (an upright page number in a bold footer).
    bold: format.bold,
    italics: format.italics,
    strike: format.strike ? true : undefined,
    highlight: format.highlight ? 'yellow' : undefined,
    style: format.style || undefined,
    rightToLeft: rtl ? true : undefined,
  }
  if (revision === 'insertion') return new InsertedTextRun({ ...options, ...ctx.stamp() })
  if (revision === 'deletion') return new DeletedTextRun({ ...options, ...ctx.stamp() })
  return new TextRun(options)
}

/** Left-to-right embedding and its end (U+202A, U+202C): bidi controls every Word version honours. */
const ltrEmbedding = { start: '\u202a', end: '\u202c' } as const

/**
 * The runs of a list label ("1)", "a)", "أ)"). In a right-to-left document a label of digits
 * or Latin letters is embedded left to right (model/direction.ts); an Arabic letter's label
 * is Arabic text like any other.
 */
export function labelRuns(ctx: DocxContext, text: string): ParagraphChild[] {
  if (ctx.root.dir !== 'rtl' || !isLeftToRightLabel(text)) return textRuns(ctx, text)
  return [run(ctx, { text: `${ltrEmbedding.start}${text}${ltrEmbedding.end}` }, false)]
}

/** Runs for a piece of text, split by direction in right-to-left documents. */
export function textRuns(ctx: DocxContext, text: string): ParagraphChild[] {
  if (ctx.root.dir !== 'rtl') return [run(ctx, content(ctx, text), false)]
  return splitByDirection(text, true).map((part) => run(ctx, content(ctx, part.text), part.rtl))
}

/** A run's text, with soft hyphens in a narrow cell's words too wide for it. */
function content(ctx: DocxContext, text: string): RunContent {
  const cell = ctx.env.hyphenated
  const children = cell && softHyphenated(text, { ...cell, bold: ctx.env.run.bold ?? cell.bold, italic: ctx.env.run.italics ?? cell.italic }, ctx.settings.metrics)
  return children ? { children } : { text }
}
