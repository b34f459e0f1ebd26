// Byte-identical DOCX for identical input: whatever the process rendered before (docx keeps
// bookmark and drawing counters for the life of the process), whatever the time zone, with
// embedded fonts too, for publications too; every zip entry and the core properties carry the
// build clock.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDocxShared, type DocxShared } from '../../src/render/docx/index.js'
import { docxOf, docxOfSource, testClock } from './helpers.js'

const root = join(import.meta.dirname, '..', '..')
const source = (path: string) => readFileSync(join(root, 'sources', path), 'utf8')
const arabic = (build?: DocxShared) =>
  docxOf(source('wtdc-25/res-digital-inclusion/ar.md'), { lang: 'ar', shared: source('wtdc-25/res-digital-inclusion/document.yaml'), embedFonts: true, ...(build ? { build } : {}) })
const sources = join(root, 'sources')
const publication = () => docxOfSource(join(sources, 'wtdc-25', 'final-report'), sources, 'ar')
const recommendation = (build?: DocxShared) =>
  docxOf(source('recommendations/t-e-example/en.md'), { lang: 'en', shared: source('recommendations/t-e-example/document.yaml'), path: 'sources/recommendations/t-e-example/en.md', root: join(root, 'sources'), ...(build ? { build } : {}) })

/** DOS date and time of every local file header in a zip. */
function entryTimes(zip: Uint8Array): Array<[number, number]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const times: Array<[number, number]> = []
  for (let offset = 0; view.getUint32(offset, true) === 0x04034b50;) {
    times.push([view.getUint16(offset + 12, true), view.getUint16(offset + 10, true)])
    offset += 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + view.getUint32(offset + 18, true)
  }
  return times
}

describe('DOCX determinism', () => {
  const tz = process.env.TZ
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ
    else process.env.TZ = tz
  })

  it('gives the same bytes after other documents were rendered, in another time zone, with embedded fonts', async () => {
    process.env.TZ = 'UTC'
    const first = await arabic()
    const figures = await recommendation()
    process.env.TZ = 'Asia/Tokyo'
    await recommendation()
    const second = await arabic()
    process.env.TZ = 'America/New_York'
    expect((await recommendation()).data).toEqual(figures.data)
    expect(Buffer.from(second.data).equals(Buffer.from(first.data))).toBe(true)
  })

  it('gives the same bytes when the documents of a build share their parts (styles, theme, deflated entries)', async () => {
    const alone = { recommendation: await recommendation(), arabic: await arabic() }
    const build = createDocxShared()
    // Twice each: the second time takes what the first kept (a part is kept once it repeats).
    for (let round = 0; round < 3; round++) {
      expect(Buffer.from((await recommendation(build)).data).equals(Buffer.from(alone.recommendation.data))).toBe(true)
      expect(Buffer.from((await arabic(build)).data).equals(Buffer.from(alone.arabic.data))).toBe(true)
    }
    expect(build.deflated.kept.size).toBeGreaterThan(0)
  })

  it('gives the same bytes for a publication, whatever was rendered before', async () => {
    const first = await publication()
    await recommendation()
    const second = await publication()
    expect(first.parts['word/document.xml']).toContain('<w:numRestart w:val="eachSect"/>')
    expect(Buffer.from(second.data).equals(Buffer.from(first.data))).toBe(true)
  })

  it('stamps the zip entries and the core properties with the build clock', async () => {
    process.env.TZ = 'Pacific/Auckland'
    const doc = await recommendation()
    const date = ((testClock.getUTCFullYear() - 1980) << 9) | ((testClock.getUTCMonth() + 1) << 5) | testClock.getUTCDate()
    const times = entryTimes(doc.data)
    expect(times.length).toBe(doc.files.length)
    expect(new Set(times.map(([d, t]) => `${d}:${t}`))).toEqual(new Set([`${date}:0`]))
    expect(doc.files[0]).toBe('[Content_Types].xml')
    expect(doc.parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00.000Z</dcterms:created>')
    expect(doc.parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00.000Z</dcterms:modified>')
  })
})
