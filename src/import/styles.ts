// styles.xml: each style's display name, what it is based on, and the properties the
// importer reads through the chain (list numbering, outline level, italics for call lines,
// language, right-to-left). Names are compared in a canonical form so "Res_No", "ResNo" and
// "Res No" are one style, as ITU's files and their copies spell them differently.
import { child, children, onOff, val, type XmlElement } from './xml.js'

export interface StyleInfo {
  id: string
  /** The name Word shows ("Res_No", "heading 1"). */
  name: string
  /** Canonical form of the name (see `canonicalStyle`). */
  key: string
  basedOn?: string
  numbering?: { numId: string; ilvl: number }
  outlineLevel?: number
  italic?: boolean
  bold?: boolean
  lang?: string
  bidi?: boolean
}

export interface Styles {
  /** The paragraph style of an id, or the default paragraph style. */
  paragraph(id: string | undefined): StyleInfo
  /** The style and its ancestors, nearest first. */
  chain(id: string | undefined): StyleInfo[]
  character(id: string | undefined): StyleInfo | undefined
  /** Document default language (w:docDefaults, then the Normal style). */
  lang?: string
  bidiLang?: string
  eastAsiaLang?: string
}

/** "Table_No & title" → "tablenotitle", "heading 1" → "heading1", "Normal after title" → "normalaftertitle". */
export function canonicalStyle(name: string): string {
  return name.toLowerCase().replace(/[\s_&\-.]+/g, '')
}

function readStyle(style: XmlElement): StyleInfo {
  const id = style.attrs['w:styleId'] ?? ''
  const name = val(style, 'w:name') ?? id
  const pPr = child(style, 'w:pPr')
  const rPr = child(style, 'w:rPr')
  const info: StyleInfo = { id, name, key: canonicalStyle(name) }
  const basedOn = val(style, 'w:basedOn')
  if (basedOn) info.basedOn = basedOn
  const numPr = child(pPr, 'w:numPr')
  const numId = val(numPr, 'w:numId')
  if (numId !== undefined) info.numbering = { numId, ilvl: Number(val(numPr, 'w:ilvl') ?? 0) }
  const outline = val(pPr, 'w:outlineLvl')
  if (outline !== undefined) info.outlineLevel = Number(outline)
  const italic = onOff(rPr, 'w:i')
  if (italic !== undefined) info.italic = italic
  const bold = onOff(rPr, 'w:b')
  if (bold !== undefined) info.bold = bold
  const lang = child(rPr, 'w:lang')?.attrs['w:val']
  if (lang) info.lang = lang
  const bidi = onOff(pPr, 'w:bidi')
  if (bidi !== undefined) info.bidi = bidi
  return info
}

export function readStyles(xml: XmlElement | undefined): Styles {
  const paragraphs = new Map<string, StyleInfo>()
  const characters = new Map<string, StyleInfo>()
  let defaultParagraph: StyleInfo = { id: 'Normal', name: 'Normal', key: 'normal' }
  for (const style of children(xml, 'w:style')) {
    const info = readStyle(style)
    if (style.attrs['w:type'] === 'character') characters.set(info.id, info)
    else if ((style.attrs['w:type'] ?? 'paragraph') === 'paragraph') {
      paragraphs.set(info.id, info)
      if (['1', 'true', 'on'].includes(style.attrs['w:default'] ?? '')) defaultParagraph = info
    }
  }
  const chain = (id: string | undefined): StyleInfo[] => {
    const out: StyleInfo[] = []
    let style = id !== undefined ? paragraphs.get(id) : defaultParagraph
    if (!style) style = defaultParagraph
    while (style && !out.includes(style) && out.length < 20) {
      out.push(style)
      style = style.basedOn ? paragraphs.get(style.basedOn) : undefined
    }
    return out
  }
  const langOf = (rPr: XmlElement | undefined, attr: string): string | undefined => child(rPr, 'w:lang')?.attrs[attr]
  const defaults = child(child(child(xml, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr')
  const normal = chain(undefined)[0]
  const normalRPr = normal ? child(children(xml, 'w:style').find((s) => s.attrs['w:styleId'] === normal.id), 'w:rPr') : undefined
  const styles: Styles = {
    paragraph: (id) => chain(id)[0] ?? defaultParagraph,
    chain,
    character: (id) => (id ? characters.get(id) : undefined),
  }
  const lang = langOf(normalRPr, 'w:val') ?? langOf(defaults, 'w:val')
  if (lang) styles.lang = lang
  const bidiLang = langOf(normalRPr, 'w:bidi') ?? langOf(defaults, 'w:bidi')
  if (bidiLang) styles.bidiLang = bidiLang
  const eastAsiaLang = langOf(normalRPr, 'w:eastAsia') ?? langOf(defaults, 'w:eastAsia')
  if (eastAsiaLang) styles.eastAsiaLang = eastAsiaLang
  return styles
}
