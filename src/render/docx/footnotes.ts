// Footnote bodies for Word's footnotes part. The part holds the notes of the whole package
// under ids unique in it (a publication's documents each number their notes from 1, so
// numbers repeat); Word prints the number itself, counting per section where a section says so.
import { Paragraph } from 'docx'
import type { FootnoteDefinition } from '../../model/nodes.js'
import type { DocxContext } from './context.js'

/** Render footnotes (the document's, or one included document's) into the package's notes. */
export function collectFootnotes(ctx: DocxContext, notes: readonly FootnoteDefinition[]): void {
  for (const note of notes) {
    // Word notes hold paragraphs only.
    const children = ctx.walk.one(note, ctx).map((block) => {
      if (block instanceof Paragraph) return block
      throw new Error(`DOCX writer: footnote ${note.number} holds a table, which Word footnotes cannot`)
    })
    ctx.state.footnotes[ctx.footnoteId(note.id)] = { children }
  }
}
