// The page shell: a handlebars layout (templates/_base/page.hbs) with partials a template
// may override. Everything interpolated with {{…}} is escaped by handlebars; only the
// writer's own sanitized HTML goes through {{{…}}}.
import Handlebars from 'handlebars'

/** The layout and partial sources of one template. */
export interface PageShell { layout: string; partials: Record<string, string> }

export interface PageVars {
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  css: string
  generator: string
  /** The language switcher and download links, already escaped (nav.ts). */
  nav: string
  cover: string
  body: string
  footnotes: string
  closingRule: boolean
  /** Body text justified, as in ITU's published texts. */
  justified: boolean
}

const compiled = new WeakMap<PageShell, Handlebars.TemplateDelegate<PageVars>>()

export function renderPage(shell: PageShell, vars: PageVars): string {
  let template = compiled.get(shell)
  if (!template) {
    const env = Handlebars.create()
    for (const [name, source] of Object.entries(shell.partials)) env.registerPartial(name, source)
    template = env.compile<PageVars>(shell.layout, { strict: true, noEscape: false })
    compiled.set(shell, template)
  }
  return template(vars)
}
