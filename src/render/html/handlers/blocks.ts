// Generic blocks → hast: paragraphs, headings (number + tab + text), numbered report
// paragraphs, definitions, abbreviations, lists with printed labels, sections, TOC.
import { isLeftToRightLabel } from '../../../model/direction.js'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Handlers } from '../../walk.js'
import type { HtmlContext } from '../context.js'

type BlockHandlers = Pick<Handlers<HtmlContext, ElementContent>,
  'paragraph' | 'heading' | 'section' | 'numberedParagraph' | 'definition' | 'abbreviationList' | 'abbreviation' | 'list' | 'listItem' |
  'blockquote' | 'code' | 'thematicBreak' | 'pageBreak' | 'pageRun' | 'toc'>

const tab = (): ElementContent => h('span.tab', '\t')
const label = (text: string, className = 'label'): ElementContent => h(`span.${className}`, text)

/** Body headings start at h2: the document title on the cover is the page's h1. */
export function headingLevel(depth: number): string {
  return `h${Math.min(6, depth + 1)}`
}

export const blockHandlers: BlockHandlers = {
  paragraph: (node, ctx) => h('p', { className: node.style && node.style !== 'normal' ? [node.style] : undefined }, ctx.walk.all(node.children, ctx)),
  heading: (node, ctx) =>
    h(headingLevel(node.depth + ctx.headingOffset), { id: node.id }, node.number ? [label(node.number, 'num'), tab(), ...ctx.walk.all(node.children, ctx)] : ctx.walk.all(node.children, ctx)),
  // A labelled row ("Abstract:" beside its text, CT/LT) sets its title in a column of its own.
  section: (node, ctx) =>
    h(`section.section.section-${node.role}${node.labelIndent !== undefined ? '.labelled' : ''}`, { id: node.id }, [h('h2.headingb', ctx.walk.all(node.title, ctx)), ...ctx.walk.all(node.children, ctx)]),
  numberedParagraph: (node, ctx) => h('p.numbered', { id: node.id }, [label(node.number, 'num'), tab(), ...ctx.walk.all(node.children, ctx)]),
  definition: (node, ctx) =>
    h('p.definition', [
      label(node.number, 'num'),
      tab(),
      h('strong', ctx.walk.all(node.term, ctx)),
      ...(node.source ? [{ type: 'text' as const, value: ' ' }, ...ctx.walk.all(node.source, ctx)] : []),
      ...(node.separator ? [{ type: 'text' as const, value: node.separator }] : []),
      ...ctx.walk.all(node.children, ctx),
    ]),
  // Entries in aligned columns: a layout table, one column per field (tabs in the text copied).
  abbreviationList: (node, ctx) =>
    h(`table.entries.entries-${node.kind}`, { role: 'presentation' }, h('tbody', node.children.map((entry) =>
      h('tr', Array.from({ length: node.columns }, (_, i) => h('td', ctx.walk.all(entry.fields[i] ?? [], ctx))))))),
  // An entry outside a list (resolve always makes one): its fields separated by tabs.
  abbreviation: (node, ctx) => h('p.abbreviation', node.fields.flatMap((field, i) => [...(i ? [tab()] : []), ...ctx.walk.all(field, ctx)])),
  list: (node, ctx) => h(node.ordered ? 'ol.enum' : 'ul.enum', { role: 'list' }, ctx.walk.all(node.children, ctx)),
  listItem: (node, ctx) => {
    // In a right-to-left page a label of digits or Latin letters reads left to right (model/direction.ts).
    const className = node.number.italic ? 'label.italic' : 'label'
    const itemLabel = ctx.root.dir === 'rtl' && isLeftToRightLabel(node.number.label) ? h(`span.${className}`, { dir: 'ltr' }, node.number.label) : label(node.number.label, className)
    return h(`li.enumlev${Math.min(node.number.level, 3)}`, [itemLabel, tab(), ...ctx.walk.all(node.children, ctx)])
  },
  blockquote: (node, ctx) => h('blockquote', ctx.walk.all(node.children, ctx)),
  code: (node) => h('pre', h('code', node.value)),
  thematicBreak: () => h('hr'),
  // Pages are the printer's business in HTML.
  pageBreak: () => undefined,
  // A new part of a published text (front matter, body): a new page in print.
  pageRun: (node) => h(`div.page-run.page-run-${node.role}`, { role: 'separator' }),
  toc: (node) =>
    h('nav.toc', { ariaLabelledBy: 'toc-title' }, [
      h('h2#toc-title.toc-title', node.title),
      h('ol.toc-entries', { role: 'list' }, node.entries.map((entry) =>
        h(`li.toc${entry.level}`, h('a', { href: `#${entry.targetId}` }, entry.number ? [label(entry.number, 'num'), tab(), entry.text] : entry.text)))),
    ]),
}
