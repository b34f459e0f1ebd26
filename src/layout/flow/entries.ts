// Tabbed entries in aligned columns: abbreviations and references. The columns come from the
// measured widths of the fields (model/columns.ts, as the DOCX writer works them out), and
// each field is set in its column, wrapping there: an abbreviation's expansion under itself,
// a reference's text after the widest tag, the Russian E.119's four fields side by side.
import { entryColumns } from '../../model/columns.js'
import type { Abbreviation, AbbreviationList, BlockMap, Inline } from '../../model/nodes.js'
import type { Item } from '../frame.js'
import { measureField } from '../fonts/measure.js'
import { styles } from '../styles.js'
import { columns } from '../table/columns.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import { emptySlice } from './slice.js'
import { stack } from './stack.js'
import { fitted, ownDirection, plainText } from './text.js'

/** A field set wholly in bold or italics is measured so. */
function fieldStyle(field: readonly Inline[]): { bold: boolean; italic: boolean } {
  const only = (type: Inline['type']) => field.length > 0 && field.every((node) => node.type === type || (node.type === 'text' && !node.value.trim()))
  return { bold: only('strong'), italic: only('emphasis') }
}

function layoutEntries(list: Pick<AbbreviationList, 'kind' | 'columns' | 'children'>, flow: Flow, env: FlowEnv): void {
  const style = fitted(list.kind === 'reference' ? styles.reference : styles.abbreviation, env)
  const widths = list.children.map((entry) => entry.fields.map((field) => measureField(flow.kit.book, plainText(field), { ...fieldStyle(field), size: style.size })))
  const { starts } = entryColumns(list.kind, widths, list.columns, env.width)
  const edges = [...starts, env.width]
  const widthsOf = starts.map((start, c) => edges[c + 1]! - start)
  const cellStyle = { ...style, indent: 0, firstLine: 0, before: 0, after: 0 }
  for (const entry of list.children) {
    // An English entry in an Arabic text keeps its tag at the left margin (ownDirection).
    const entryEnv = ownDirection(entry.fields.flat(), env)
    const grid = columns(widthsOf, env.left, env.width, entryEnv.dir)
    const tag = flow.kit.struct.add('P', env.tag)
    const cells = entry.fields.map((field, c) => {
      const box = grid.cell(c, 1)
      return stack(flow.capture(() => flow.paragraph([{ inlines: field }], cellStyle, { ...entryEnv, left: box.left, width: box.width }, { tag })))
    })
    const items: Item[] = cells.flatMap((cell) => cell.items)
    const footnotes = [...new Set(cells.flatMap((cell) => cell.footnotes))]
    flow.emit({ ...emptySlice(env.orientation), height: Math.max(0, ...cells.map((cell) => cell.height)), before: style.before, after: style.after, items, footnotes })
  }
}

export const entryHandlers: { abbreviationList: BlockHandler<BlockMap['abbreviationList']>; abbreviation: BlockHandler<Abbreviation> } = {
  abbreviationList: (node, flow, env) => layoutEntries(node, flow, env),
  // An entry outside a list (resolve always makes one) is a list of one.
  abbreviation: (node, flow, env) => layoutEntries({ kind: 'abbreviation', columns: node.fields.length, children: [node] }, flow, env),
}
