// Footnote texts, laid out once at the width of the text area: the number raised at the
// margin, the text at a 0.45 cm hanging indent, 10 pt. The paginator decides where they go.
import type { Slice } from './slice.js'
import { footnoteDestination } from '../inline/collect.js'
import { TAB } from '../inline/styled.js'
import { styles } from '../styles.js'
import { DOCUMENT } from '../struct.js'
import type { Flow, FlowEnv } from './context.js'
import { label } from './text.js'

export function layoutFootnotes(flow: Flow, env: FlowEnv): Map<number, Slice[]> {
  const out = new Map<number, Slice[]>()
  const style = styles.footnote
  for (const footnote of flow.root.footnotes) {
    const tag = flow.kit.struct.add('Note', DOCUMENT)
    const inner: FlowEnv = { ...env, tag, text: { ...style, firstLine: 0 } }
    const [first, ...rest] = footnote.children
    const mark = { inlines: label(String(footnote.number), footnote.position), style: { superscript: true }, separator: TAB }
    out.set(footnote.number, flow.capture(() => {
      flow.paragraph([mark, ...(first?.type === 'paragraph' ? [{ inlines: first.children }] : [])], style, inner, { tag: flow.kit.struct.add('P', tag), destination: footnoteDestination(footnote.number) })
      flow.blocks(first?.type === 'paragraph' ? rest : footnote.children, inner)
    }))
  }
  return out
}
