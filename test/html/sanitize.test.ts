// The HTML writer's last line of defence (issue 12): an image URL that reaches the page is
// http(s) or a data: URL of an image type itudoc embeds — never data:text/html, never
// javascript:, never an SVG with script — and an image refused keeps its alt text.
import { describe, expect, it } from 'vitest'
import { isAllowedImage, restrictImages } from '../../src/render/html/sanitize.js'
import { htmlOf } from '../helpers.js'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const png = 'data:image/png;base64,iVBORw0KGgo='
const safeSvg = `data:image/svg+xml;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')}`
const scriptSvg = `data:image/svg+xml;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')}`

describe('image URLs allowed in a page', () => {
  it.each([
    [png, true],
    ['https://www.itu.int/logo.png', true],
    [safeSvg, true],
    [scriptSvg, false],
    [`data:text/html;base64,${base64('<script>alert(1)</script>')}`, false],
    ['data:image/png,not-base64', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['images/figure.png', false],
  ])('%s → %s', (src, allowed) => {
    expect(isAllowedImage(src)).toBe(allowed)
  })

  it('replaces a refused image by its alt text and keeps an allowed one', () => {
    const tree = {
      type: 'root' as const,
      children: [{
        type: 'element' as const, tagName: 'p', properties: {},
        children: [
          { type: 'element' as const, tagName: 'img', properties: { src: 'data:text/html;base64,PHNjcmlwdD4=', alt: 'Map of the region' }, children: [] },
          { type: 'element' as const, tagName: 'img', properties: { src: png, alt: 'Logo' }, children: [] },
        ],
      }],
    }
    restrictImages()(tree)
    expect(tree.children[0]!.children[0]).toEqual({ type: 'text', value: 'Map of the region' })
    expect(tree.children[0]!.children[1]).toMatchObject({ tagName: 'img', properties: { src: png } })
  })

  it('keeps a data: URL that is not an image out of a rendered page', async () => {
    // A source that writes a data: URL as a link or an image gets none of it in the page.
    const { html, findings } = await htmlOf([
      '---', 'template: report', 'title: Links', 'author: A. Author', 'date: 2026-01-05', '---', '',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [run](javascript:alert(1)).', '',
      '![A chart](data:text/html;base64,PHNjcmlwdD4=)', '',
    ].join('\n'))
    const body = html.replace(/<head>[\s\S]*?<\/head>/, '')
    expect(body).not.toMatch(/data:text\/html|javascript:/)
    expect(body).toContain('click')
    expect(findings.filter((f) => f.ruleId === 'markdown/unsafe-link').map((f) => f.message)).toEqual([
      'Link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not allowed.',
      'Link "javascript:alert(1)" is not allowed.',
    ])
    expect(findings.some((f) => f.ruleId === 'source/path-escape')).toBe(true)
  })
})
