// Sections and their headers and footers. The body flows in A4 portrait sections with 2 cm
// margins; a landscape table gets a section of its own and the next blocks a new portrait
// one. Every section carries the template's running heads (root.page): a page number above
// (contributions: "- 2 -" and the document number, no head on the first page), or ITU's
// publication footer with the page number at the outer edge, mirrored on even pages.
import { Footer, Header, type FileChild, PageNumber, PageOrientation, SectionType, TabStopType, type ISectionOptions, type ParagraphChild } from 'docx'
import type { Inline } from '../../model/nodes.js'
import { LandscapeBlock, type DocxContext, type FlowBlock } from './context.js'
import { footerDistance, headerDistance, landscapeTextWidth, margin, pageHeight, pageWidth, portraitTextWidth } from './geometry.js'
import { tab } from './handlers/lead.js'
import { run } from './runs.js'
import { ParaStyle } from './styles.js'

/** How far the publication footer's text sits from the page number (E.119: about 1.5 cm). */
const footerGap = 851

type Furniture = Pick<ISectionOptions, 'headers' | 'footers'>

function pageNumber(ctx: DocxContext): ParagraphChild {
  const { before, after } = ctx.root.page.pageNumber
  return run(ctx.with({ run: { bold: false } }), { children: [before, PageNumber.CURRENT, after].filter(Boolean) })
}

function lines(ctx: DocxContext, inlines: readonly Inline[], style: ParaStyle) {
  return inlines.length ? [ctx.paragraph({ style, children: ctx.inlines(inlines) })] : []
}

function headerWithNumber(ctx: DocxContext): Header {
  return new Header({ children: [ctx.paragraph({ style: ParaStyle.Header, children: [pageNumber(ctx)] }), ...lines(ctx, ctx.root.page.header, ParaStyle.Header)] })
}

/** Odd pages: the footer text, then the page number at the outer margin. */
function oddFooter(ctx: DocxContext, width: number): Footer {
  return new Footer({
    children: [ctx.paragraph({
      style: ParaStyle.FooterQP,
      tabStops: [{ type: TabStopType.RIGHT, position: width - footerGap }, { type: TabStopType.RIGHT, position: width }],
      children: [tab(ctx), ...ctx.inlines(ctx.root.page.footer), tab(ctx), pageNumber(ctx)],
    })],
  })
}

/** Even pages: the page number at the outer margin, then the footer text. */
function evenFooter(ctx: DocxContext): Footer {
  return new Footer({
    children: [ctx.paragraph({
      style: ParaStyle.FooterQP,
      tabStops: [{ type: TabStopType.LEFT, position: footerGap }],
      children: [pageNumber(ctx), tab(ctx), ...ctx.inlines(ctx.root.page.footer)],
    })],
  })
}

/** Whether pages alternate footers (publication footers with the number at the outer edge). */
export function hasMirroredFooters(ctx: DocxContext): boolean {
  return ctx.root.page.pageNumber.position === 'footer'
}

function furniture(ctx: DocxContext, width: number, isFirst: boolean): Furniture {
  const { header, footer, differentFirstPage } = ctx.root.page
  // The first page's head and foot are blank (one empty paragraph: Word writes no empty parts).
  const blank = () => [ctx.paragraph({ style: ParaStyle.Header })]
  const first = isFirst && differentFirstPage ? { first: new Header({ children: blank() }) } : {}
  const firstFooter = isFirst && differentFirstPage ? { first: new Footer({ children: blank() }) } : {}
  if (!hasMirroredFooters(ctx)) {
    return {
      headers: { default: headerWithNumber(ctx), ...first },
      footers: { ...(footer.length ? { default: new Footer({ children: lines(ctx, footer, ParaStyle.Footer) }) } : {}), ...firstFooter },
    }
  }
  const plainHeader = () => new Header({ children: lines(ctx, header, ParaStyle.Header) })
  return {
    headers: { ...(header.length ? { default: plainHeader(), even: plainHeader() } : {}), ...first },
    footers: { default: oddFooter(ctx, width), even: evenFooter(ctx), ...firstFooter },
  }
}

/** Split the flow at landscape blocks into sections, each with the page furniture. */
export function pageSections(ctx: DocxContext, blocks: readonly FlowBlock[]): ISectionOptions[] {
  const groups: Array<{ landscape: boolean; children: FileChild[] }> = [{ landscape: false, children: [] }]
  for (const block of blocks) {
    if (block instanceof LandscapeBlock) groups.push({ landscape: true, children: block.children }, { landscape: false, children: [] })
    else groups[groups.length - 1]!.children.push(block)
  }
  const sections = groups.filter((group, i) => i === 0 || group.children.length)
  return sections.map((group, i) => {
    const width = group.landscape ? landscapeTextWidth : portraitTextWidth
    return {
      properties: {
        ...(i > 0 ? { type: SectionType.NEXT_PAGE } : {}),
        titlePage: i === 0 && ctx.root.page.differentFirstPage,
        page: {
          size: { width: pageWidth, height: pageHeight, orientation: group.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: margin, bottom: margin, left: margin, right: margin, header: headerDistance, footer: footerDistance },
        },
      },
      ...furniture(ctx, width, i === 0),
      children: group.children,
    }
  })
}

/**
 * Mark every section right to left (w:bidi in w:sectPr, before w:docGrid as the schema orders
 * it), as ITU's Arabic files are: page numbers and columns then run from the right. The docx
 * package has no option for it, so the packed XML is patched.
 */
export function rtlSections(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => section.replace(/<w:docGrid\b|<\/w:sectPr>/, (at) => `<w:bidi/>${at}`))
}
