// Give each Word paragraph an ITU role: first by its style (ITU's style names and their usual
// variants, pandoc's and LibreOffice's names), then, for body text, by what is typed in it
// (labels before a tab, "NOTE –", "Annex A", "Table 1 – …", italic call phrases). A style
// the table does not know is body text, and the importer warns once per such style.
import type { CoverRole } from '../model/nodes.js'
import { LABELLED_ROW, TYPED_ITEM, TYPED_NUMBER, schemeOf, type LabelSet, type Scheme } from './labels.js'
import type { NumberFormat } from './numbering.js'
import { spanText, type Span, type WordParagraph } from './word.js'

export type Role =
  | { kind: 'skip'; why: 'empty' | 'toc' | 'rule' }
  | { kind: 'heading'; level: number; number?: string }
  | { kind: 'headingb' }
  /** "Abstract:<tab>text": a section whose title is the label and whose text follows it (LABELLED_ROW). */
  | { kind: 'labelledSection'; label: string }
  | { kind: 'call' }
  | { kind: 'item'; level?: number; label: string; scheme: Scheme }
  /** A typed multi-level number ("3.2.1<tab>"): a definition, a report paragraph or a clause. */
  | { kind: 'numbered'; number: string }
  | { kind: 'note' }
  | { kind: 'annex'; variant: 'annex' | 'appendix'; part: 'number' | 'title' | 'status' }
  | { kind: 'caption'; of: 'table' | 'figure' | 'either' }
  | { kind: 'figure' }
  | { kind: 'legend' }
  | { kind: 'coverLine'; role: CoverRole }
  | { kind: 'reference' }
  | { kind: 'abbreviation' }
  | { kind: 'sourceLine' }
  | { kind: 'quote' }
  | { kind: 'code' }
  | { kind: 'boxTitle' }
  /** Styles of the cover tables of contributions and liaison statements. */
  | { kind: 'cover' }
  | { kind: 'body'; unknownStyle?: string }

type StyleRole = Role | ((level: number) => Role)

