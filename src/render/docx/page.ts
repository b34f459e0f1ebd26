// Running heads of a section, from a document's page furniture: a page number above
// (contributions: "- 2 -" and the document number, no head on the first page), or ITU's
// publication footer with the page number at the outer edge, mirrored on even pages. A
// publication's own pages and each of its documents bring their own furniture.
import { Footer, Header, PageNumber, TabStopType, type ISectionOptions, type ParagraphChild } from 'docx'
import type { Inline, PageFurniture } from '../../model/nodes.js'
import type { DocxContext } from './context.js'
import { tab } from './handlers/lead.js'
import { run } from './runs.js'
import { ParaStyle } from './styles.js'

/** How far the publication footer's text sits from the page number (E.119: about 1.5 cm). */
const footerGap = 851

/** The headers and footers of a section. */
export type Furniture = Pick<ISectionOptions, 'headers' | 'footers'>

/** What the running heads of a section depend on. */
export interface SectionHeads {
  /** The furniture of the document the section belongs to. */
  page: PageFurniture
  /** Text width of the section's pages (landscape sections are wider). */
  width: number
  /** The section's first page has a head and foot of its own (blank). */
  hasTitlePage: boolean
  /** Odd and even pages have heads of their own in this Word file (w:evenAndOddHeaders). */
  isMirroredFile: boolean
}

function pageNumber(ctx: DocxContext, page: PageFurniture): ParagraphChild {
  const { before, after } = page.pageNumber
  return run(ctx.with({ run: { bold: false } }), { children: [before, PageNumber.CURRENT, after].filter(Boolean) })
}

function lines(ctx: DocxContext, inlines: readonly Inline[], style: ParaStyle) {
  return inlines.length ? [ctx.paragraph({ style, children: ctx.inlines(inlines) })] : []
}

function headerWithNumber(ctx: DocxContext, page: PageFurniture): Header {
  return new Header({ children: [ctx.paragraph({ style: ParaStyle.Header, children: [pageNumber(ctx, page)] }), ...lines(ctx, page.header, ParaStyle.Header)] })
}

/** Odd pages: the footer text, then the page number at the outer margin. */
function oddFooter(ctx: DocxContext, page: PageFurniture, width: number): Footer {
  return new Footer({
    children: [ctx.paragraph({
      style: ParaStyle.FooterQP,
      tabStops: [{ type: TabStopType.RIGHT, position: width - footerGap }, { type: TabStopType.RIGHT, position: width }],
      children: [tab(ctx), ...ctx.inlines(page.footer), tab(ctx), pageNumber(ctx, page)],
    })],
  })
}

/** Even pages: the page number at the outer margin, then the footer text. */
function evenFooter(ctx: DocxContext, page: PageFurniture): Footer {
  return new Footer({
    children: [ctx.paragraph({
      style: ParaStyle.FooterQP,
      tabStops: [{ type: TabStopType.LEFT, position: footerGap }],
      children: [pageNumber(ctx, page), tab(ctx), ...ctx.inlines(page.footer)],
    })],
  })
}

/** Whether pages alternate footers (publication footers with the number at the outer edge). */
export function hasMirroredFooters(page: PageFurniture): boolean {
  return page.pageNumber.position === 'footer'
}

// A blank head or foot is one empty paragraph: Word writes no empty parts.
export const blankHeader = (ctx: DocxContext): Header => new Header({ children: [ctx.paragraph({ style: ParaStyle.Header })] })
export const blankFooter = (ctx: DocxContext): Footer => new Footer({ children: [ctx.paragraph({ style: ParaStyle.Header })] })

export function furniture(ctx: DocxContext, { page, width, hasTitlePage, isMirroredFile }: SectionHeads): Furniture {
  const { header, footer } = page
  // The first page's head and foot are blank.
  const first = hasTitlePage ? { first: blankHeader(ctx) } : {}
  const firstFooter = hasTitlePage ? { first: blankFooter(ctx) } : {}
  if (!hasMirroredFooters(page)) {
    // Where other documents of the file mirror their footers, even pages repeat the heads.
    const plainFooter = () => new Footer({ children: lines(ctx, footer, ParaStyle.Footer) })
    return {
      headers: { default: headerWithNumber(ctx, page), ...(isMirroredFile ? { even: headerWithNumber(ctx, page) } : {}), ...first },
      footers: { ...(footer.length ? { default: plainFooter(), ...(isMirroredFile ? { even: plainFooter() } : {}) } : {}), ...firstFooter },
    }
  }
  const plainHeader = () => new Header({ children: lines(ctx, header, ParaStyle.Header) })
  return {
    headers: { ...(header.length ? { default: plainHeader(), even: plainHeader() } : {}), ...first },
    footers: { default: oddFooter(ctx, page, width), even: evenFooter(ctx, page), ...firstFooter },
  }
}
