// Small helpers for handlers: a text node for a label the tree stores as a string, the
// plain text of inline runs (outline titles), and a style fitted to its surroundings.
import type { Position } from 'unist'
import type { Inline, Text } from '../../model/nodes.js'
import type { ParaStyle } from '../styles.js'
import type { FlowEnv } from './context.js'

/** A label stored as a string on the tree ("a)", "3.1.2") as an inline run. */
export function label(value: string, position: Position): Text[] {
  return value ? [{ type: 'text', value, position }] : []
}

export function plainText(inlines: readonly Inline[]): string {
  let out = ''
  for (const node of inlines) {
    switch (node.type) {
      case 'text': case 'inlineCode': out += node.value; break
      case 'xref': out += node.text; break
      case 'tab': case 'break': out += ' '; break
      case 'substitution': out += plainText(node.inserted); break
      case 'deletion': case 'footnoteRef': case 'reviewComment': case 'inlineImage': break
      default: out += plainText(node.children)
    }
  }
  return out.replace(/\s+/g, ' ').trim()
}

/**
 * A block style set in its surroundings: in a table cell, a footnote or a note, text takes
 * that context's size and tighter spacing, keeping the style's own indents.
 */
export function fitted(style: ParaStyle, env: FlowEnv): ParaStyle {
  if (!env.text) return style
  return { ...style, size: env.text.size, before: Math.min(style.before, env.text.before), after: env.text.after, align: style.align === 'body' ? env.text.align : style.align }
}

/**
 * A paragraph of Latin text with no right-to-left letter (an English reference entry in an
 * Arabic text) is set left to right, as ITU's Arabic texts keep it (E119-A: the tag at the
 * left margin, the text after it).
 */
export function ownDirection<E extends { dir: 'ltr' | 'rtl' }>(inlines: readonly Inline[], env: E): E {
  if (env.dir !== 'rtl') return env
  const text = plainText(inlines)
  return /\p{Script=Latin}/u.test(text) && !/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text) ? { ...env, dir: 'ltr' } : env
}
