// The text a reader sees in a piece of the resolved tree, as rules need it: the words of an
// abstract, the last character of a call item, the text of a heading. Revision marks count
// as accepted (insertions in, deletions out), since that is the text being proposed.
import type { Block, Inline } from '../model/nodes.js'
import { blockChildren, inlineSlots } from '../model/traverse.js'

export function inlineText(inlines: readonly Inline[]): string {
  let text = ''
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text': case 'inlineCode':
        text += inline.value
        break
      case 'xref':
        text += inline.text
        break
      case 'tab': case 'break':
        text += ' '
        break
      case 'substitution':
        text += inlineText(inline.inserted)
        break
      // Not part of the running text: footnote markers, deleted text, reviewers' comments.
      case 'footnoteRef': case 'deletion': case 'reviewComment': case 'inlineImage':
        break
      default:
        text += inlineText(inline.children)
    }
  }
  return text
}

/** All the text of a block and its descendants, blocks separated by a newline. */
export function blockText(block: Block): string {
  const own = inlineSlots(block).map(inlineText).join(' ')
  const children = blockChildren(block).map(blockText)
  return [own, ...children].filter(Boolean).join('\n')
}

/**
 * Words as a reader counts them, in any of the six languages: Intl.Segmenter splits Chinese
 * text into words too, where counting spaces would see one word per sentence.
 */
export function countWords(text: string, lang: string): number {
  let words = 0
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words += 1
  return words
}

/** The text of a heading or label, compared loosely: case, spacing and final punctuation ignored. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.:;,。：]+$/u, '').trim()
}
