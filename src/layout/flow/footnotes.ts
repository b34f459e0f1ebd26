// Footnote texts, laid out once at the width of the text area: the number raised at the
// margin, the text at a 0.45 cm hanging indent, 10 pt. The paginator decides where they go.
// They are kept by id: a publication's documents each number their footnotes from 1.
import type { FootnoteDefinition } from '../../model/nodes.js'
import { footnoteDestination } from '../inline/collect.js'
import { TAB } from '../inline/styled.js'
import { styles } from '../styles.js'
import type { Flow, FlowEnv } from './context.js'
import { label } from './text.js'

/** Lay out the footnotes of a document (or of one document of a publication), tagged under `env.tag`. */
export function layoutFootnotes(flow: Flow, footnotes: readonly FootnoteDefinition[], env: FlowEnv): void {
  const style = styles.footnote
  for (const footnote of footnotes) {
    const tag = flow.kit.struct.add('Note', env.tag)
    const inner: FlowEnv = { ...env, tag, text: { ...style, firstLine: 0 } }
    const [first, ...rest] = footnote.children
    const mark = { inlines: label(String(footnote.number), footnote.position), style: { superscript: true }, separator: TAB }
    const slices = flow.capture(() => {
      const destination = footnoteDestination(env.footnoteScope, footnote.number)
      flow.paragraph([mark, ...(first?.type === 'paragraph' ? [{ inlines: first.children }] : [])], style, inner, { tag: flow.kit.struct.add('P', tag), destination })
      flow.blocks(first?.type === 'paragraph' ? rest : footnote.children, inner)
    })
    flow.footnotes.set(footnote.id, { number: footnote.number, slices })
  }
}
