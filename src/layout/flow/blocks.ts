// Generic blocks → slices: paragraphs by role, numbered headings (number, tab, title),
// unnumbered sections, numbered report paragraphs, definitions, quotations, code, rules,
// page breaks and new runs of pages.
import type { BlockMap, Heading, Paragraph } from '../../model/nodes.js'
import type { InlineRun } from '../inline/collect.js'
import { TAB } from '../inline/styled.js'
import { coverStyles, rules, styles, type ParaStyle } from '../styles.js'
import { twips } from '../units.js'
import type { BlockHandler, Flow, FlowEnv } from './context.js'
import { emptySlice } from './slice.js'
import { fitted, label, plainText, ownDirection } from './text.js'

type Handlers = { [T in 'paragraph' | 'heading' | 'section' | 'numberedParagraph' | 'definition' | 'blockquote' | 'code' | 'thematicBreak' | 'pageBreak' | 'pageRun']: BlockHandler<BlockMap[T]> }

/** The style of a plain paragraph by its ITU role, in its surroundings. */
export function paragraphStyle(node: Paragraph, env: FlowEnv): ParaStyle {
  const text = env.text ?? styles.normal
  switch (node.style) {
    case 'afterTitle': return coverStyles.afterTitle
    case 'reference': case 'bibliography': return fitted(styles.reference, env)
    case 'centered': return { ...text, align: 'center' }
    default: return text
  }
}

/** Heading levels as tags: body headings start at H2, the cover title (depth 0) being H1 (as in HTML). */
export function headingTag(depth: number, env: FlowEnv): string {
  return `H${Math.min(6, depth + 1 + env.headingShift)}`
}

const headingStyles = [styles.heading1, styles.heading2, styles.heading3, styles.heading4] as const

/** A heading in a style: number, tab and title, tagged by level, a destination and an outline entry. */
export function layoutHeading(node: Heading, style: ParaStyle, flow: Flow, env: FlowEnv): void {
  const runs: InlineRun[] = node.number ? [{ inlines: label(node.number, node.position), separator: TAB }, { inlines: node.children }] : [{ inlines: node.children }]
  const title = [node.number, plainText(node.children)].filter(Boolean).join(' ')
  flow.paragraph(runs, style, env, {
    role: headingTag(node.depth, env),
    ...(node.id ? { destination: node.id } : {}),
    mark: { title, level: node.depth + env.headingShift },
  })
}

/** Space above a section set as a labelled row: a blank line under the cover (CT, LT). */
const labelledGap = 12

/**
 * A section set as a labelled row: "Abstract:" in bold at the margin, its first paragraph
 * from the tab at `indent` on, its other blocks at that indent.
 */
function labelledSection(node: BlockMap['section'], flow: Flow, env: FlowEnv, indent: number): void {
  const style: ParaStyle = { ...fitted(styles.normal, env), indent, firstLine: -indent, before: labelledGap }
  const [first, ...rest] = node.children
  const lead: InlineRun = { inlines: node.title, style: { bold: true }, separator: TAB, tag: flow.kit.struct.add('H', env.tag) }
  flow.paragraph([lead, ...(first?.type === 'paragraph' ? [{ inlines: first.children }] : [])], style, env)
  // The indent is from the start edge: the right one in right-to-left text.
  const inner = { ...env, left: env.dir === 'rtl' ? env.left : env.left + indent, width: env.width - indent }
  flow.blocks(first?.type === 'paragraph' ? rest : node.children, inner)
}

export const blockHandlers: Handlers = {
  paragraph: (node, flow, env) => {
    // Body paragraphs only: a table cell keeps its column's direction and alignment.
    flow.paragraph([{ inlines: node.children }], paragraphStyle(node, env), env.text ? env : ownDirection(node.children, env))
  },
  heading: (node, flow, env) => layoutHeading(node, headingStyles[Math.min(node.depth, 4) - 1]!, flow, env),
  section: (node, flow, env) => {
    const tag = flow.kit.struct.add('Sect', env.tag)
    if (node.labelIndent !== undefined) return labelledSection(node, flow, { ...env, tag }, twips(node.labelIndent))
    // The Bibliography is set like an appendix title, on a new page (E.119); the other
    // unnumbered blocks (Summary, Keywords, History …) open with a bold run-in heading line.
    const isBibliography = node.role === 'bibliography'
    if (isBibliography) flow.marker(env).pageBreakBefore = true
    flow.paragraph([{ inlines: node.title }], isBibliography ? styles.annexTitle : styles.headingB, { ...env, tag }, {
      role: headingTag(1, env),
      mark: { title: plainText(node.title), level: 1 + env.headingShift },
      ...(node.id ? { destination: node.id } : {}),
    })
    flow.blocks(node.children, { ...env, tag })
  },
  numberedParagraph: (node, flow, env) =>
    void flow.paragraph([{ inlines: label(node.number, node.position), separator: TAB }, { inlines: node.children }], fitted(styles.numbered, env), env, node.id ? { destination: node.id } : {}),
  definition: (node, flow, env) => {
    // Number and term in bold, the source and the colon not (as the HTML writer sets them).
    const runs: InlineRun[] = [
      { inlines: label(node.number, node.position), style: { bold: true }, separator: TAB },
      { inlines: node.term, style: { bold: true } },
      ...(node.source ? [{ inlines: label(' ', node.position) }, { inlines: node.source }] : []),
      ...(node.separator ? [{ inlines: label(node.separator, node.position) }] : []),
      { inlines: node.children },
    ]
    flow.paragraph(runs, fitted(styles.normal, env), env)
  },
  blockquote: (node, flow, env) => {
    const indent = twips(794)
    flow.blocks(node.children, { ...env, tag: flow.kit.struct.add('BlockQuote', env.tag), left: env.left + indent, width: env.width - 2 * indent })
  },
  code: (node, flow, env) => {
    // Spaces become no-break spaces so indentation survives white-space folding.
    const lines = node.value.split('\n')
    const inlines = lines.flatMap((line, i) => [
      ...(i ? [{ type: 'break' as const, position: node.position }] : []),
      { type: 'text' as const, value: line.replace(/ /g, '\u00a0') || '\u00a0', position: node.position },
    ])
    flow.paragraph([{ inlines }], fitted(styles.code, env), env, { role: 'Code' })
  },
  thematicBreak: (_node, flow, env) => {
    const y = 6
    flow.emit({ ...emptySlice(env.orientation), height: 2 * y, before: 6, items: [{ kind: 'line', x1: env.left, y1: y, x2: env.left + env.width, y2: y, width: rules.hairline }] })
  },
  pageBreak: (_node, flow, env) => void (flow.marker(env).pageBreakBefore = true),
  pageRun: (node, flow) => flow.newPages(node.numbering),
}
