// What every HTML handler receives: the walker (to render children), the document root
// (for words and direction), and how to turn an image path into a URL.
import type { ElementContent } from 'hast'
import type { ItuRoot } from '../../model/nodes.js'
import type { Walker } from '../walk.js'

export interface HtmlContext {
  walk: Walker<HtmlContext, ElementContent>
  root: ItuRoot
  /** Image path (relative to the sources root) → URL to put in src (a data: URL for self-contained pages). */
  assetUrl(src: string): string
  /** Added to heading depths: headings inside an annex sit one level below the annex heading. */
  headingOffset: number
  /** Prefix of footnote anchors: "" for the document, "d2-" inside a publication's second document. */
  footnoteScope: string
  /** Footnote numbers already referenced once (a second reference gets its own back-link id). */
  footnoteRefs: Map<number, number>
}
