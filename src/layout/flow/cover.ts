// The cover, generically: lines become paragraphs in the style of their role (Res_No,
// Rec_title, the convening line …); tables become rows of cells on the template's relative
// column widths, with the rules the template asks for. No template is known here, only
// roles; the logo slot stays empty (itudoc never draws ITU's emblem).
import type { BlockMap, CoverCell, CoverRow, CoverTable, Inline } from '../../model/nodes.js'
import type { Item } from '../frame.js'
import { ascentOf } from '../inline/place.js'
import { coverStyles, rules, type ParaStyle } from '../styles.js'
import { columns } from '../table/columns.js'
import { headingTag } from './blocks.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import { emptySlice } from './slice.js'
import { stack } from './stack.js'

/** Space around the cover and between its blocks. */
const tableGap = 6
const checkboxSize = 11
/** Between a rule above a cover line and its text. */
const ruleGap = 10

/** Lines of a header organisation cell: the Union's name small, the Sector large and bold, the rest small. */
function lineStyle(cell: CoverCell, index: number): ParaStyle {
  if (cell.role === 'headerOrg') return index === 0 ? coverStyles.headerOrg : index === 1 ? coverStyles.headerSector : coverStyles.headerSmall
  return coverStyles[cell.role]
}

/** The lines of a cell, set close as one paragraph's lines: spacing only above the first and below the last. */
function cellSlices(cell: CoverCell, flow: Flow, env: FlowEnv) {
  const lines = cell.children.map((line: Inline[], i) => ({ line, style: lineStyle(cell, i) })).filter(({ line }) => line.length)
  return flow.capture(() => {
    lines.forEach(({ line, style }, i) => {
      flow.paragraph([{ inlines: line }], { ...style, before: i === 0 ? style.before : 0, after: i === lines.length - 1 ? style.after : 0 }, env)
    })
  })
}

function ruleItems(row: CoverRow, left: number, right: number, height: number): Item[] {
  const line = (y: number, width: number): Item => ({ kind: 'line', x1: left, y1: y, x2: right, y2: y, width })
  switch (row.rule) {
    case 'above': return [line(0, rules.box)]
    case 'below': return [line(height, rules.box)]
    case 'both': return [line(0, rules.box), line(height, rules.box)]
    case 'thickBelow': return [line(height, rules.thick)]
    default: return []
  }
}

function coverTable(table: CoverTable, flow: Flow, env: FlowEnv, tag: number): void {
  const grid = columns(table.widths, env.left, env.width, env.dir)
  const padding = 3
  table.children.forEach((row, r) => {
    let column = 0
    const cells = row.children.map((cell) => {
      const box = grid.cell(column, cell.span)
      column += cell.span
      const inner = { ...env, left: box.left + padding, width: Math.max(1, box.width - 2 * padding), tag }
      return { cell, box, stacked: stack(cellSlices(cell, flow, inner)) }
    })
    const height = Math.max(0, ...cells.map((c) => c.stacked.height)) + (row.rule === 'above' || row.rule === 'both' ? 2 : 0)
    const items: Item[] = cells.flatMap((c) => c.stacked.items)
    for (const { cell, box, stacked } of cells) {
      if (cell.role !== 'checkbox') continue
      // The square sits around the mark's x-height, on the baseline the mark has or would have.
      const style = coverStyles.checkbox
      const mark = stacked.items.find((i) => i.kind === 'text')
      const baseline = mark?.kind === 'text' ? mark.y : style.before + ascentOf(flow.face(false, false), style.size)
      const x = box.left + (box.width - checkboxSize) / 2
      items.push({ kind: 'rect', rect: { x, y: baseline - 0.35 * style.size - checkboxSize / 2, width: checkboxSize, height: checkboxSize }, stroke: '#000000', lineWidth: rules.hairline })
    }
    items.push(...ruleItems(row, env.left, env.left + env.width, height))
    const last = r === table.children.length - 1
    flow.emit({ ...emptySlice(env.orientation), height, items, before: r === 0 ? tableGap : 0, after: last ? tableGap : 0, keepWithNext: !last || table.role === 'header' })
  })
}

export const coverHandlers: { cover: BlockHandler<BlockMap['cover']> } = {
  cover: (node, flow, env) => {
    const tag = flow.kit.struct.add('Div', env.tag)
    for (const block of node.children) {
      if (block.type === 'coverTable') {
        coverTable(block, flow, env, tag)
        continue
      }
      if (!block.children.length) continue
      let style = coverStyles[block.role]
      if (style.ruleAbove) {
        // The rule stands `before` below what precedes; the text follows a little under it.
        const y = style.ruleAbove / 2
        flow.emit({ ...emptySlice(env.orientation), height: style.ruleAbove, before: style.before, keepWithNext: true, items: [{ kind: 'line', x1: env.left, y1: y, x2: env.left + env.width, y2: y, width: style.ruleAbove }] })
        style = { ...style, before: ruleGap }
      }
      // The document's title (resolve marks it) is its H1, one level below its part title in a publication.
      flow.paragraph([{ inlines: block.children }], style, { ...env, tag }, block.heading ? { role: headingTag(0, env) } : {})
    }
  },
}
