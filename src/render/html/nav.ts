// The bar at the top of every HTML page: back to the site index, the document in its other
// languages (each link in its own language and direction, with hreflang) and this variant's
// DOCX and PDF. Relative links only, so the pages work from file:// as well as a server.

export interface PageLinks {
  /** Relative URL of out/index.html. */
  index: string
  /** Every language variant of the document, this one included (marked current). */
  variants: Array<{ lang: string; name: string; dir: 'ltr' | 'rtl'; href: string; current: boolean }>
  /** This variant in the other formats built. */
  downloads: Array<{ format: string; href: string }>
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c]!)

/** A relative "/"-separated file path as an href attribute value: each segment URL-encoded
 *  (a file named "a#1.html" or "x y.pdf" must still resolve), then HTML-escaped. */
export const hrefOf = (path: string): string => escapeHtml(path.split('/').map((segment) => (segment === '..' ? segment : encodeURIComponent(segment))).join('/'))

export function navHtml(links: PageLinks | undefined): string {
  if (!links) return ''
  const item = (body: string): string => `<li>${body}</li>`
  const languages = links.variants.map(({ lang, name, dir, href, current }) =>
    item(current
      ? `<a href="${hrefOf(href)}" hreflang="${lang}" lang="${lang}" dir="${dir}" aria-current="page">${escapeHtml(name)}</a>`
      : `<a href="${hrefOf(href)}" hreflang="${lang}" lang="${lang}" dir="${dir}" rel="alternate">${escapeHtml(name)}</a>`))
  const downloads = links.downloads.map(({ format, href }) => item(`<a href="${hrefOf(href)}" type="${format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}">${format.toUpperCase()}</a>`))
  return [
    '<nav class="itudoc-nav" aria-label="Site" lang="en" dir="ltr">',
    `<a class="itudoc-index" href="${hrefOf(links.index)}">Index</a>`,
    languages.length > 1 ? `<ul class="itudoc-languages" aria-label="Languages">${languages.join('')}</ul>` : '',
    downloads.length ? `<ul class="itudoc-downloads" aria-label="Download">${downloads.join('')}</ul>` : '',
    '</nav>',
  ].join('')
}
