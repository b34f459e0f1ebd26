// Generic blocks → paragraphs: body paragraphs, headings (number, tab, title, as ITU types
// them), numbered report paragraphs, definitions, abbreviations, lists with printed labels,
// sections, quotes, code, breaks and the table of contents.
import { AlignmentType, BorderStyle, PageBreak, Paragraph } from 'docx'
import type { Numbering, ParagraphRole } from '../../../model/nodes.js'
import type { Handlers } from '../../walk.js'
import { PageRunBlock, type DocxContext, type DocxOut } from '../context.js'
import { abbreviation, abbreviationList } from './entries.js'
import { labelRuns, run, textRuns } from '../runs.js'
import { ParaStyle } from '../styles.js'
import { bookmarked, tab, withLead } from './lead.js'
import { toc } from './toc.js'

type BlockHandlers = Pick<Handlers<DocxContext, DocxOut>,
  'paragraph' | 'heading' | 'section' | 'numberedParagraph' | 'definition' | 'abbreviationList' | 'abbreviation' | 'list' | 'listItem' |
  'blockquote' | 'code' | 'thematicBreak' | 'pageBreak' | 'pageRun' | 'toc'>

/** Twips above a section set as a labelled row: a blank line under the cover (CT, LT). */
const labelledGap = 240

const headingStyles = [ParaStyle.Heading1, ParaStyle.Heading2, ParaStyle.Heading3, ParaStyle.Heading4, ParaStyle.Heading5, ParaStyle.Heading6] as const
const enumlevStyles = [ParaStyle.Enumlev1, ParaStyle.Enumlev2, ParaStyle.Enumlev3] as const

/** Paragraph roles other than body text. */
const roleStyles: Record<Exclude<ParagraphRole, 'normal'>, ParaStyle> = {
  afterTitle: ParaStyle.Normalaftertitle,
  reference: ParaStyle.Reftext,
  bibliography: ParaStyle.Reftext,
  centered: ParaStyle.Centered,
}

/** Cell alignment from the source, in the paragraph's own direction. */
const cellAlignment = { left: AlignmentType.START, center: AlignmentType.CENTER, right: AlignmentType.END } as const

/**
 * The style of a list item. In a call, top-level items are body paragraphs ("a)<tab>that …",
 * continuation lines back at the margin) and nested items are enumlev by depth below them;
 * elsewhere items are enumlev by level. Roman items (i), ii)) sit at least one step in
 * (enumlev2), as ITU sets them under lettered items. Report lists that continue paragraph
 * numbers (4.10.1) are typed like numbered paragraphs.
 */
function itemStyle(ctx: DocxContext, number: Numbering): ParaStyle {
  if (ctx.env.inTable) return ParaStyle.Tablelist
  if (number.scheme === 'paragraph') return ctx.env.paragraphStyle
  const depth = ctx.env.call ? number.level - 1 : number.level
  const step = number.scheme === 'roman' ? Math.max(depth, 2) : depth
  return step <= 0 ? ctx.env.paragraphStyle : enumlevStyles[Math.min(step, 3) - 1]!
}

/** Lines of a code block in one DOCX paragraph. */
const codeLines = 100

export const blockHandlers: BlockHandlers = {
  paragraph: (node, ctx) => {
    const style = node.style && node.style !== 'normal' ? roleStyles[node.style] : ctx.env.paragraphStyle
    return ctx.paragraph({ style, children: ctx.inlines(node.children), ...(ctx.env.align ? { alignment: cellAlignment[ctx.env.align] } : {}) })
  },
  heading: (node, ctx) => {
    const style = headingStyles[Math.min(node.depth, 6) - 1]!
    const lead = node.number ? [...textRuns(ctx, node.number), tab(ctx)] : []
    return ctx.paragraph({ style, children: bookmarked(ctx, node.id, [...lead, ...ctx.inlines(node.children)]) })
  },
  section: (node, ctx) => {
    if (node.labelIndent !== undefined) {
      // A labelled row (CT, LT): "Abstract:" in bold, a tab, the text at the hanging indent.
      const indent = { left: node.labelIndent, hanging: node.labelIndent }
      const lead = [...ctx.with({ run: { ...ctx.env.run, bold: true } }).inlines(node.title), tab(ctx)]
      return withLead(ctx, node.children, { runs: lead, style: ctx.env.paragraphStyle, indent, spacingBefore: labelledGap, indentLater: true })
    }
    // The Bibliography is set like an appendix heading on a page of its own (E.119); the other
    // unnumbered blocks (Summary, Keywords, History …) open with a bold run-in heading line.
    const isBibliography = node.role === 'bibliography'
    const title = ctx.paragraph({ style: isBibliography ? ParaStyle.Appendixtitle : ParaStyle.Headingb, pageBreakBefore: isBibliography, children: bookmarked(ctx, node.id, ctx.inlines(node.title)) })
    return [title, ...ctx.flow(node.children)]
  },
  numberedParagraph: (node, ctx) =>
    ctx.paragraph({ style: ctx.env.paragraphStyle, children: bookmarked(ctx, node.id, [...textRuns(ctx, node.number), tab(ctx), ...ctx.inlines(node.children)]) }),
  definition: (node, ctx) => {
    const bold = ctx.with({ run: { ...ctx.env.run, bold: true } })
    return ctx.paragraph({
      style: ctx.env.paragraphStyle,
      children: [
        ...textRuns(bold, node.number),
        tab(ctx),
        ...bold.inlines(node.term),
        ...(node.source ? [...textRuns(ctx, ' '), ...ctx.inlines(node.source)] : []),
        ...(node.separator ? textRuns(ctx, node.separator) : []),
        ...ctx.inlines(node.children),
      ],
    })
  },
  abbreviationList,
  abbreviation,
  list: (node, ctx) => ctx.flow(node.children),
  listItem: (node, ctx) => {
    const style = itemStyle(ctx, node.number)
    const label = node.number.italic ? ctx.with({ run: { ...ctx.env.run, italics: true } }) : ctx
    return withLead(ctx, node.children, { runs: [...labelRuns(label, node.number.label), tab(ctx)], style, indentLater: style !== ctx.env.paragraphStyle })
  },
  blockquote: (node, ctx) => ctx.with({ paragraphStyle: ParaStyle.Quote }).flow(node.children),
  // Lines joined by breaks, in paragraphs of at most codeLines lines that follow each other
  // without space: a page-number estimate lays a paragraph out in time quadratic in its lines.
  code: (node, ctx) => {
    const lines = node.value.split('\n')
    const chunks = Array.from({ length: Math.ceil(lines.length / codeLines) }, (_, c) => lines.slice(c * codeLines, (c + 1) * codeLines))
    return chunks.map((chunk, c) => ctx.paragraph({
      style: ParaStyle.Code,
      ...(c ? { spacing: { before: 0 } } : {}),
      children: chunk.flatMap((line, i) => [...(i ? [run(ctx, { break: 1 }, false)] : []), run(ctx, { text: line }, false)]),
    }))
  },
  thematicBreak: (_node, ctx) => ctx.paragraph({ style: ctx.env.paragraphStyle, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } }),
  pageBreak: () => new Paragraph({ children: [new PageBreak()] }),
  pageRun: (node) => new PageRunBlock(node.numbering),
  toc,
}