/** Canonical style name (see canonicalStyle) → role. */
const styleRoles: Record<string, StyleRole> = {
  title: { kind: 'coverLine', role: 'resTitle' },
  subtitle: { kind: 'coverLine', role: 'resTitle' },
  headingb: { kind: 'headingb' }, headingi: { kind: 'headingb' }, headingib: { kind: 'headingb' }, reftitle: { kind: 'headingb' },
  call: { kind: 'call' },
  enumlev1: { kind: 'item', level: 1, label: '', scheme: 'bullet' },
  enumlev2: { kind: 'item', level: 2, label: '', scheme: 'bullet' },
  enumlev3: { kind: 'item', level: 3, label: '', scheme: 'bullet' },
  tablelist: { kind: 'item', level: 1, label: '', scheme: 'bullet' },
  normalaftertitle: { kind: 'coverLine', role: 'afterTitle' },
  resno: { kind: 'coverLine', role: 'resNo' }, restitle: { kind: 'coverLine', role: 'resTitle' },
  resref: { kind: 'coverLine', role: 'dateLine' }, resdate: { kind: 'coverLine', role: 'dateLine' },
  recno: { kind: 'coverLine', role: 'recNo' }, recnobr: { kind: 'coverLine', role: 'recNo' }, rectitle: { kind: 'coverLine', role: 'recTitle' },
  recref: { kind: 'coverLine', role: 'questionLine' }, recdate: { kind: 'coverLine', role: 'dateLine' },
  questionno: { kind: 'coverLine', role: 'recNo' }, questiontitle: { kind: 'coverLine', role: 'recTitle' },
  note: { kind: 'note' },
  tablenotitle: { kind: 'caption', of: 'table' }, tableno: { kind: 'caption', of: 'table' }, tabletitle: { kind: 'caption', of: 'table' },
  tablenobr: { kind: 'caption', of: 'table' }, tabletitlebr: { kind: 'caption', of: 'table' }, tablecaption: { kind: 'caption', of: 'table' },
  figurenotitle: { kind: 'caption', of: 'figure' }, figureno: { kind: 'caption', of: 'figure' }, figuretitle: { kind: 'caption', of: 'figure' },
  figurenobr: { kind: 'caption', of: 'figure' }, figuretitlebr: { kind: 'caption', of: 'figure' }, imagecaption: { kind: 'caption', of: 'figure' },
  caption: { kind: 'caption', of: 'either' },
  figure: { kind: 'figure' }, captionedfigure: { kind: 'figure' },
  figurelegend: { kind: 'legend' }, tablelegend: { kind: 'legend' },
  annexnotitle: { kind: 'annex', variant: 'annex', part: 'number' }, annexno: { kind: 'annex', variant: 'annex', part: 'number' },
  annextitle: { kind: 'annex', variant: 'annex', part: 'title' }, annexref: { kind: 'annex', variant: 'annex', part: 'status' },
  appendixnotitle: { kind: 'annex', variant: 'appendix', part: 'number' }, appendixno: { kind: 'annex', variant: 'appendix', part: 'number' },
  appendixtitle: { kind: 'annex', variant: 'appendix', part: 'title' }, appendixref: { kind: 'annex', variant: 'appendix', part: 'status' },
  reftext: { kind: 'reference' }, bibliography: { kind: 'reference' },
  abbreviation: { kind: 'abbreviation' },
  tocheading: { kind: 'skip', why: 'toc' }, tableoffigures: { kind: 'skip', why: 'toc' }, toc0: { kind: 'skip', why: 'toc' },
  quote: { kind: 'quote' }, blocktext: { kind: 'quote' }, intensequote: { kind: 'quote' },
  code: { kind: 'code' }, formal: { kind: 'code' }, sourcecode: { kind: 'code' }, htmlpreformatted: { kind: 'code' }, plaintext: { kind: 'code' },
  boxtitle: { kind: 'boxTitle' },
  parttitle: { kind: 'coverLine', role: 'resTitle' }, partno: { kind: 'coverLine', role: 'resNo' },
  sectionno: { kind: 'heading', level: 1 }, sectiontitle: { kind: 'heading', level: 1 },
  chapno: { kind: 'heading', level: 1 }, chaptitle: { kind: 'heading', level: 1 },
  artno: { kind: 'heading', level: 2 }, arttitle: { kind: 'heading', level: 2 }, artheading: { kind: 'heading', level: 2 },
  source: { kind: 'body' },
}
// A published text's cover page, as itudoc's DOCX writer styles it (CoverUnion, CoverTitle …).
for (const role of ['coverUnion', 'coverSector', 'coverNumber', 'coverSectorName', 'coverDate', 'coverSeries', 'coverSubseries', 'coverTitle', 'coverFoot'] as const) {
  styleRoles[role.toLowerCase()] = { kind: 'coverLine', role }
}
for (let level = 1; level <= 9; level++) {
  styleRoles[`heading${level}`] = { kind: 'heading', level }
  styleRoles[`toc${level}`] = { kind: 'skip', why: 'toc' }
}
for (const key of ['docnumber', 'tsbheaderright14', 'tsbheaderorg', 'tsbheadersector', 'tsbheadersmall', 'tsbheadersummary', 'tsbheaderquestion', 'tsbheadersource', 'tsbheadertitle',
  'lsforaction', 'lsforcomment', 'lsforinfo', 'lsapproval', 'lsdeadline', 'lssource', 'lstitle', 'venuedate', 'coverlabel', 'covertext', 'coverbanner', 'checkbox', 'checkboxnote']) {
  styleRoles[key] = { kind: 'cover' }
}

/** Styles that are body text under another name: no warning. */
const bodyStyles = new Set([
  'normal', 'bodytext', 'bodytext2', 'bodytext3', 'firstparagraph', 'compact', 'normalweb', 'listparagraph', 'list', 'listbullet', 'listnumber',
  'listbullet2', 'listnumber2', 'listcontinue', 'tablehead', 'tabletext', 'tablecontents', 'tableheading', 'textbody', 'default', 'footnotetext',
  'endnotetext', 'header', 'footer', 'reasons', 'normalbeforetable', 'centered', 'normalcentred', 'normalcentered', 'standard', 'nospacing',
  'commenttext', 'balloontext', 'author', 'date', 'abstract', 'definition', 'definitionterm', 'tsbheadersummary', 'headings', 'frametext',
])

