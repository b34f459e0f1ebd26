// Bookmarks from the layout's outline entries, nested by level, each opening its page at
// the entry's height.
import type PDFDocument from 'pdfkit'
import type { OutlineEntry, Page } from '../../layout/frame.js'

type Doc = InstanceType<typeof PDFDocument>

/** What pdfkit's addItem reads but its typings omit. */
interface ItemOptions { pageNumber: number; top: number; left: number }
interface OutlineNode { addItem(title: string, options: ItemOptions): OutlineNode }

export function addOutline(doc: Doc, entries: readonly OutlineEntry[], pages: readonly Page[]): void {
  const stack: Array<{ level: number; node: OutlineNode }> = [{ level: 0, node: doc.outline as unknown as OutlineNode }]
  for (const entry of entries) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= entry.level) stack.pop()
    const page = pages[entry.page - 1]!
    // pdfkit computes the destination's left as page width − `left`: pass the width to get 0.
    const node = stack[stack.length - 1]!.node.addItem(entry.title, { pageNumber: entry.page - 1, top: entry.y, left: page.width })
    stack.push({ level: entry.level, node })
  }
}
