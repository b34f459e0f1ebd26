// Helpers for layout unit tests: lay out Markdown (or a document on disk, with the
// documents it compiles) with the real templates, locales and fonts, and read the page
// model (text items, their extents) without making a PDF.
import { resolveText } from '../../helpers.js'
import { faceInputs } from '../../../src/build/fonts.js'
import { loadSourceEnv, loadVariant } from '../../../src/build/sources.js'
import { listVariants } from '../../../src/build/variants.js'
import { layoutDocument } from '../../../src/layout/index.js'
import type { LayoutDocument, Page, TextItem } from '../../../src/layout/frame.js'

export async function layoutMarkdown(markdown: string): Promise<LayoutDocument> {
  const { doc, findings } = await resolveText(markdown)
  if (!doc) throw new Error(`does not resolve: ${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`)
  return layoutDocument({ root: doc.root, faces: faceInputs(), asset: () => undefined })
}

/** Lay out the document at `path` under the sources root `root` (a publication finds its documents there). */
export async function layoutSource(path: string, root: string): Promise<LayoutDocument> {
  const env = await loadSourceEnv(root)
  const [ref] = listVariants({ paths: [path], root }).refs
  const variant = loadVariant(ref!, env)
  const errors = variant.files.flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => `${file.path}:${m.line}:${m.column} ${m.reason}`))
  if (!variant.resolved || errors.length) throw new Error(`does not resolve: ${errors.join('; ')}`)
  return layoutDocument({ root: variant.resolved.root, faces: faceInputs(), asset: () => undefined })
}

export function texts(page: Page): TextItem[] {
  return page.items.filter((item): item is TextItem => item.kind === 'text')
}

/** Text items of the body and footnotes (running heads are untagged artifacts). */
export function contentTexts(page: Page): TextItem[] {
  return texts(page).filter((item) => item.tag !== undefined)
}
