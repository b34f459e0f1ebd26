// The page flow split into Word sections. The body flows in A4 portrait sections with 2 cm
// margins; a landscape table gets a section of its own and the next blocks a new portrait
// one. In a publication, each part title and each document starts a new section on a new
// page: a document's sections carry its own running heads, and its first one restarts the
// footnote numbers (w:numRestart "eachSect"), as ITU numbers notes from 1 in every resolution.
// A published text's front matter and body start sections whose page numbers restart (lower-
// case roman, then decimal from 1: w:pgNumType), as TSB's Recommendations are numbered.
import { NoteNumberRestart, NumberFormat, PageOrientation, SectionType, type FileChild, type ISectionOptions } from 'docx'
import type { PageFurniture, PageNumbering } from '../../model/nodes.js'
import { LandscapeBlock, PageRunBlock, SectionBlock, type DocxContext, type FlowBlock } from './context.js'
import { headerDistance, footerDistance, landscapeTextWidth, margin, pageHeight, pageWidth, portraitTextWidth } from './geometry.js'
import { blankFooter, blankHeader, furniture, hasMirroredFooters, type Furniture } from './page.js'

/** Blocks that become one section. */
interface Group {
  /** Running heads of the document the blocks belong to. */
  page: PageFurniture
  isLandscape: boolean
  /** The first section of a publication's document. */
  opensDocument: boolean
  /** Page numbers: their style, and where a run of pages restarts them (its first section). */
  numbering?: { style: PageNumbering['style']; start?: number }
  children: FileChild[]
}

/** Split blocks into groups, `current` being the portrait group they continue. */
function collect(blocks: readonly FlowBlock[], page: PageFurniture, groups: Group[], opensDocument: boolean, current?: Group): void {
  let isOpening = opensDocument
  const start = (isLandscape: boolean, children: FileChild[], restart?: PageNumbering): Group => {
    // A section goes on numbering pages in the style of the one before, unless it restarts them.
    const style = restart?.style ?? groups[groups.length - 1]?.numbering?.style
    const numbering = style ? { style, ...(restart ? { start: restart.start } : {}) } : undefined
    const group: Group = { page, isLandscape, opensDocument: isOpening, ...(numbering ? { numbering } : {}), children }
    isOpening = false
    groups.push(group)
    return group
  }
  for (const block of blocks) {
    if (block instanceof PageRunBlock) {
      current = start(false, [], block.numbering)
    } else if (block instanceof LandscapeBlock) {
      start(true, block.children)
      current = undefined
    } else if (block instanceof SectionBlock) {
      collect(block.children, block.page ?? page, groups, block.isDocument)
      current = undefined
    } else (current ??= start(false, [])).children.push(block)
  }
}

const headerKinds = ['default', 'even'] as const

const numberFormats = { decimal: NumberFormat.DECIMAL, lowerRoman: NumberFormat.LOWER_ROMAN } as const

/**
 * Word carries a header or footer over from the section before when a section has none of
 * that kind. Where an earlier section had one, a document without it gets a blank one.
 */
function withoutCarryOver(ctx: DocxContext, sections: readonly Furniture[]): Furniture[] {
  const had = { headers: new Set<string>(), footers: new Set<string>() }
  return sections.map(({ headers = {}, footers = {} }) => {
    const own = { headers: { ...headers }, footers: { ...footers } }
    for (const kind of headerKinds) {
      if (own.headers[kind]) had.headers.add(kind)
      else if (had.headers.has(kind)) own.headers[kind] = blankHeader(ctx)
      if (own.footers[kind]) had.footers.add(kind)
      else if (had.footers.has(kind)) own.footers[kind] = blankFooter(ctx)
    }
    return own
  })
}

export interface Sections {
  sections: ISectionOptions[]
  /** Some section mirrors its footers: odd and even pages have heads of their own. */
  isMirrored: boolean
}

/** The sections of the document, each with the running heads of the document it belongs to. */
export function pageSections(ctx: DocxContext, blocks: readonly FlowBlock[]): Sections {
  const first: Group = { page: ctx.root.page, isLandscape: false, opensDocument: false, children: [] }
  const groups = [first]
  collect(blocks, ctx.root.page, groups, false, first)
  const isMirrored = groups.some((group) => hasMirroredFooters(group.page))
  // The first page of the file, or of a publication's document, may have blank heads.
  const hasTitlePage = (group: Group, i: number) => (i === 0 || group.opensDocument) && group.page.differentFirstPage
  const heads = withoutCarryOver(ctx, groups.map((group, i) => furniture(ctx, {
    page: group.page,
    width: group.isLandscape ? landscapeTextWidth : portraitTextWidth,
    hasTitlePage: hasTitlePage(group, i),
    isMirroredFile: isMirrored,
  })))
  const sections = groups.map((group, i): ISectionOptions => ({
    properties: {
      ...(i > 0 ? { type: SectionType.NEXT_PAGE } : {}),
      titlePage: hasTitlePage(group, i),
      page: {
        size: { width: pageWidth, height: pageHeight, orientation: group.isLandscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margin, bottom: margin, left: margin, right: margin, header: headerDistance, footer: footerDistance },
        ...(group.numbering ? { pageNumbers: { formatType: numberFormats[group.numbering.style], ...(group.numbering.start !== undefined ? { start: group.numbering.start } : {}) } } : {}),
      },
      ...(group.opensDocument ? { footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION } } : {}),
    },
    ...heads[i],
    children: group.children,
  }))
  return { sections, isMirrored }
}

/**
 * Mark every section right to left (w:bidi in w:sectPr, before w:docGrid as the schema orders
 * it), as ITU's Arabic files are: page numbers and columns then run from the right. The docx
 * package has no option for it, so the packed XML is patched.
 */
export function rtlSections(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => section.replace(/<w:docGrid\b|<\/w:sectPr>/, (at) => `<w:bidi/>${at}`))
}
