// The logical structure (PDF tags) as layout builds it: a flat list of nodes with parent
// links. Layout knows what each run of text is (a heading, a list label, a table cell);
// the painter only wraps the runs in the marked content the tags name.
import type { StructNode } from './frame.js'

/** Parent of top-level nodes: the document element. */
export const DOCUMENT = -1

export class StructBuilder {
  readonly nodes: StructNode[] = []

  add(role: string, parent: number, extra: Omit<Partial<StructNode>, 'id' | 'parent' | 'role'> = {}): number {
    const id = this.nodes.length
    this.nodes.push({ id, parent, role, ...extra })
    return id
  }
}
