// Text runs: the inherited formatting (bold, italic, character style), tracked changes, and
// the direction of each stretch of text. In a right-to-left document ITU marks Arabic runs
// `w:rtl` (so Word sets them in the complex-script font and size) and leaves embedded Latin
// runs ("ITU-T E.119") as they are, in Times New Roman; a run's script decides which.
import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx'
import { isLeftToRightLabel } from '../../model/direction.js'
import type { DocxContext } from './context.js'
import { softHyphenated } from './hyphens.js'

type RunContent = Pick<IRunOptions, 'text' | 'children' | 'break'>

/** Characters of right-to-left scripts (Hebrew, Arabic with its punctuation, Syriac, Thaana, presentation forms). */
const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
/** Letters of left-to-right scripts in ITU's languages: Latin, Greek, Cyrillic, CJK. */
const ltrLetter = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/

export interface DirectedText { text: string; rtl: boolean }

/**
 * Split text where its strong direction changes. Neutral characters (spaces, digits,
 * punctuation) stay with the stretch before them; text that starts with neutrals takes the
 * direction of the first letter, and text with no letters at all takes the document's.
 */
export function splitByDirection(text: string, documentRtl: boolean): DirectedText[] {
  const parts: DirectedText[] = []
  let current: DirectedText | undefined
  let leading = ''
  for (const char of text) {
    const rtl = rtlLetter.test(char) ? true : ltrLetter.test(char) ? false : undefined
    if (rtl === undefined) {
      if (current) current.text += char
      else leading += char
    } else if (current && current.rtl === rtl) current.text += char
    else {
      current = { text: leading + char, rtl }
      leading = ''
      parts.push(current)
    }
  }
  if (leading) parts.push({ text: leading, rtl: documentRtl })
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
