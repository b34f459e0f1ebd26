// The one dispatcher every writer uses: a handler per node type, checked by the compiler
// (a node type without a handler does not build), and no silent pass-through.
import type { ItuNode, NodeOf, NodeType } from '../model/nodes.js'

export type Handler<T extends NodeType, Ctx, Out> = (node: NodeOf<T>, ctx: Ctx) => Out | Out[] | undefined
export type Handlers<Ctx, Out> = { [T in NodeType]: Handler<T, Ctx, Out> }

export interface Walker<Ctx, Out> {
  /** Render one node. */
  one(node: ItuNode, ctx: Ctx): Out[]
  /** Render a list of nodes in order. */
  all(nodes: readonly ItuNode[], ctx: Ctx): Out[]
}

export function createWalker<Ctx, Out>(handlers: Handlers<Ctx, Out>): Walker<Ctx, Out> {
  const one = (node: ItuNode, ctx: Ctx): Out[] => {
    const handler = handlers[node.type] as Handler<NodeType, Ctx, Out> | undefined
    if (!handler) throw new Error(`No handler for node type "${node.type}"`)
    const out = handler(node as never, ctx)
    return out === undefined ? [] : Array.isArray(out) ? out : [out]
  }
  const all = (nodes: readonly ItuNode[], ctx: Ctx): Out[] => nodes.flatMap((node) => one(node, ctx))
  return { one, all }
}
