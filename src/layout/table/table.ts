// Tables: the caption above ("Table 1 – Title", bold, centred, kept with the table), the
// columns at their relative widths across the text width, every cell laid out with the
// Table_text / Table_head styles (cells may hold several paragraphs and lists), header rows
// kept with the first body row and repeated by the paginator after each page break.
// `landscape=true` sets the table on landscape pages of its own (with the headings before it).
import type { BlockMap, Table, TableCell } from '../../model/nodes.js'
import { visitDocument } from '../../model/traverse.js'
import { landscapeEnv, type BlockHandler, type Flow, type FlowEnv, type MeasureMode } from '../flow/context.js'
import type { Slice, TableInfo } from '../flow/slice.js'
import { label } from '../flow/text.js'
import { rules, styles, type ParaStyle } from '../styles.js'
import { columns, fitMeasured, type ColumnNeed } from './columns.js'
import { rowSlice } from './rows.js'

const alignments = { left: 'start', center: 'center', right: 'end' } as const
/** Space above a table that has no caption. */
const captionless = 6

function cellStyle(cell: TableCell): ParaStyle {
  const base = cell.header ? styles.tableHead : styles.tableText
  return cell.align ? { ...base, align: alignments[cell.align] } : base
}

export function tableHandler(ids: { next(): number }): { table: BlockHandler<BlockMap['table']> } {
  return {
    table: (node, flow, outer) => {
      const env = node.landscape ? landscapeEnv(outer) : outer
      if (node.landscape && !flow.opensLandscape) flow.marker(env).pageBreakBefore = true
      const tag = flow.kit.struct.add('Table', env.tag)
      if (node.caption) {
        flow.paragraph([{ inlines: label(node.caption.label, node.position), separator: node.caption.separator }, { inlines: node.caption.text }], styles.tableCaption, env, {
          role: 'Caption',
          tag: flow.kit.struct.add('Caption', tag),
          ...(node.id ? { destination: node.id } : {}),
        })
      } else if (node.id) {
        flow.marker(env, [{ kind: 'destination', name: node.id, x: env.left, y: 0 }])
      }
      const first = flow.slices().length
      layoutRows(node, flow, env, tag, ids.next())
      // Without a caption, the table keeps its distance from the text above.
      const top = flow.slices()[first]
      if (!node.caption && top) top.before = captionless
    },
  }
}

/**
 * Room a widened column gets beyond its longest word: DOCX rounds widths to twips, and Word
 * and LibreOffice set DOCX text without pair kerning ("Te" is 0.9 pt wider at 11 pt bold);
 * a word that fits only exactly would be cut there.
 */
const slack = 2

/** An em or more: wider than any glyph of the faces used, so a safe bound for a token's width. */
const widestGlyph = 1.1

/**
 * An upper bound of the width a cell's longest token needs, from its character count, for
 * cells of plain paragraphs (lists and notes indent their text: those are measured).
 */
function widestBound(cell: TableCell, env: FlowEnv): number {
  if (cell.children.some((block) => block.type !== 'paragraph')) return Infinity
  let longest = 0
  visitDocument(cell.children, {
    inline: (inline) => {
      if (inline.type !== 'text' && inline.type !== 'inlineCode' && inline.type !== 'xref') return
      const value = inline.type === 'xref' ? inline.text : inline.value
      for (const token of value.split(/\s+/)) longest = Math.max(longest, [...token].length)
    },
  })
  const style: ParaStyle = env.text ?? styles.tableText
  return longest * Math.max(style.size, style.csSize ?? 0) * widestGlyph
}

const cellEnv = (env: FlowEnv, box: { left: number; width: number }, cell: TableCell, tag: number): FlowEnv =>
  ({ ...env, left: box.left + rules.cellPadding, width: Math.max(1, box.width - 2 * rules.cellPadding), tag, text: cellStyle(cell) })

/**
 * The widths in points of a table's columns across `env`: its relative widths, a column
 * whose longest word does not fit widened (words are not cut). The DOCX writer sets its
 * grid with the same widths (layout/index.ts, writerMetrics).
 */
export function tableColumnWidths(node: Table, flow: Flow, env: FlowEnv, tag: number): number[] {
  const count = Math.max(0, ...node.children.map((row) => row.children.length))
  const relative = node.widths ?? Array.from({ length: count }, () => 1)
  const padding = rules.cellPadding
  const proportional = columns(relative, env.left, env.width, env.dir)
  const cellsOf = (c: number) => node.children.flatMap((row) => (row.children[c]?.children.length ? [row.children[c]!] : []))
  const innerOf = (c: number, cell: TableCell) => cellEnv(env, proportional.cell(c, 1), cell, tag)
  // Most tables fit as written: when every cell's longest token fits at any glyph width,
  // nothing is measured. Otherwise a column is measured exactly only where a bound of its
  // need (its paragraphs' words, unshaped) cannot settle the widths.
  const fits = relative.every((_, c) => cellsOf(c).every((cell) => widestBound(cell, innerOf(c, cell)) <= innerOf(c, cell).width))
  const proportionalWidths = relative.map((_, c) => proportional.cell(c, 1).width)
  if (fits) return proportionalWidths
  const need = (c: number, mode: MeasureMode): ColumnNeed => {
    const widest = { word: 0, fragment: 0 }
    for (const cell of cellsOf(c)) {
      const inner = innerOf(c, cell)
      const measured = flow.measure(inner, () => flow.blocks(cell.children, inner), mode)
      widest.word = Math.max(widest.word, measured.word)
      widest.fragment = Math.max(widest.fragment, measured.fragment)
    }
    return { word: widest.word + 2 * padding + slack, fragment: widest.fragment + 2 * padding + slack }
  }
  return fitMeasured(relative, env.width, { bound: (c) => need(c, 'bound'), exact: (c, key) => need(c, key === 'word' ? 'word' : 'exact')[key] })
}

function layoutRows(node: Table, flow: Flow, env: FlowEnv, tag: number, table: number): void {
  const widths = tableColumnWidths(node, flow, env, tag)
  const grid = columns(widths, env.left, env.width, env.dir)
  const header: Slice[] = []
  for (const [r, row] of node.children.entries()) {
    const isHeader = r < node.headerRows
    const rowTag = flow.kit.struct.add('TR', tag)
    const cells = row.children.map((cell, c) => {
      const box = grid.cell(c, 1)
      const cellTag = flow.kit.struct.add(cell.header ? 'TH' : 'TD', rowTag, cell.header ? { scope: 'Column' } : {})
      const slices = flow.capture(() => {
        if (cell.children.length) flow.blocks(cell.children, cellEnv(env, box, cell, cellTag))
      })
      return { left: box.left, width: box.width, slices }
    })
    const info: TableInfo = { table, row: r, isHeader, header }
    const slice = rowSlice({ cells, orientation: env.orientation, border: rules.hairline, minHeight: styles.tableText.size * 1.2 + styles.tableText.before + styles.tableText.after, table: info })
    if (isHeader) header.push(slice)
    flow.emit(slice)
  }
}
