// ITU constructs → slices: boxes (a frame around a bold title and unnumbered content),
// source lines, notes ("NOTE – " running into the first paragraph) and annexes, which start
// a new page with their number line, title and status line.
import type { BlockMap } from '../../model/nodes.js'
import { rules, styles } from '../styles.js'
import { headingTag } from './blocks.js'
import type { BlockHandler } from './context.js'
import { emptySlice } from './slice.js'
import { label, plainText } from './text.js'

type Handlers = { [T in 'box' | 'sourceLine' | 'note' | 'annex']: BlockHandler<BlockMap[T]> }

/** Annex headings stand this far below the top of their page (Annex_No's 36 pt before). */
const annexDrop = 36

export const ituHandlers: Handlers = {
  box: (node, flow, env) => {
    const tag = flow.kit.struct.add('Div', env.tag)
    flow.box(env, rules.box, rules.boxPadding, 12, (inner) => {
      const content = { ...inner, tag }
      if (node.title.length) flow.paragraph([{ inlines: node.title }], styles.boxTitle, content, node.id ? { destination: node.id } : {})
      else if (node.id) flow.marker(content, [{ kind: 'destination', name: node.id, x: inner.left, y: 0 }])
      flow.blocks(node.children, content)
    })
  },
  sourceLine: (node, flow, env) => void flow.paragraph([{ inlines: label(node.label, node.position), separator: ' ' }, { inlines: node.children }], styles.source, env),
  note: (node, flow, env) => {
    const tag = flow.kit.struct.add('Div', env.tag)
    const text = env.text ? { ...styles.note, size: Math.min(styles.note.size, env.text.size) } : styles.note
    const [first, ...rest] = node.children
    const lead = { inlines: label(node.label, node.position), separator: ' ', ...(node.labelBold ? { style: { bold: true } } : {}) }
    if (first?.type === 'paragraph') flow.paragraph([lead, { inlines: first.children }], text, { ...env, tag })
    else flow.paragraph([lead], text, { ...env, tag })
    flow.blocks(first?.type === 'paragraph' ? rest : node.children, { ...env, tag, text })
  },
  annex: (node, flow, env) => {
    const sect = flow.kit.struct.add('Sect', env.tag)
    const heading = flow.kit.struct.add(headingTag(1, env), sect)
    const title = plainText(node.title)
    const start = flow.marker(env)
    start.pageBreakBefore = true
    flow.emit({ ...emptySlice(env.orientation), height: annexDrop, keepWithNext: true })
    flow.paragraph([{ inlines: label(node.label, node.position) }], styles.annexNo, env, {
      tag: heading,
      ...(node.id ? { destination: node.id } : {}),
      mark: { title: title ? `${node.label} – ${title}` : node.label, level: 1 + env.headingShift },
    })
    if (node.title.length) flow.paragraph([{ inlines: node.title }], styles.annexTitle, env, { tag: heading })
    if (node.status) flow.paragraph([{ inlines: label(node.status, node.position) }], styles.annexStatus, { ...env, tag: sect })
    flow.blocks(node.children, { ...env, tag: sect, headingShift: env.headingShift + 1 })
  },
}
