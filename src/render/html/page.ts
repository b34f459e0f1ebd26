// The page shell: a handlebars layout (templates/_base/page.hbs) with partials a template
// may override. Everything interpolated with {{…}} is escaped by handlebars; only the
// writer's own sanitized HTML goes through {{{…}}}.
import { createRequire } from 'node:module'
import type HandlebarsModule from 'handlebars'
import runtime from 'handlebars/runtime.js'
import { precompiledShells } from './precompiled-shells.js'

type Handlebars = typeof HandlebarsModule

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

/** The options every shell is compiled with, at run time or by scripts/bundle.js. */
export const shellCompileOptions = { strict: true, noEscape: false } as const

const compiled = new WeakMap<PageShell, HandlebarsTemplateDelegate<PageVars>>()
const require = createRequire(import.meta.url)

/**
 * The shell's template. Precompiled (the bundle) it needs only handlebars' runtime; else the
 * compiler is loaded and compiles it. Either way the same template, writing the same page.
 */
function shellTemplate(shell: PageShell): HandlebarsTemplateDelegate<PageVars> {
  const specs = [shell.layout, ...Object.values(shell.partials)].map((source) => precompiledShells?.get(source))
  if (specs.every((spec) => spec !== undefined)) {
    const env = (runtime as Handlebars).create()
    Object.keys(shell.partials).forEach((name, i) => env.registerPartial(name, env.template(specs[i + 1] as TemplateSpecification)))
    return env.template<PageVars>(specs[0] as TemplateSpecification)
  }
  // Required only here: the bundle leaves the compiler out of its code (see above).
  const env = (require('handlebars') as Handlebars).create()
  for (const [name, source] of Object.entries(shell.partials)) env.registerPartial(name, source)
  return env.compile<PageVars>(shell.layout, shellCompileOptions)
}

export function renderPage(shell: PageShell, vars: PageVars): string {
  let template = compiled.get(shell)
  if (!template) compiled.set(shell, (template = shellTemplate(shell)))
  return template(vars)
}
