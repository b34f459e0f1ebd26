// The DOCX container: laid out byte for byte as fflate's zipSync lays it out, whether a part
// is deflated anew or taken from what earlier documents kept.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createDeflateCache, zipParts } from '../../../../src/render/docx/zip.js'

const mtime = new Date(2026, 0, 1, 12, 34, 56)
const parts: Array<[string, Uint8Array]> = [
  ['[Content_Types].xml', strToU8('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', strToU8(`<w:document>${'<w:p><w:r><w:t>Résolution 1 – قرار</w:t></w:r></w:p>'.repeat(400)}</w:document>`)],
  ['word/média/é.bin', new Uint8Array(3000).map((_, i) => (i * 7919) % 251)],
  ['word/empty.xml', new Uint8Array(0)],
]
const fflate = (entries: Array<[string, Uint8Array]>) => zipSync(Object.fromEntries(entries.map(([name, raw]) => [name, [raw, { mtime }]])), { level: 6 })

describe('zipParts', () => {
  it('writes what zipSync writes at level 6, UTF-8 names included', () => {
    expect(Buffer.from(zipParts(parts, mtime, createDeflateCache())).equals(Buffer.from(fflate(parts)))).toBe(true)
  })

  it('keeps a part once it repeats, and writes the same bytes from it', () => {
    const cache = createDeflateCache()
    zipParts(parts, mtime, cache)
    expect(cache.kept.size).toBe(0)
    zipParts(parts, mtime, cache)
    expect(cache.kept.size).toBe(parts.length)
    const changed: Array<[string, Uint8Array]> = [parts[0]!, ['word/document.xml', strToU8('<w:document/>')], parts[2]!]
    expect(Buffer.from(zipParts(changed, mtime, cache)).equals(Buffer.from(fflate(changed)))).toBe(true)
  })

  it('keeps nothing past its room', () => {
    const cache = createDeflateCache(100)
    zipParts(parts, mtime, cache)
    zipParts(parts, mtime, cache)
    expect([...cache.kept.keys()]).toHaveLength(2) // the content types and the empty part
  })
})
