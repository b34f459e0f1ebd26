// fontkit as scripts/bundle.js compiles it into the bundles (scripts/bundled-fontkit.js): it
// decodes later, or less, but shapes every word and reads every metric as plain fontkit does.
import type { Plugin } from 'esbuild'
import * as fontkit from 'fontkit'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fontData, fonts, type FontFile } from '../../src/build/fonts.js'
import { root, runBundled } from '../bundled.js'

// A script of scripts/, which the type checker does not read.
const pluginModule = join(root, 'scripts', 'bundled-fontkit.js')
const fontkitSource = join(root, 'node_modules', 'fontkit', 'dist', 'module.mjs')

/** What the post test reads of a font beyond what layout declares (src/layout/vendor.d.ts). */
type FontWithPost = fontkit.Font & { italicAngle: number; post: { version: number; isFixedPitch: number }; getGlyph(id: number): { name: string } }

interface PluginModule { bundledFontkit: Plugin; patchedFontkit(code: string, file: string): string }

let plugin: PluginModule
let patched: typeof fontkit

beforeAll(async () => {
  plugin = (await import(pluginModule)) as PluginModule
  patched = (await runBundled<{ fontkit: typeof fontkit }>('bundled-fontkit.js', 'bundledFontkit', "export * as fontkit from 'fontkit'\n")).exports.fontkit
})

const documents = join(root, 'sources', 'wtdc-25')
/** The chunks layout shapes (each up to and including a space) of the example documents in these languages, and a few of our own. */
function chunksOf(langs: string[], own: string): string[] {
  const text = langs.flatMap((lang) => ['res-digital-inclusion', 'final-report'].map((doc) => readFileSync(join(documents, doc, `${lang}.md`), 'utf8')))
  return [...new Set([...text, own].join(' ').split(/(?<=\s)/))]
}

const samples: Record<FontFile['script'], string[]> = {
  // Pairs Tinos kerns, and accented letters (marks placed by GPOS).
  latin: chunksOf(['en', 'fr', 'es', 'ru'], 'AVAST Tomorrow, Yonder WAVE “LT” Fly Ta. Vy Ŵ n̂ q̃ '),
  // Vowel signs (mark and mkmk lookups), lam-alef, kashida.
  arabic: chunksOf(['ar'], 'بِسْمِ ٱللَّهِ لا الإتحاد مُـحـمّـد '),
  han: chunksOf(['zh'], '国际电信联盟「标准」，（一）'),
}

/** A run as the PDF draws it: glyphs, their places, direction. */
function drawn(run: fontkit.GlyphRun): unknown {
  return [run.glyphs.map((glyph) => glyph.id), run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), run.direction]
}

describe('fontkit in the bundles', () => {
  it.each(fonts.map((font) => [font.file, font] as const))('shapes as plain fontkit does: %s', (_, font) => {
    const data = fontData(font)
    const plain = fontkit.create(data)
    const ours = patched.create(data)
    let kerned = 0
    for (const chunk of samples[font.script]) {
      // With the default features (a chunk, as layout measures it) and with none (a whole right-to-left run).
      for (const features of [undefined, []]) {
        const run = ours.layout(chunk, features)
        expect(drawn(run), chunk).toEqual(drawn(plain.layout(chunk, features)))
        kerned += run.positions.filter((p, i) => p.xAdvance !== run.glyphs[i]!.advanceWidth).length
      }
    }
    // The kerning lookups did apply: the runs compared are not all unkerned.
    if (font.script === 'latin') expect(kerned).toBeGreaterThan(0)
  })

  it('reads the post table without decoding its glyph names, and decodes them the same when asked', () => {
    for (const font of fonts) {
      const plain = fontkit.create(fontData(font)) as FontWithPost
      const ours = patched.create(fontData(font)) as FontWithPost
      expect([ours.underlinePosition, ours.underlineThickness, ours.italicAngle, ours.post.isFixedPitch]).toEqual([plain.underlinePosition, plain.underlineThickness, plain.italicAngle, plain.post.isFixedPitch])
      if (ours.post.version !== 2) continue
      // Still a getter: never read.
      expect(typeof Object.getOwnPropertyDescriptor(ours.post, 'names')?.get).toBe('function')
      for (let id = 0; id < 300; id++) expect(ours.getGlyph(id).name).toBe(plain.getGlyph(id).name)
    }
  })

  it('fails the build when fontkit no longer reads as expected', () => {
    const source = readFileSync(fontkitSource, 'utf8')
    expect(() => plugin.patchedFontkit(source, fontkitSource)).not.toThrow()
    for (const [from, to] of [
      ['for (let pair of set)', 'for (const pair of set)'],
      ["glyphNameIndex: new $52ZIf$Array($52ZIf$uint16, 'numberOfGlyphs')", 'glyphNameIndex: new $52ZIf$Array($52ZIf$uint16)'],
      ['table.backtrackCoverage) && this.coverageSequenceMatches(0, table.inputCoverage)', 'table.backtrackCoverage) && this.coverageSequenceMatches(0, table.coverage)'],
    ] as const) {
      expect(source).toContain(from)
      expect(() => plugin.patchedFontkit(source.replace(from, to), fontkitSource)).toThrow(/has fontkit changed\? \(scripts\/bundled-fontkit\.js\)/)
    }
  })
})
