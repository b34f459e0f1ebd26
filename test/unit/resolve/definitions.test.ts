// collectDefinitions against unist's visit, which it replaces (a walk that skips inline
// content): the same definitions in the same order for every Markdown file of sources/ and
// test/, and for definitions nested in a list item, an annex and a quotation; and the
// footnotes and links they define resolve.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/parse/index.js'
import { collectDefinitions, type Definition } from '../../../src/resolve/definitions.js'
import { htmlOf, resolution, resolveText } from '../../helpers.js'

const nested = resolution(`:::resolves
1. to adopt the plan[^plan];

   [^plan]: Defined inside a list item.

2. to consult [the register][register].
:::

> Quoted text.
>
> [register]: https://www.itu.int/register

::::annex[Plan]{#plan}

The plan[^annex] runs for four years.

[^annex]: Defined inside the annex.

::::
`)

function byVisit(tree: Nodes): Definition[] {
  const found: Definition[] = []
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'definition') found.push(node as Definition)
  })
  return found
}

function byWalk(tree: Nodes): Definition[] {
  const found: Definition[] = []
  collectDefinitions(tree, (definition) => found.push(definition))
  return found
}

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => join(dir, file)).sort()

describe('collectDefinitions', () => {
  it('finds what unist visit finds, in its order, in every Markdown file of sources/ and test/ and in nested definitions', () => {
    const texts = [...markdownFiles('sources'), ...markdownFiles('test')].map((file) => readFileSync(file, 'utf8'))
    texts.push(nested)
    let total = 0
    for (const text of texts) {
      const { tree } = parseMarkdown(text)
      const expected = byVisit(tree)
      expect(byWalk(tree)).toEqual(expected)
      total += expected.length
    }
    // The comparison covers real definitions, nested ones among them.
    expect(total).toBeGreaterThan(20)
    expect(byWalk(parseMarkdown(nested).tree).map((d) => d.identifier)).toEqual(['plan', 'register', 'annex'])
  })

  it('resolves footnotes and links defined in a list item, a quotation and an annex', async () => {
    const { doc } = await resolveText(nested)
    expect(doc!.root.footnotes.map((f) => f.number)).toEqual([1, 2])
    const { html } = await htmlOf(nested)
    expect(html).toContain('href="https://www.itu.int/register"')
    expect(html).toMatch(/id="fn-1"[^>]*>[\s\S]*?Defined inside a list item\./)
    expect(html).toMatch(/id="fn-2"[^>]*>[\s\S]*?Defined inside the annex\./)
  })
})
