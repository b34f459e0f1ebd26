// The sanitize schema: what the HTML writer may emit, and nothing else. Sources never carry
// raw HTML into the tree (resolve drops and reports it); this is the second line of defence.
import { defaultSchema, type Options } from 'rehype-sanitize'

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
