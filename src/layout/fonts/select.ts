// Font selection: every character gets a face that covers it, by script first (Arabic →
// the Naskh face, Han and CJK punctuation → the Song/Serif SC face, the rest → the Latin
// face), then by coverage. Spaces and punctuation follow their neighbours so a run is
// not split for a comma. A character no face covers is reported, never dropped silently.
import type { Face, FaceScript } from './face.js'

/** Characters that are not drawn: bidi controls, zero-width space, soft hyphen, BOM. */
const invisible = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

export function isInvisible(codePoint: number): boolean {
  return codePoint === 0xad || codePoint === 0x200b || codePoint === 0x200e || codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069) || codePoint === 0xfeff
}

/** The text as the shaper must see it: without the invisible format characters. */
export function visible(text: string): string {
  // Nearly every measured stretch has none: a scan for them is cheaper than the regex.
  return hasInvisible(text, 0, text.length) ? text.replace(invisible, '') : text
}

/** Whether `[from, to)` of the text holds an invisible format character. */
export function hasInvisible(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if ((classOf(c) & invisibleBit) !== 0) return true
  }
  return false
}

/** Layout's own placeholders: tab, forced break, inline object. They take no glyph. */
export function isPlaceholder(codePoint: number): boolean {
  return codePoint === 9 || codePoint === 10 || codePoint === 0xfffc
}

export function scriptOf(cp: number): FaceScript | 'neutral' {
  return scriptNames[classOf(cp) & scriptBits]!
}

/** Whether layout gives a character no face of its own: a placeholder, or an invisible format character. */
function takesNoFace(cp: number): boolean {
  return (classOf(cp) & (placeholderBit | invisibleBit)) !== 0
}

// A character's class: its script (the low bits, an index into scriptNames from 1, so that 0
// means not computed yet) and whether it is a placeholder or invisible. Asked for every
// character laid out, so the Basic Multilingual Plane's classes sit in a table filled as
// characters are first met, the rest in a map. Chains of range comparisons were cheaper for
// Latin text alone, but the optimizing compiler left the comparisons an English document
// never reaches without type feedback, so the first Arabic or Chinese document of a build
// threw away the optimized code of every function they were inlined into.
const scriptNames: ReadonlyArray<FaceScript | 'neutral'> = ['latin', 'latin', 'arabic', 'han', 'neutral']
const scriptBits = 7
const placeholderBit = 8
const invisibleBit = 16
const bmpClasses = new Uint8Array(0x10000)
const beyondClasses = new Map<number, number>()

function classOf(cp: number): number {
  if (cp > 0xffff) {
    let known = beyondClasses.get(cp)
    if (known === undefined) beyondClasses.set(cp, (known = computedClass(cp)))
    return known
  }
  let known = bmpClasses[cp]!
  if (known === 0) bmpClasses[cp] = known = computedClass(cp)
  return known
}

function computedClass(cp: number): number {
  return scriptNames.indexOf(computedScript(cp), 1) | (isPlaceholder(cp) ? placeholderBit : 0) | (isInvisible(cp) ? invisibleBit : 0)
}

function computedScript(cp: number): FaceScript | 'neutral' {
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return 'arabic'
  if ((cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0x3000 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x20000 && cp <= 0x2ffff)) return 'han'
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : 'neutral'
  return neutral.test(String.fromCodePoint(cp)) ? 'neutral' : 'latin'
}

const neutral = /[\s\p{P}\p{S}\p{M}]/u

const styles = [{ bold: false, italic: false }, { bold: true, italic: false }, { bold: false, italic: true }, { bold: true, italic: true }]
const scriptSlots: Record<FaceScript, number> = { latin: 0, arabic: 4, han: 8 }

/** The faces of one document, and the choice of a face for each character. */
export class FontBook {
  private readonly faces: Face[]
  /** Chosen faces by script and style (`scriptSlots` + bold·2 + italic): asked for every character. */
  private readonly chosen: Array<Face | undefined> = []

