// The sanitize schema: what the HTML writer may emit, and nothing else. Sources never carry
// raw HTML into the tree (resolve drops and reports it); this is the second line of defence.
import type { Root as HastRoot, Element } from 'hast'
import { defaultSchema, type Options } from 'rehype-sanitize'
import { svgProblem } from '../../model/image-format.js'

const common = ['className', 'id', 'role', 'lang', 'dir', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy']

// The default schema restricts class names per element (GitHub's footnote classes only);
// our classes carry ITU styles, so drop those per-element restrictions.
const defaults = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, list.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className'))]),
)

export const sanitizeSchema: Options = {
  ...defaultSchema,
  // Our ids come from the author's {#id} and from numbering; no prefixing.
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'article', 'aside', 'nav', 'header', 'figure', 'figcaption', 'caption', 'colgroup', 'col', 'mark', 'main'],
  attributes: {
    ...Object.fromEntries(Object.entries(defaults).map(([tag, list]) => [tag, [...list, ...common]])),
    '*': [...(defaults['*'] ?? []), ...common],
    a: [...(defaults.a ?? []), 'href', ...common],
    img: ['src', 'alt', ...common],
    ol: ['start', ...common],
    li: ['value', ...common],
    th: ['scope', 'colSpan', 'rowSpan', ...common],
    td: ['colSpan', 'rowSpan', ...common],
    // Column widths are computed by the writer from numbers, never from source text.
    col: ['style'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https', 'data'] },
  required: {},
  strip: ['script', 'style'],
}

/** The image types itudoc embeds as data: URLs (the sanitizer lets any data: URL through). */
const embedded = /^data:image\/(png|jpeg|gif|svg\+xml);base64,([A-Za-z0-9+/=]*)$/

/** Whether an image URL may stay: http(s), or a data: URL of an embedded type (an SVG only if safe). */
export function isAllowedImage(src: string): boolean {
  if (/^https?:/i.test(src)) return true
  const match = embedded.exec(src)
  if (!match) return false
  return match[1] !== 'svg+xml' || svgProblem(Buffer.from(match[2]!, 'base64').toString('utf8')) === undefined
}

/** After sanitizing: drop any image whose source is not allowed (its alt text stays, as text). */
export function restrictImages() {
  return (tree: HastRoot): void => {
    const visit = (node: HastRoot | Element): void => {
      node.children.forEach((child, i) => {
        if (child.type !== 'element') return
        if (child.tagName === 'img' && !isAllowedImage(String(child.properties.src ?? ''))) node.children[i] = { type: 'text', value: String(child.properties.alt ?? '') }
        else visit(child)
      })
    }
    visit(tree)
  }
}

/**
 * Bidirectional embeddings, overrides and isolates as character references, so that they are
 * visible to anyone reading the page's source (validate warns about them: source/bidi-control).
 */
export function escapeBidiControls(html: string): string {
  return html.replace(/[\u202A-\u202E\u2066-\u2069]/g, (char) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`)
}
