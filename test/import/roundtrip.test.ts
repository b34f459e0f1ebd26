// Round trip: every example in sources/, in every language, built to DOCX, imported, and
// built to HTML again gives the text of the direct HTML (≥ 99 % word similarity), the same
// labels in the same order (clause and paragraph numbers, item labels, notes, captions,
// footnotes) and the same front matter.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importedFiles, importWordFile } from '../../src/build/import.js'
import { resolveSources, type ResolvedVariant } from '../../src/build/sources.js'
import { tree } from '../helpers.js'
import type { SourceEnv } from '../../src/build/sources.js'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { difference, docxBytes, htmlText, importBytes, labelSequence, similarity, sourceEnv } from './helpers.js'

const root = join(import.meta.dirname, '..', '..', 'sources')

/** The package without docProps/custom.xml, as another writer would leave it. */
function withoutCustomProperties(data: Uint8Array): Uint8Array {
  const files = unzipSync(data)
  delete files['docProps/custom.xml']
  files['[Content_Types].xml'] = strToU8(new TextDecoder().decode(files['[Content_Types].xml']).replace(/<Override PartName="\/docProps\/custom.xml"[^>]*\/>/, ''))
  return zipSync(files)
}

/**
 * What a cover can show of a source value: a date printed as (05/2027) is read as the first
 * of the month; an object (a liaison statement's Questions) may show some of its keys.
 */
function coverView(read: unknown, source: unknown): unknown {
  if (typeof read === 'string' && typeof source === 'string' && /^\d{4}-\d{2}-01$/.test(read) && /^\d{4}-\d{2}-\d{2}$/.test(source)) return `${source.slice(0, 7)}-01`
  if (typeof source === 'number' && typeof read === 'string') return String(source)
  if (read && source && typeof read === 'object' && typeof source === 'object' && !Array.isArray(read)) {
    return Object.fromEntries(Object.keys(read).map((key) => [key, (source as Record<string, unknown>)[key]]))
  }
  return source
}

let variants: ResolvedVariant[] = []
let publications: ResolvedVariant[] = []
let env: SourceEnv
beforeAll(async () => {
  env = await sourceEnv(root)
  const set = await resolveSources({ paths: [root], root })
  variants = set.variants.filter((v) => v.resolved && !v.resolved.template.compiles)
  publications = set.variants.filter((v) => v.resolved?.template.compiles)
})

describe('round trip of the examples: source → DOCX → import → HTML', () => {
  it('covers every example variant', () => {
    expect(variants.length).toBeGreaterThanOrEqual(16)
  })
  it.each(Array.from({ length: 24 }, (_, i) => i))('variant %i', async (i) => {
    const variant = variants[i]
    if (!variant) return
    const doc = variant.resolved!
    const name = `${variant.document.id}-${doc.root.lang}`
    const data = await docxBytes(doc, root)
    const { imported, word, findings } = importBytes(data, join(root, `${variant.document.id}.${doc.root.lang}.docx`), root, env)
    expect(findings.filter((f) => f.severity === 'error'), `${name}\n${imported.markdown}`).toEqual([])
    const back = word.variant.resolved!
    const direct = await htmlText(doc)
    const again = await htmlText(back)
    const score = similarity(direct, again)
    console.log(name, score.toFixed(4), JSON.stringify(difference(direct, again)))
    expect(labelSequence(back.root), name).toEqual(labelSequence(doc.root))
    expect(score, `${name}: ${JSON.stringify(difference(direct, again))}`).toBeGreaterThanOrEqual(0.99)
    expect(back.metadata.meta, name).toEqual(doc.metadata.meta)
    expect(back.root.lang).toBe(doc.root.lang)

    // Without the metadata itudoc stores in the file, what the cover shows is read back from
    // the cover itself: every field read has the source's value.
    const bare = importBytes(withoutCustomProperties(data), join(root, `${variant.document.id}.${doc.root.lang}.docx`), root, env)
    const read = bare.imported.metadata
    const fields = Object.keys(read).filter((key) => key !== 'template' && key !== 'lang')
    console.log(name, 'cover fields', fields.join(','), 'missing', Object.keys(doc.metadata.meta).filter((k) => !(k in read)).join(','))
    for (const key of fields) expect(read[key], `${name}: ${key}`).toEqual(coverView(read[key], doc.metadata.meta[key]))
    expect(bare.imported.template).toBe(doc.template.id)
  })
})

describe('round trip of the publications: the publication and each document it compiles', () => {
  it('covers the final report in six languages', () => {
    expect(publications.map((v) => v.resolved!.root.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
  })
  it.each(['ar', 'en', 'es', 'fr', 'ru', 'zh'])('%s', async (lang) => {
    const variant = publications.find((v) => v.resolved!.root.lang === lang)!
    const doc = variant.resolved!
    const data = await docxBytes(doc, root)
    const folder = tree({})
    const file = join(folder, 'final-report.docx')
    writeFileSync(file, data)
    const { imported, findings } = await importWordFile({ file }, env)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(imported!.template).toBe('publication')
    for (const [path, content] of importedFiles(imported!, { file, out: join(folder, 'report') })) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content)
    }
    const set = await resolveSources({ paths: [join(folder, 'report')], root: folder })
    expect(set.findings.filter((f) => f.severity === 'error')).toEqual([])
    const back = set.variants[0]!.resolved!
    const direct = await htmlText(doc)
    const again = await htmlText(back)
    expect(similarity(direct, again), JSON.stringify(difference(direct, again))).toBeGreaterThanOrEqual(0.99)
    expect(labelSequence(back.root)).toEqual(labelSequence(doc.root))
    // The publication's own fields; its parts name the imported documents.
    const { parts: _parts, ...fields } = doc.metadata.meta
    const { parts, ...backFields } = back.metadata.meta
    expect(backFields).toEqual(fields)
    expect(parts).toEqual([{ title: (doc.metadata.meta.parts as Array<{ title: Record<string, string> }>)[0]!.title[lang], documents: ['resolution-96'] }])
    // Each compiled document has the metadata of its source.
    expect(back.included.map((d) => d.metadata.meta)).toEqual(doc.included.map((d) => d.metadata.meta))
  })
})