  constructor(faces: Face[]) {
    this.faces = faces
  }

  /** The face for a script and style; italic falls back to upright, bold to regular. */
  face(script: FaceScript, bold: boolean, italic: boolean): Face {
    const slot = scriptSlots[script] + (bold ? 2 : 0) + (italic ? 1 : 0)
    return this.chosen[slot] ?? (this.chosen[slot] = this.choose(script, bold, italic))
  }

  // Apart from face(): the closures here capture its arguments, which made V8 allocate a
  // context at every call of face(), once per character: 40 MB of the English bench
  // corpus's 524 MB (PDF only).
  private choose(script: FaceScript, bold: boolean, italic: boolean): Face {
    const of = this.faces.filter((f) => f.script === script)
    const found = of.find((f) => f.bold === bold && f.italic === italic) ?? of.find((f) => f.bold === bold && !f.italic) ??
      of.find((f) => !f.bold && !f.italic) ?? of[0]
    if (!found) throw new Error(`layout: no ${script} face was supplied`)
    return found
  }

  /**
   * One face per UTF-16 index of `text` (the same face for both halves of a pair), or
   * undefined where no face covers the character. `styleAt` gives bold/italic at an index.
   */
  assign(text: string, styleAt: (index: number) => { bold: boolean; italic: boolean }): Array<Face | undefined> {
    const faces: Array<Face | undefined> = new Array<Face | undefined>(text.length)
    // The neutrals waiting for the next strong character: a count over one array, which
    // emptying (length = 0) would give back its storage at every word's space.
    const neutrals: number[] = []
    let waiting = 0
    let previous: Face | undefined
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!
      const wide = cp > 0xffff
      const script = takesNoFace(cp) ? 'neutral' : scriptOf(cp)
      if (script === 'neutral') {
        neutrals[waiting++] = i
        if (wide) neutrals[waiting++] = ++i
        continue
      }
      {
        const { bold, italic } = styleAt(i)
        const preferred = this.face(script, bold, italic)
        const face = preferred.covers(cp) ? preferred : this.anyCovering(cp, bold, italic)
        faces[i] = face
        if (face) {
          // Neutrals between two strong characters follow the one before, at the start the one after.
          for (let n = 0; n < waiting; n++) faces[neutrals[n]!] = this.neutralFace(text, neutrals[n]!, previous ?? face, styleAt)
          waiting = 0
          previous = face
        }
      }
      if (wide) faces[++i] = faces[i - 1]
    }
    for (let n = 0; n < waiting; n++) faces[neutrals[n]!] = this.neutralFace(text, neutrals[n]!, previous, styleAt)
    return faces
  }

  /**
   * Whether some face covers the character in every style: then layout never reports it
   * missing, wherever it stands (a missing glyph is one that no face of its style covers).
   */
  coversInEveryStyle(cp: number): boolean {
    return styles.every(({ bold, italic }) => this.anyCovering(cp, bold, italic) !== undefined)
  }

  private neutralFace(text: string, index: number, neighbour: Face | undefined, styleAt: (index: number) => { bold: boolean; italic: boolean }): Face | undefined {
    const cp = text.codePointAt(index)!
    const { bold, italic } = styleAt(index)
    // The neighbour's script, in this character's own style (a bold comma after a plain word).
    const near = neighbour ? this.face(neighbour.script, bold, italic) : undefined
    if (takesNoFace(cp)) return near ?? this.face('latin', bold, italic)
    if (near?.covers(cp)) return near
    const latin = this.face('latin', bold, italic)
    return latin.covers(cp) ? latin : this.anyCovering(cp, bold, italic)
  }

  private anyCovering(cp: number, bold: boolean, italic: boolean): Face | undefined {
    for (const script of ['latin', 'arabic', 'han'] as const) {
      const face = this.face(script, bold, italic)
      if (face.covers(cp)) return face
    }
    return undefined
  }
}
