// The fonts itudoc ships (npm packages, never system fonts): Tinos (metric-compatible with
// Times New Roman) for Latin and Cyrillic, Noto Naskh Arabic, Noto Serif SC.
import { readFileSync } from 'node:fs'
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
export function fontData(font: FontFile): Buffer {
  let data = cache.get(font.path)
  if (!data) {
    data = readFileSync(font.path)
    cache.set(font.path, data)
  }
  return data
}

/** Which font families a language's pages need (Tinos always: it sets digits and Latin). */
export function familiesFor(lang: string): string[] {
  if (lang === 'ar') return ['Tinos', 'Noto Naskh Arabic']
  if (lang === 'zh') return ['Tinos', 'Noto Serif SC']
  return ['Tinos']
}

/** Every face with its bytes, for the PDF layout (which never reads files itself). */
export function faceInputs(): FaceInput[] {
  return fonts.map((font) => ({
    key: `${font.family.replace(/ /g, '')}-${font.weight}${font.style === 'italic' ? '-italic' : ''}`,
    script: font.script,
    bold: font.weight === 700,
    italic: font.style === 'italic',
    data: fontData(font),
  }))
}
