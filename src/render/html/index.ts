// The HTML writer: resolved tree → one self-contained page. Handlers build hast, which is
// sanitized and serialized, then placed in the template's handlebars page shell.
import type { ElementContent, Root as HastRoot } from 'hast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import type { ItuRoot } from '../../model/nodes.js'
import { createWalker } from '../walk.js'
import type { HtmlContext } from './context.js'
import { footnotesSection } from './handlers/footnotes.js'
import { handlers } from './handlers/index.js'
import { navHtml, type PageLinks } from './nav.js'
import { renderPage, type PageShell } from './page.js'
import { escapeBidiControls, restrictImages, sanitizeSchema } from './sanitize.js'

export type { PageShell } from './page.js'
export type { PageLinks } from './nav.js'

export interface HtmlOptions {
  shell: PageShell
  /** Image path → URL (data: URL for self-contained pages). */
  assetUrl(src: string): string
  /** Stylesheet text inlined in the page (fonts, print rules). */
  css: string
  /** Tool version for the generator meta tag. */
  generator: string
  /** The language switcher and download links (none for a page on its own). */
  links?: PageLinks
}

const walker = createWalker(handlers)
const serializer = unified().use(rehypeSanitize, sanitizeSchema).use(restrictImages).use(rehypeStringify, { allowDangerousHtml: false }).freeze()

function toHtml(children: ElementContent[]): string {
  const tree: HastRoot = { type: 'root', children }
  return serializer.stringify(serializer.runSync(tree) as HastRoot)
}

export function renderHtml(root: ItuRoot, options: HtmlOptions): string {
  const ctx: HtmlContext = { walk: walker, root, assetUrl: options.assetUrl, headingOffset: 0, footnoteScope: '', footnoteRefs: new Map() }
  const cover = toHtml(walker.one(root.cover, ctx))
  const body = toHtml(walker.all(root.children, ctx))
  const footnotes = toHtml(footnotesSection(root.footnotes, ctx))
  return escapeBidiControls(renderPage(options.shell, {
    lang: root.lang,
    dir: root.dir,
    title: root.title,
    css: options.css,
    generator: options.generator,
    nav: navHtml(options.links),
    cover,
    body,
    footnotes,
    closingRule: root.closingRule,
    justified: root.justified === true,
  }))
}
