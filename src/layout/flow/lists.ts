// Lists and calls. A call is its italic call line, indented 1.4 cm, then its paragraphs and
// items. Items of a call print their label, a tab to 1.4 cm, and run back to the margin
// (italic when resolve says so: letters in preambular calls); other lists use the enumlev
// styles with a hanging indent. Labels are tagged Lbl, the rest LBody.
import { isLeftToRightLabel } from '../../model/direction.js'
import type { Block, BlockMap, ListItem } from '../../model/nodes.js'
import { TAB } from '../inline/styled.js'
import { styles, type ParaStyle } from '../styles.js'
import type { BlockHandler, FlowEnv } from './context.js'
import { fitted, label } from './text.js'

type Handlers = { [T in 'list' | 'listItem' | 'call']: BlockHandler<BlockMap[T]> }

/** Left-to-right isolate and its end (U+2066, U+2069): invisible, never drawn. */
const ltrIsolate = { start: '\u2066', end: '\u2069' } as const

const enumlev = [styles.enumlev1, styles.enumlev2, styles.enumlev3] as const

function itemStyle(item: ListItem, env: FlowEnv): ParaStyle {
  const level = Math.max(1, item.number.level)
  if (env.call && level === 1) return fitted(styles.callItem, env)
  return fitted(enumlev[Math.min(level, 3) - 1]!, env)
}

export const listHandlers: Handlers = {
  list: (node, flow, env) => {
    const tag = flow.kit.struct.add('L', env.tag)
    flow.blocks(node.children, { ...env, tag })
  },
  listItem: (node, flow, env) => {
    const { struct } = flow.kit
    const item = struct.add('LI', env.tag)
    const lbl = struct.add('Lbl', item)
    const body = struct.add('LBody', item)
    const style = itemStyle(node, env)
    const [first, ...rest] = node.children
    // Right to left, a label of digits or Latin letters reads left to right (model/direction.ts).
    const isolated = env.dir === 'rtl' && isLeftToRightLabel(node.number.label)
    const text = isolated ? `${ltrIsolate.start}${node.number.label}${ltrIsolate.end}` : node.number.label
    const labelRun = { inlines: label(text, node.position), separator: TAB, tag: lbl, ...(node.number.italic ? { style: { italic: true } } : {}) }
    const own: Block[] = first?.type === 'paragraph' ? rest : node.children
    flow.paragraph([labelRun, ...(first?.type === 'paragraph' ? [{ inlines: first.children }] : [])], style, { ...env, tag: body })
    // Further paragraphs of the item continue at the item's text indent.
    flow.blocks(own, { ...env, tag: body, text: { ...style, firstLine: 0 } })
  },
  call: (node, flow, env) => {
    const tag = flow.kit.struct.add('Div', env.tag)
    flow.paragraph([{ inlines: node.label }], styles.call, { ...env, tag })
    flow.blocks(node.children, { ...env, tag, call: node.kind })
  },
}
