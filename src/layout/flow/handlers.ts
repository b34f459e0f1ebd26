// The layout's handler map: one entry per block node type (a missing one is a compile
// error). Table rows and cells are laid out by the table handler, which needs their
// measured heights rather than a stream of slices, so they have no entry of their own.
import type { Block, BlockMap } from '../../model/nodes.js'
import { tableHandler } from '../table/table.js'
import { blockHandlers } from './blocks.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import { coverHandlers } from './cover.js'
import { entryHandlers } from './entries.js'
import { figureHandlers } from './figure.js'
import { includedHandlers } from './included.js'
import { ituHandlers } from './itu.js'
import { listHandlers } from './lists.js'
import { tocHandlers } from './toc.js'

type FlowType = Exclude<keyof BlockMap, 'tableRow' | 'tableCell'>
export type FlowHandlers = { [T in FlowType]: BlockHandler<BlockMap[T]> }

/** A dispatcher over the handler map; `tables` numbers the tables of one document. */
export function createDispatch(): (node: Block, flow: Flow, env: FlowEnv) => void {
  let tables = 0
  const handlers: FlowHandlers = {
    ...blockHandlers,
    ...listHandlers,
    ...entryHandlers,
    ...ituHandlers,
    ...figureHandlers,
    ...tocHandlers,
    ...coverHandlers,
    ...includedHandlers,
    ...tableHandler({ next: () => tables++ }),
  }
  return (node, flow, env) => {
    if (node.type === 'tableRow' || node.type === 'tableCell') throw new Error(`layout: a ${node.type} outside its table`)
    ;(handlers[node.type] as BlockHandler<Block>)(node, flow, env)
  }
}