const formatScheme: Record<NumberFormat, Scheme> = {
  decimal: 'numeric', lowerLetter: 'alpha', upperLetter: 'alpha', lowerRoman: 'roman', upperRoman: 'roman', bullet: 'bullet', none: 'bullet', other: 'numeric',
}

function styleRole(paragraph: WordParagraph): { role?: Role; known: boolean } {
  for (const [depth, style] of paragraph.chain.entries()) {
    const mapped = styleRoles[style.key]
    if (mapped) return { role: typeof mapped === 'function' ? mapped(0) : mapped, known: true }
    if (bodyStyles.has(style.key)) return { known: true }
    // A custom style is judged by what it is based on, but named by itself in the warning.
    if (depth === 0 && style.outlineLevel !== undefined && style.outlineLevel < 9) return { role: { kind: 'heading', level: style.outlineLevel + 1 }, known: true }
  }
  return { known: false }
}

/** Every text span is italic (a call line typed in Normal style with italics). */
function isItalic(spans: readonly Span[]): boolean {
  const texts = spans.filter((s): s is Extract<Span, { type: 'text' }> => s.type === 'text' && s.value.trim() !== '')
  return texts.length > 0 && texts.every((s) => s.marks.italic)
}

/** The call a line names, if the whole line is a known call phrase (and an addressee). */
export function matchCall(text: string, labels: LabelSet): { key: string; addressee: string } | undefined {
  const line = text.trim().replace(/[,:;]$/, '').trim()
  const lower = line.toLocaleLowerCase(labels.locale.intl)
  const joiner = labels.locale.punctuation.addressee
  for (const { key, label, lower: l } of labels.calls) {
    if (lower === l) return { key, addressee: '' }
    if (lower.startsWith(l + joiner) && (joiner || lower.length > l.length)) return { key, addressee: line.slice(label.length + joiner.length).trim() }
  }
  return undefined
}

/** "1<tab>Scope": a number alone and a short unpunctuated text — a clause heading typed in body text. */
export function isTypedClause(label: string, text: string): boolean {
  return /^\d+$/.test(label) && text.trim().split(/\s+/).length < 12 && !/[.;:,]$/.test(text.trim())
}

export interface Classified {
  role: Role
  /** The text as Word shows it, automatic number excluded, deletions excluded. */
  text: string
}

