// A footnote in an annex title (issue 8 item 14): numbered 1 with its text in every format,
// the notes after it numbered on from it (2, 3), and in DOCX a reference to a real footnote.
import { describe, expect, it } from 'vitest'
import { faceInputs } from '../../src/build/fonts.js'
import { layoutDocument } from '../../src/layout/index.js'
import { docxOf, paragraphs } from '../docx/helpers.js'
import { htmlOf, resolution, resolveText } from '../helpers.js'
import { contentTexts } from './layout/support.js'

const source = resolution(`:::resolves
1. to carry out the plan in :ref{#plan}.
:::

::::annex[Plan of action[^title]]{#plan}

The plan runs for four years[^years] and is reviewed each year[^review].

::::

[^title]: As revised by the Conference in its final plenary.
[^years]: From 2026 to 2029.
[^review]: By the advisory group.
`)

const notes = ['As revised by the Conference in its final plenary.', 'From 2026 to 2029.', 'By the advisory group.']

describe('a footnote in an annex title', () => {
  it('resolves to footnote 1, the notes in the annex text to 2 and 3', async () => {
    const { doc } = await resolveText(source)
    expect(doc!.root.footnotes.map((f) => f.number)).toEqual([1, 2, 3])
  })

  it('HTML: the title\'s marker links to note 1, which holds its text; the others follow', async () => {
    const { html } = await htmlOf(source)
    const title = /<span class="annex-title">[\s\S]*?<\/span><\/h\d>/.exec(html)![0]
    expect(title).toMatch(/href="#fn-1"/)
    expect(html).not.toMatch(/fn-0/)
    notes.forEach((text, i) => expect(html).toMatch(new RegExp(`id="fn-${i + 1}"[^>]*>[\\s\\S]*?${text}`)))
  })

  it('DOCX: the title references a footnote that exists and holds its text, then notes 2 and 3', async () => {
    const { parts } = await docxOf(source)
    const document = parts['word/document.xml']!
    const title = paragraphs(document).find((p) => p.text.includes('Plan of action'))!
    const id = /<w:footnoteReference w:id="(\d+)"\/>/.exec(title.xml)![1]
    const ids = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])
    expect(ids).toEqual([id, String(Number(id) + 1), String(Number(id) + 2)])
    const footnotes = parts['word/footnotes.xml']!
    notes.forEach((text, i) => {
      const note = new RegExp(`<w:footnote [^>]*w:id="${Number(id) + i}"[^>]*>([\\s\\S]*?)</w:footnote>`).exec(footnotes)
      expect(note?.[1], text).toContain(text)
    })
  })

  it('PDF: the annex page prints marks 1, 2, 3 and the three notes at its foot', async () => {
    const { doc } = await resolveText(source)
    const layout = layoutDocument({ root: doc!.root, faces: faceInputs(), asset: () => undefined })
    const page = layout.pages.find((p) => contentTexts(p).some((t) => t.text.includes('Plan of action')))!
    expect(page.facts.footnotes.map((f) => f.number)).toEqual([1, 2, 3])
    const area = page.footnoteArea!
    const foot = contentTexts(page).filter((t) => t.y >= area.y).map((t) => t.text).join('').replace(/\s+/g, ' ')
    for (const [i, text] of notes.entries()) expect(foot).toContain(`${i + 1}${text}`.replace(/\s+/g, ' '))
  })
})
