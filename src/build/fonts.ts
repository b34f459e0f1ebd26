// The fonts itudoc ships (npm packages, never system fonts): Tinos (metric-compatible with
// Times New Roman) for Latin and Cyrillic, Noto Naskh Arabic, Noto Serif SC.
import { readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FaceInput, FaceScript } from '../layout/fonts/face.js'

export interface FontFile {
  family: string
  weight: 400 | 700
  style: 'normal' | 'italic'
  /** Absolute path of the TTF. */
  path: string
  /** File name used when copied next to outputs. */
  file: string
  /** The writing system the PDF layout chooses this family for first. */
  script: FaceScript
}

const require = createRequire(import.meta.url)
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`))
}

const scripts: Record<string, FaceScript> = { Tinos: 'latin', 'Noto Naskh Arabic': 'arabic', 'Noto Serif SC': 'han' }

const spec: Array<[string, string, FontFile['weight'], FontFile['style'], string]> = [
  ['Tinos', '@expo-google-fonts/tinos', 400, 'normal', '400Regular/Tinos_400Regular.ttf'],
  ['Tinos', '@expo-google-fonts/tinos', 400, 'italic', '400Regular_Italic/Tinos_400Regular_Italic.ttf'],
  ['Tinos', '@expo-google-fonts/tinos', 700, 'normal', '700Bold/Tinos_700Bold.ttf'],
  ['Tinos', '@expo-google-fonts/tinos', 700, 'italic', '700Bold_Italic/Tinos_700Bold_Italic.ttf'],
  ['Noto Naskh Arabic', '@expo-google-fonts/noto-naskh-arabic', 400, 'normal', '400Regular/NotoNaskhArabic_400Regular.ttf'],
  ['Noto Naskh Arabic', '@expo-google-fonts/noto-naskh-arabic', 700, 'normal', '700Bold/NotoNaskhArabic_700Bold.ttf'],
  ['Noto Serif SC', '@expo-google-fonts/noto-serif-sc', 400, 'normal', '400Regular/NotoSerifSC_400Regular.ttf'],
  ['Noto Serif SC', '@expo-google-fonts/noto-serif-sc', 700, 'normal', '700Bold/NotoSerifSC_700Bold.ttf'],
]

export const fonts: FontFile[] = spec.map(([family, pkg, weight, style, file]) => ({
  family, weight, style, path: join(packageDir(pkg), file), file: file.split('/')[1]!, script: scripts[family]!,
}))

const cache = new Map<string, Buffer>()
/** Font files another thread has read for this one since it last looked (useSharedFonts). */
let takeShared: (() => SharedFontFile | undefined) | undefined

export function fontData(font: FontFile): Buffer {
  let data = cache.get(font.path)
  if (!data && takeShared) {
    for (let shared = takeShared(); shared; shared = takeShared()) if (!cache.has(shared.path)) cache.set(shared.path, Buffer.from(shared.bytes))
    data = cache.get(font.path)
  }
  if (!data) {
    data = readFileSync(font.path)
    cache.set(font.path, data)
  }
  return data
}

/** A font file's bytes in memory every thread of the process can read. */
export interface SharedFontFile { path: string; bytes: SharedArrayBuffer }

/**
 * The font files of the families documents in these languages need: read by their PDF and
 * DOCX (whose table columns and TOC are measured with them), linked by their HTML.
 */
export function fontFilesFor(langs: Iterable<string>): string[] {
  const families = new Set([...langs].flatMap(familiesFor))
  return fonts.filter((font) => families.has(font.family)).map((font) => font.path)
}

/**
 * Read font files once for a pool of worker threads (build/pool.ts), each file as soon as it
 * is read (the small Latin faces before the Chinese ones): each thread had read its own copy
 * of every face it drew, so both threads of a six-language build read the Chinese faces,
 * 30 MB, and the kernel faulted in 30 MB of fresh pages twice. A file that cannot be read
 * gives undefined: a thread that needs it reads it itself, and reports what it finds.
 */
export function readSharedFonts(paths: readonly string[]): Array<Promise<SharedFontFile | undefined>> {
  return paths.map(async (path) => {
    const file = await open(path)
    try {
      const { size } = await file.stat()
      const bytes = new SharedArrayBuffer(size)
      const view = new Uint8Array(bytes)
      for (let at = 0; at < size;) {
        const { bytesRead } = await file.read(view, at, size - at, at)
        if (bytesRead === 0) return undefined
        at += bytesRead
      }
      return { path, bytes }
    } finally {
      await file.close()
    }
  }).map((read) => read.catch(() => undefined))
}

/**
 * Where this thread finds the font files another thread reads for it: `take` gives the next
 * one already read, without waiting. A face not there yet when first needed is read here.
 */
export function useSharedFonts(take: () => SharedFontFile | undefined): void {
  takeShared = take
}

/** Which font families a language's pages need (Tinos always: it sets digits and Latin). */
export function familiesFor(lang: string): string[] {
  if (lang === 'ar') return ['Tinos', 'Noto Naskh Arabic']
  if (lang === 'zh') return ['Tinos', 'Noto Serif SC']
  return ['Tinos']
}

let faces: FaceInput[] | undefined

/**
 * Every face with its bytes, for the PDF layout (which never reads files itself). The same
 * inputs every time, so layout and the PDF writer share their parsed fonts across a build;
 * a face's file is read when its bytes are first asked for, so the Chinese faces (30 MB) are
 * not read for a document that has no Chinese.
 */
export function faceInputs(): FaceInput[] {
  faces ??= fonts.map((font) => ({
    key: `${font.family.replace(/ /g, '')}-${font.weight}${font.style === 'italic' ? '-italic' : ''}`,
    script: font.script,
    bold: font.weight === 700,
    italic: font.style === 'italic',
    get data() {
      return fontData(font)
    },
  }))
  return faces
}

/** The font of each script slot: Latin/Cyrillic, complex script (Arabic), East Asian (Chinese). */
export interface ScriptFonts { latin: string; complex: string; eastAsia: string }

/** The shipped family that sets each slot's script. */
const shippedFor: ScriptFonts = { latin: 'Tinos', complex: 'Noto Naskh Arabic', eastAsia: 'Noto Serif SC' }

/**
 * Font names for a DOCX. Named fonts are those of ITU's own files, which Word users have:
 * Times New Roman (Tinos is made to its metrics) and the locale's complex-script and East
 * Asian fonts (Traditional Arabic, SimSun). Embedded fonts are the shipped families the
 * language needs, under their own names.
 */
export function docxFontNames(locale: { lang: string; fonts: { complex?: string[]; eastAsia?: string[] } }, embed: boolean): ScriptFonts {
  const latin = 'Times New Roman'
  const word: ScriptFonts = { latin, complex: locale.fonts.complex?.[0] ?? latin, eastAsia: locale.fonts.eastAsia?.[0] ?? latin }
  if (!embed) return word
  const families = familiesFor(locale.lang)
  const pick = (slot: keyof ScriptFonts): string => (families.includes(shippedFor[slot]) ? shippedFor[slot] : word[slot])
  return { latin: pick('latin'), complex: pick('complex'), eastAsia: pick('eastAsia') }
}

/** Word's w:lang wants language-region ("ar-EG", "zh-CN"), not an Intl tag with extensions ("ar-u-nu-latn"). */
export function wordLanguage(intl: string): string {
  let word = wordLanguages.get(intl)
  if (word === undefined) {
    const locale = new Intl.Locale(intl)
    const region = locale.region ?? locale.maximize().region
    wordLanguages.set(intl, (word = region ? `${locale.language}-${region}` : locale.language))
  }
  return word
}

/** By Intl tag: ICU's likely-subtags lookup (maximize) took 0.2 ms a document. */
const wordLanguages = new Map<string, string>()

/** The faces of one shipped family: regular, bold, italic, bold italic where the package has them. */
export function familyFaces(family: string): { regular: Buffer; bold?: Buffer; italic?: Buffer; boldItalic?: Buffer } {
  const face = (weight: FontFile['weight'], style: FontFile['style']) => {
    const font = fonts.find((f) => f.family === family && f.weight === weight && f.style === style)
    return font ? fontData(font) : undefined
  }
  const regular = face(400, 'normal')
  if (!regular) throw new Error(`itudoc: no regular face for font family "${family}"`)
  const bold = face(700, 'normal')
  const italic = face(400, 'italic')
  const boldItalic = face(700, 'italic')
  return { regular, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(boldItalic ? { boldItalic } : {}) }
}

/**
 * Font files to measure a DOCX's text with when its pages are laid out (TOC page numbers),
 * under the Word names the document uses: the shipped family stands in for each named
 * complex-script or East Asian font. Times New Roman is in docx's own width tables.
 */
export function measuringFonts(lang: string, names: ScriptFonts): Array<{ name: string; data: Buffer }> {
  const families = familiesFor(lang)
  return (['complex', 'eastAsia'] as const)
    .filter((slot) => families.includes(shippedFor[slot]) && names[slot] !== shippedFor[slot])
    .flatMap((slot) => fonts.filter((f) => f.family === shippedFor[slot]).map((f) => ({ name: names[slot], data: fontData(f) })))
}
