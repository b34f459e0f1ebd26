// The table of contents: the title, a "Page" column head, then one entry per heading —
// number at the margin, title at the tab, dot leaders and the page number at the end
// margin. Page numbers are only known after pagination, so each entry's last line carries
// a late step that draws its leaders and number then; entries never change height, so
// filling them in cannot move anything.
import type { BlockMap, TocEntry } from '../../model/nodes.js'
import type { Item } from '../frame.js'
import { TAB } from '../inline/styled.js'
import { styles, type ParaStyle } from '../styles.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import type { PageLookup, Slice } from './slice.js'
import { label } from './text.js'

const gap = 3

function entryStyle(entry: TocEntry): ParaStyle {
  const style = entry.level <= 1 ? styles.toc1 : styles.toc2
  // Entries without a number (annexes, bibliography) start at the margin of their level.
  return entry.number ? style : { ...style, indent: style.indent + style.firstLine, firstLine: 0 }
}

function leaderAndNumber(flow: Flow, env: FlowEnv, line: Slice, entry: TocEntry, style: ParaStyle, tag: number) {
  const face = flow.face(false, false)
  const latin = flow.kit.book.face('latin', false, false)
  const size = style.size
  const text = line.items.filter((i) => i.kind === 'text')
  const baseline = text[0]?.y ?? size
  const rtl = env.dir === 'rtl'
  // Where the entry's text ends, on the side the leader runs from.
  const textEnd = rtl ? Math.min(...text.map((t) => t.x)) : Math.max(...text.map((t) => t.x + t.width))
  return (pages: PageLookup): Item[] => {
    const number = pages(entry.targetId)
    if (number === undefined) return []
    const numberWidth = latin.chunkedWidth(number) * size
    const dot = face.chunkedWidth('.') * size
    const columnEnd = rtl ? env.left : env.left + env.width
    const leaderEnd = rtl ? columnEnd + numberWidth + 2 * gap : columnEnd - numberWidth - 2 * gap
    const from = rtl ? leaderEnd : textEnd + gap
    const to = rtl ? textEnd - gap : leaderEnd
    const dots = Math.max(0, Math.floor((to - from) / dot))
    const items: Item[] = []
    if (dots > 1) items.push({ kind: 'text', x: rtl ? from : to - dots * dot, y: baseline, text: '.'.repeat(dots), face: face.key, size, shaping: 'chunks', width: dots * dot, tag })
    items.push({ kind: 'text', x: rtl ? columnEnd : columnEnd - numberWidth, y: baseline, text: number, face: latin.key, size, shaping: 'chunks', width: numberWidth, tag })
    return items
  }
}

export const tocHandlers: { toc: BlockHandler<BlockMap['toc']> } = {
  toc: (node, flow, env) => {
    const toc = flow.kit.struct.add('TOC', env.tag)
    flow.paragraph([{ inlines: label(node.title, node.position) }], styles.tocTitle, env, { role: 'P' })
    flow.paragraph([{ inlines: label(flow.root.words.page, node.position) }], styles.tocPage, env, { role: 'P' })
    for (const entry of node.entries) {
      const tag = flow.kit.struct.add('TOCI', toc)
      const style = entryStyle(entry)
      const runs = entry.number
        ? [{ inlines: label(entry.number, node.position), separator: TAB }, { inlines: label(entry.text, node.position) }]
        : [{ inlines: label(entry.text, node.position) }]
      const lines = flow.paragraph(runs, style, env, { tag })
      const last = lines[lines.length - 1]!
      last.late = leaderAndNumber(flow, env, last, entry, style, tag)
      for (const line of lines) line.items.push({ kind: 'link', rect: { x: env.left, y: 0, width: env.width, height: line.height }, destination: entry.targetId, tag })
    }
    // The contents stand on their own page(s).
    const after = flow.marker(env)
    after.pageBreakBefore = true
  },
}