/** The role of a paragraph. `inCall`: the previous structure was a call (typed "1<tab>" there is an item). */
export function classify(paragraph: WordParagraph, labels: LabelSet): Classified {
  const text = spanText(paragraph.spans)
  const trimmed = text.replace(/^[\t ]+/, '')
  const hasImage = paragraph.spans.some((s) => s.type === 'image')
  const { role: styled, known } = styleRole(paragraph)
  const result = (role: Role): Classified => ({ role, text })

  if (!trimmed.trim() && !hasImage) return result(styled?.kind === 'annex' || styled?.kind === 'cover' ? styled : { kind: 'skip', why: 'empty' })
  if (styled?.kind === 'skip' || styled?.kind === 'cover') return result(styled)
  if (/^_{5,}$/.test(trimmed.trim())) return result({ kind: 'skip', why: 'rule' })
  // "Page" above a table of contents (ITU files set it in Heading_b, right-aligned).
  if ((styled?.kind === 'headingb' || paragraph.chain.some((s) => /^toc/.test(s.key))) && labels.pageWords.has(trimmed.trim().toLowerCase())) return result({ kind: 'skip', why: 'toc' })

  // Captions and annex headings are recognised by their words whatever the style (ITU files
  // put "Table 2 – …" in Figure or Table_head paragraphs, and "Annex I" in heading 1).
  const plain = trimmed.trim()
  if (labels.tableCaption.test(plain) && plain.length < 400 && !plain.includes('\t')) return result({ kind: 'caption', of: 'table' })
  if (labels.figureCaption.test(plain) && plain.length < 400 && !plain.includes('\t')) return result({ kind: 'caption', of: 'figure' })
  const isShort = plain.split(/\s+/).length <= 25
  if (isShort && (styled?.kind === 'heading' || styled?.kind === 'annex' || styled?.kind === 'headingb' || !styled || styled.kind === 'body')) {
    // In body text, "Annex 2" alone on its line, or the word in capitals ("ANNEX TO RESOLUTION 37 …").
    const first = plain.split('\n')[0]!
    const isHeadingLine = (word: RegExpExecArray | null): boolean => word !== null && (styled?.kind !== undefined || /^\S+(\s+\S+)?$/.test(first) || /\n/.test(plain) || (/\p{Lu}{2}/u.test(word[0]) && word[0] === word[0].toLocaleUpperCase(labels.locale.intl)))
    if (isHeadingLine(labels.annex.exec(plain))) return result({ kind: 'annex', variant: 'annex', part: 'number' })
    if (isHeadingLine(labels.appendix.exec(plain))) return result({ kind: 'annex', variant: 'appendix', part: 'number' })
  }
  if (styled && styled.kind !== 'body') {
    if (styled.kind === 'heading') {
      const typed = TYPED_NUMBER.exec(trimmed)
      if (typed) return result({ kind: 'heading', level: typed[1]!.split('.').length, number: typed[1]! })
      if (paragraph.numbering && paragraph.numbering.format !== 'bullet') return result({ kind: 'heading', level: paragraph.numbering.level + 1, number: paragraph.numbering.text.replace(/[.)]$/, '') })
    }
    if (styled.kind === 'item') {
      const typed = TYPED_ITEM.exec(trimmed)
      if (typed) return result({ ...styled, label: typed[1]!, scheme: schemeOf(typed[1]!).scheme })
      if (paragraph.numbering) return result({ ...styled, label: paragraph.numbering.text, scheme: formatScheme[paragraph.numbering.format] })
      return result({ ...styled, label: '', scheme: 'bullet' })
    }
    return result(styled)
  }

  // Body text: what is typed decides.
  if (labels.note.test(plain)) return result({ kind: 'note' })
  if (labels.sourceLine.test(plain) && plain.length < 300) return result({ kind: 'sourceLine' })
  if (paragraph.numbering) {
    const scheme = formatScheme[paragraph.numbering.format]
    return result({ kind: 'item', level: paragraph.numbering.level + 1, label: paragraph.numbering.text, scheme })
  }
  const multi = /^((?:\d+|[A-Z]|[IVXL]+)(?:\.\d+)+)\t/.exec(trimmed)
  if (multi) return result({ kind: 'numbered', number: multi[1]! })
  const typed = TYPED_ITEM.exec(trimmed)
  if (typed) return result({ kind: 'item', label: typed[1]!, scheme: schemeOf(typed[1]!).scheme })
  if (isShort && !plain.includes('\n') && (isItalic(paragraph.spans) || paragraph.chain.some((s) => s.italic)) && matchCall(plain, labels)) return result({ kind: 'call' })
  if (isShort && labels.sections.has(plain.replace(/[:.]$/, '').toLowerCase())) return result({ kind: 'headingb' })
  const row = LABELLED_ROW.exec(trimmed)
  if (row && labels.sections.has(row[1]!.trim().toLowerCase())) return result({ kind: 'labelledSection', label: row[1]!.trim() })
  if (hasImage && !plain) return result({ kind: 'figure' })
  if (/^\[[^\]\t]+\]\t/.test(trimmed)) return result({ kind: 'reference' })
  if (paragraph.outlineLevel !== undefined) return result({ kind: 'heading', level: paragraph.outlineLevel + 1 })
  return result(known ? { kind: 'body' } : { kind: 'body', unknownStyle: paragraph.style.name })
}
