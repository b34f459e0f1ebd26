// Font files read once for a pool of worker threads and shared (build/fonts.ts, pool.ts): the
// bytes are the file's, a thread takes them instead of reading the file, and reads what it
// was not given itself.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fontData, fontFilesFor, fonts, readSharedFonts, useSharedFonts, type SharedFontFile } from '../../../src/build/fonts.js'

const byFamily = (family: string): string[] => fonts.filter((f) => f.family === family).map((f) => f.path)

describe('font files shared by the threads of a build', () => {
  it('are the faces of the families the languages need', () => {
    expect(fontFilesFor(['en', 'fr', 'ru'])).toEqual(byFamily('Tinos'))
    expect(fontFilesFor(['zh', 'ar', 'en'])).toEqual([...byFamily('Tinos'), ...byFamily('Noto Naskh Arabic'), ...byFamily('Noto Serif SC')])
  })

  it('hold the bytes of each file, read into memory every thread can read; a file that cannot be read gives nothing', async () => {
    const paths = [...byFamily('Noto Naskh Arabic'), '/nonexistent/itudoc.ttf']
    const read = await Promise.all(readSharedFonts(paths))
    expect(read[2]).toBeUndefined()
    for (const [i, path] of paths.slice(0, 2).entries()) {
      expect(read[i]!.path).toBe(path)
      expect(read[i]!.bytes).toBeInstanceOf(SharedArrayBuffer)
      expect(Buffer.from(read[i]!.bytes).equals(readFileSync(path))).toBe(true)
    }
  })

  it('are what a thread given them uses, taken when a face is first needed; it reads the others itself', async () => {
    const given: SharedFontFile[] = (await Promise.all(readSharedFonts(byFamily('Noto Naskh Arabic')))).map((file) => file!)
    const queue = [...given]
    useSharedFonts(() => queue.shift())
    const arabic = fonts.find((f) => f.family === 'Noto Naskh Arabic' && f.weight === 700)!
    expect(fontData(arabic).buffer).toBe(given.find((file) => file.path === arabic.path)!.bytes)
    expect(queue).toEqual([])
    const latin = fonts.find((f) => f.family === 'Tinos')!
    expect(fontData(latin).buffer).not.toBeInstanceOf(SharedArrayBuffer)
    expect(fontData(latin).equals(readFileSync(latin.path))).toBe(true)
  })
})
