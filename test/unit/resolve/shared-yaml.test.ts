// document.yaml is parsed once per text and file (every language of a document reads it):
// each variant still gets values of its own, a changed text is read again (watch mode), and
// an error in it is reported on every variant that reads it.
import { describe, expect, it } from 'vitest'
import { resolveText } from '../../helpers.js'

const body = (lang: string): string => `---\nlang: ${lang}\n---\n\n:::resolves\n1. to act.\n:::\n`
const shared = (title: string): string => `template: resolution\nbody: WTDC\nnumber: 37\nrevised: true\nplace: Baku\nyear: 2025\ntitle: ${title}\nconvening: The World Telecommunication Development Conference (Baku, 2025),\n`

describe('document.yaml read by several variants', () => {
  it('gives each variant the same metadata, in objects of its own', async () => {
    const en = await resolveText(body('en'), { shared: shared('Bridging the gap') })
    const fr = await resolveText(body('fr'), { shared: shared('Bridging the gap') })
    expect(en.findings).toEqual([])
    expect(fr.findings).toEqual([])
    expect(fr.doc!.metadata.meta).toEqual(en.doc!.metadata.meta)
    expect(fr.doc!.metadata.meta.title).toBe('Bridging the gap')
    expect(fr.doc!.metadata.meta).not.toBe(en.doc!.metadata.meta)
  })

  it('reads a changed document.yaml again', async () => {
    await resolveText(body('en'), { shared: shared('First title') })
    const changed = await resolveText(body('en'), { shared: shared('Second title') })
    expect(changed.doc!.metadata.meta.title).toBe('Second title')
    const back = await resolveText(body('es'), { shared: shared('First title') })
    expect(back.doc!.metadata.meta.title).toBe('First title')
  })

  it('reports a syntax error in it for every variant that reads it', async () => {
    const broken = `${shared('Broken')}place: [Baku\n`
    for (const lang of ['en', 'ar']) {
      const { doc, findings } = await resolveText(body(lang), { shared: broken })
      expect(doc).toBeUndefined()
      expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['metadata/yaml-syntax document.yaml:9', 'metadata/yaml-syntax document.yaml:10'])
    }
  })
})
