// The bundle renders page shells from templates precompiled by scripts/bundle.js, the sources
// compile them when first used: both must write the same page, character for character.
import Handlebars from 'handlebars'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'

const layout = readFileSync('templates/_base/page.hbs', 'utf8')
const partials = { 'before-cover': '<p class="x">{{title}}</p>', 'after-cover': '{{#if justified}}<hr>{{/if}}', 'after-body': '' }
const vars = { lang: 'ar', dir: 'rtl' as const, title: 'Title <&> "quoted"', css: 'p{}', generator: 'itudoc test', nav: '<nav></nav>', cover: '<div>cover</div>', body: '<p>body</p>', footnotes: '', closingRule: true, justified: false }

const precompiled = vi.hoisted(() => ({ shells: undefined as Map<string, unknown> | undefined }))
vi.mock('../../src/render/html/precompiled-shells.js', () => ({
  get precompiledShells() {
    return precompiled.shells
  },
}))

describe('page shells', () => {
  it('precompiled with the options used at run time, write the page the compiled shell writes', async () => {
    const { renderPage, shellCompileOptions } = await import('../../src/render/html/page.js')
    const compiled = renderPage({ layout, partials }, vars)
    // What scripts/bundle.js puts in the bundle: each source's precompiled specification.
    precompiled.shells = new Map([layout, ...Object.values(partials)].map((source) => [source, new Function(`return ${Handlebars.precompile(source, shellCompileOptions)}`)() as unknown]))
    const fromSpecs = renderPage({ layout, partials }, vars)
    expect(fromSpecs).toBe(compiled)
    expect(fromSpecs).toContain('Title &lt;&amp;&gt; &quot;quoted&quot;')
    expect(fromSpecs).toContain('<body')
  })
})
