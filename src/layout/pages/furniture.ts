// Running heads and feet, from the page furniture resolve computed (root.page, or an
// included document's own in a publication): with the page number in the header (ITU-T
// documents: "- 2 -" over the document number, centred, 9 pt), or in the footer (published
// texts: the footer text in bold with the number at the outer margin, mirrored on even
// pages). The first page of a document may have none.
import type { Position } from 'unist'
import type { Inline, PageFurniture } from '../../model/nodes.js'
import type { Item, PrintedNumber } from '../frame.js'
import type { InlineRun } from '../inline/collect.js'
import { translate } from '../flow/slice.js'
import { styles, type ParaStyle } from '../styles.js'
import type { PageGeometry } from '../units.js'
import { cm } from '../units.js'

/** Lays out a paragraph off the flow and returns its stacked items and height. */
export type LineLayout = (runs: readonly InlineRun[], style: ParaStyle, left: number, width: number) => { height: number; items: Item[] }

/** Gap between the page number and the footer text (the footer's tab in ITU publications). */
const footerGap = cm(1.6)
const footerStyle: ParaStyle = { ...styles.footer, size: 10 }

/** Which heads a page carries. */
export interface PageHeads {
  /** The furniture of the document the page belongs to. */
  furniture: PageFurniture
  /** The printed page number (it runs on through a publication, restarts in a published text's front matter and body). */
  printed: PrintedNumber
  /** The page opens its document (bare when the document says `differentFirstPage`). */
  opensDocument: boolean
  /** Where the generated text comes from (the document's root). */
  position: Position
}

function text(value: string, position: Position): Inline[] {
  return value ? [{ type: 'text', value, position }] : []
}

export function furniture(heads: PageHeads, page: PageGeometry, layout: LineLayout): Item[] {
  const { printed } = heads
  const { pageNumber, header, footer, differentFirstPage } = heads.furniture
  if (differentFirstPage && heads.opensDocument) return []
  const left = page.margin.left
  const width = page.width - page.margin.left - page.margin.right
  const numberText = text(`${pageNumber.before}${printed.text}${pageNumber.after}`, heads.position)
  const items: Item[] = []

  // -- Head: the page number (when it goes there) above the header text, centred.
  const headRuns: InlineRun[][] = [...(pageNumber.position === 'header' ? [[{ inlines: numberText }]] : []), ...(header.length ? [[{ inlines: header }]] : [])]
  let y = page.headerDistance
  for (const runs of headRuns) {
    const line = layout(runs, styles.header, left, width)
    items.push(...translate(line.items, 0, y))
    y += line.height
  }

  // -- Foot: the footer text, and the page number at the outer margin when it goes there.
  const feet: Array<{ height: number; items: Item[] }> = []
  if (pageNumber.position === 'footer') {
    // Odd pages carry the number at the end margin, even pages at the start (facing pages);
    // as in Word, a page is odd or even by its printed number.
    const outerEnd = printed.value % 2 === 1
    feet.push(layout([{ inlines: numberText }], { ...footerStyle, align: outerEnd ? 'end' : 'start' }, left, width))
    if (footer.length) {
      const side = outerEnd ? { endIndent: footerGap } : { indent: footerGap }
      feet.push(layout([{ inlines: footer, style: { bold: true } }], { ...footerStyle, align: outerEnd ? 'end' : 'start', ...side }, left, width))
    }
  } else if (footer.length) {
    feet.push(layout([{ inlines: footer }], { ...footerStyle, align: 'center' }, left, width))
  }
  const bottom = page.height - page.footerDistance
  for (const foot of feet) items.push(...translate(foot.items, 0, bottom - foot.height))
  return items.map((item) => ('tag' in item ? { ...item, tag: undefined } : item))
}
