// The DOCX container: laid out byte for byte as fflate's zipSync lays it out, headers and
// order, with each part deflated by zlib (so only the deflated bytes, and the sizes that
// count them, differ), whether a part is deflated anew or taken from what earlier documents kept.
import { strToU8, unzipSync, zipSync } from 'fflate'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createDeflateCache, zipParts } from '../../../../src/render/docx/zip.js'

const mtime = new Date(2026, 0, 1, 12, 34, 56)
const parts: Array<[string, Uint8Array]> = [
  ['[Content_Types].xml', strToU8('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', strToU8(`<w:document>${'<w:p><w:r><w:t>Résolution 1 – قرار</w:t></w:r></w:p>'.repeat(400)}</w:document>`)],
  ['word/média/é.bin', new Uint8Array(3000).map((_, i) => (i * 7919) % 251)],
  ['word/empty.xml', new Uint8Array(0)],
  // Large enough to be deflated in zlib's thread pool; the others are deflated at once.
  ['word/large.xml', strToU8(`<w:document>${Array.from({ length: 8000 }, (_, i) => `<w:p><w:r><w:t>Paragraph ${i}</w:t></w:r></w:p>`).join('')}</w:document>`)],
]
const fflate = (entries: Array<[string, Uint8Array]>) => zipSync(Object.fromEntries(entries.map(([name, raw]) => [name, [raw, { mtime }]])), { level: 6 })

/**
 * A zip's records with each entry's deflated bytes left out and its compressed size and the
 * offsets that follow from them zeroed: what is left is the layout, to compare with zipSync's.
 */
function layoutOf(zip: Uint8Array): Buffer {
  const bytes = Buffer.from(zip)
  const records: Buffer[] = []
  let at = 0
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const header = Buffer.from(bytes.subarray(at, at + 30 + bytes.readUInt16LE(at + 26)))
    const compressed = header.readUInt32LE(18)
    header.writeUInt32LE(0, 18)
    records.push(header)
    at += header.length + compressed
  }
  while (bytes.readUInt32LE(at) === 0x02014b50) {
    const header = Buffer.from(bytes.subarray(at, at + 46 + bytes.readUInt16LE(at + 28)))
    header.writeUInt32LE(0, 20)
    header.writeUInt32LE(0, 42)
    records.push(header)
    at += header.length
  }
  const end = Buffer.from(bytes.subarray(at))
  end.writeUInt32LE(0, 16)
  return Buffer.concat([...records, end])
}

/** zipParts' output has zipSync's layout, each part deflated by zlib at level 6, and reads back as the parts. */
function expectZipOf(zip: Uint8Array, entries: Array<[string, Uint8Array]>): void {
  expect(layoutOf(zip).equals(layoutOf(fflate(entries)))).toBe(true)
  const written = Buffer.from(zip)
  let at = 0
  for (const [, raw] of entries) {
    const compressed = written.readUInt32LE(at + 18)
    const data = at + 30 + written.readUInt16LE(at + 26)
    expect(written.subarray(data, data + compressed).equals(deflateRawSync(raw, { level: 6 }))).toBe(true)
    at = data + compressed
  }
  expect(Object.entries(unzipSync(zip)).map(([name, raw]) => [name, Buffer.from(raw).toString('latin1')])).toEqual(entries.map(([name, raw]) => [name, Buffer.from(raw).toString('latin1')]))
}

describe('zipParts', () => {
  it("writes zipSync's layout, UTF-8 names included, with parts deflated by zlib", async () => {
    expectZipOf(await zipParts(parts, mtime, createDeflateCache()), parts)
  })

  it('keeps a part once it repeats, and writes the same bytes from it', async () => {
    const cache = createDeflateCache()
    const first = await zipParts(parts, mtime, cache)
    expect(cache.kept.size).toBe(0)
    expect(Buffer.from(await zipParts(parts, mtime, cache)).equals(Buffer.from(first))).toBe(true)
    expect(cache.kept.size).toBe(parts.length)
    const changed: Array<[string, Uint8Array]> = [parts[0]!, ['word/document.xml', strToU8('<w:document/>')], parts[2]!]
    expectZipOf(await zipParts(changed, mtime, cache), changed)
  })

  it('writes the same bytes when no part goes to the thread pool (a build whose threads fill every core)', async () => {
    const here = await zipParts(parts, mtime, createDeflateCache({ threadPool: false }))
    expectZipOf(here, parts)
    expect(Buffer.from(here).equals(Buffer.from(await zipParts(parts, mtime, createDeflateCache())))).toBe(true)
  })

  it('keeps nothing past its room', async () => {
    const cache = createDeflateCache({ room: 100 })
    await zipParts(parts, mtime, cache)
    await zipParts(parts, mtime, cache)
    expect([...cache.kept.keys()]).toHaveLength(2) // the content types and the empty part
  })
})
