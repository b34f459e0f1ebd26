// The ITU paragraph styles, as data: sizes, spacing and indents of the Word styles the
// ITU templates define (shared/reference/itu-conventions.md §5.2), converted to points.
// Handlers pick a style by name; nothing else in layout hard-codes a size or an indent.
import type { CoverRole } from '../model/nodes.js'
import type { FaceScript } from './fonts/face.js'
import { cm, twips } from './units.js'

export interface ParaStyle {
  size: number
  bold?: boolean
  italic?: boolean
  /** 'body': justified when the document justifies body text, else aligned to the start. */
  align: 'start' | 'center' | 'end' | 'body'
  /** Space before and after, in points. */
  before: number
  after: number
  /** Indent from the start edge; the first line starts `firstLine` from it (negative: hanging). */
  indent: number
  firstLine: number
  /** Indent from the end edge. */
  endIndent?: number
  /** Never separated from the next block by a page break (headings, calls, captions). */
  keepWithNext?: boolean
  /** All lines on one page. */
  keepTogether?: boolean
  /**
   * Size of right-to-left script (Word's complex-script size, szCs) when it differs from
   * `complexSize(size)`: ITU's Arabic headings are 18 pt over a 15 pt body.
   */
  csSize?: number
  /** Text colour (#rrggbb), black when absent (the grey Union line of a cover page). */
  color?: string
  /** A rule of this thickness across the column above the paragraph, `before` above the text (the cover page's title). */
  ruleAbove?: number
}

/** Word's complex-script size of a style of this Latin size (ITU's Normal: 12 pt → 15 pt). */
export const complexSize = (size: number): number => size * 1.25

/** How much larger than its style's default the complex script of `style` is set. */
export function complexScale(style: ParaStyle): number {
  return style.csSize === undefined ? 1 : style.csSize / complexSize(style.size)
}

/** The ITU Normal style's tab stops (794, 1191, 1588, 1985 tw); Word's 36 pt defaults follow. */
export const tabStops = [twips(794), twips(1191), twips(1588), twips(1985)]
export const defaultTabInterval = 36

const body = 12
const hang = (indent: number): Pick<ParaStyle, 'indent' | 'firstLine'> => ({ indent, firstLine: -indent })

export const styles = {
  /** Body text: TNR 12 pt, 6 pt before. */
  normal: { size: body, align: 'body', before: 6, after: 0, indent: 0, firstLine: 0 },
  /** Numbered clause headings: number at the margin, title at the hanging indent. */
  heading1: { size: body, bold: true, csSize: 18, align: 'start', before: 18, after: 0, ...hang(twips(794)), keepWithNext: true, keepTogether: true },
  heading2: { size: body, bold: true, csSize: 18, align: 'start', before: 12, after: 0, ...hang(twips(794)), keepWithNext: true, keepTogether: true },
  heading3: { size: body, bold: true, csSize: 18, align: 'start', before: 8, after: 0, ...hang(twips(794)), keepWithNext: true, keepTogether: true },
  heading4: { size: body, bold: true, csSize: 18, align: 'start', before: 6, after: 0, ...hang(twips(1021)), keepWithNext: true, keepTogether: true },
  /** Heading_b: unnumbered bold heading (Summary, Keywords …). */
  headingB: { size: body, bold: true, csSize: 18, align: 'start', before: 8, after: 0, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  /** Call: italic, indented 1.4 cm, 12 pt before, kept with its first item. */
  call: { size: body, italic: true, align: 'start', before: 12, after: 0, indent: twips(794), firstLine: 0, keepWithNext: true, keepTogether: true },
  /** Items of a call: label, tab to 1.4 cm, continuation lines back at the margin. */
  callItem: { size: body, align: 'body', before: 6, after: 0, indent: 0, firstLine: 0 },
  /** Report paragraphs numbered 1.1 + tab: like call items. */
  numbered: { size: body, align: 'body', before: 6, after: 0, indent: 0, firstLine: 0 },
  /** Lists: enumlev1–3. */
  enumlev1: { size: body, align: 'body', before: 4, after: 0, ...hang(twips(794)) },
  enumlev2: { size: body, align: 'body', before: 4, after: 0, indent: twips(1191), firstLine: -twips(397) },
  enumlev3: { size: body, align: 'body', before: 4, after: 0, indent: twips(1588), firstLine: -twips(397) },
  /** NOTE – …: 11 pt. */
  note: { size: 11, align: 'body', before: 4, after: 0, indent: 0, firstLine: 0 },
  /** "Source: …" under a table or figure. */
  source: { size: 10, italic: true, align: 'start', before: 4, after: 0, indent: 0, firstLine: 0 },
  /** References and bibliography: tag at the margin, text at the hanging indent. */
  reference: { size: body, align: 'start', before: 6, after: 0, ...hang(twips(1985)) },
  /** Abbreviations: ABBR, tab to 2.1 cm, expansion. */
  abbreviation: { size: body, align: 'start', before: 6, after: 0, ...hang(twips(1191)) },
  /** Annex / appendix number line and title: 14 pt, centred, starting a new page. */
  annexNo: { size: 14, align: 'center', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  annexTitle: { size: 14, bold: true, align: 'center', before: 6, after: 0, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  annexStatus: { size: body, align: 'center', before: 12, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  /** A publication's part title, alone on its page: 16 pt bold, centred. */
  partTitle: { size: 16, bold: true, align: 'center', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  /** Captions: "Table 1 – Title" above tables, "Figure 1 – Title" below figures. */
  tableCaption: { size: body, bold: true, align: 'center', before: 18, after: 6, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  figureCaption: { size: body, bold: true, align: 'center', before: 6, after: 6, indent: 0, firstLine: 0, keepTogether: true },
  figure: { size: body, align: 'center', before: 12, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  /** Table_text / Table_head: 11 pt, head bold and centred. */
  tableText: { size: 11, align: 'start', before: 3, after: 3, indent: 0, firstLine: 0 },
  tableHead: { size: 11, bold: true, align: 'center', before: 3, after: 3, indent: 0, firstLine: 0 },
  /** Box title. */
  boxTitle: { size: body, bold: true, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true, keepTogether: true },
  /** Footnote text: 10 pt, number hanging at 0.45 cm. */
  footnote: { size: 10, align: 'body', before: 0, after: 2, ...hang(cm(0.45)) },
  /** Running header (9 pt, centred) and footer. */
  header: { size: 9, align: 'center', before: 0, after: 0, indent: 0, firstLine: 0 },
  footer: { size: 9, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0 },
  /** Table of contents. */
  tocTitle: { size: body, bold: true, align: 'center', before: 24, after: 12, indent: 0, firstLine: 0, keepWithNext: true },
  tocPage: { size: body, bold: true, align: 'end', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  toc1: { size: body, align: 'start', before: 6, after: 0, ...hang(twips(680)), endIndent: cm(1.5) },
  toc2: { size: body, align: 'start', before: 4, after: 0, indent: twips(1531), firstLine: -twips(851), endIndent: cm(1.5) },
  /** Code blocks and quotations. */
  code: { size: 10, align: 'start', before: 6, after: 0, indent: twips(397), firstLine: 0 },
  quote: { size: body, align: 'body', before: 6, after: 0, indent: twips(794), firstLine: 0, endIndent: twips(794) },
} satisfies Record<string, ParaStyle>

export type StyleName = keyof typeof styles

/** A cover value; ITU's own field styles (TSBHeaderTitle, LSForAction …) look the same. */
const value: ParaStyle = { size: body, align: 'start', before: 3, after: 3, indent: 0, firstLine: 0 }

/** Styles of cover blocks, by role (Res_No, Rec_title, Docnumber, …). */
export const coverStyles: Record<CoverRole, ParaStyle> = {
  label: { size: body, bold: true, align: 'start', before: 3, after: 3, indent: 0, firstLine: 0 },
  value,
  tsbQuestion: value,
  tsbSource: value,
  tsbTitle: value,
  lsForAction: value,
  lsForComment: value,
  lsForInfo: value,
  lsApproval: value,
  lsDeadline: value,
  docNumber: { size: 16, bold: true, align: 'end', before: 0, after: 0, indent: 0, firstLine: 0 },
  headerRight: { size: 14, bold: true, align: 'end', before: 0, after: 0, indent: 0, firstLine: 0 },
  headerOrg: { size: 8, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0 },
  headerSector: { size: 13, bold: true, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0 },
  headerSmall: { size: 8, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0 },
  venueDate: { size: body, align: 'end', before: 3, after: 3, indent: 0, firstLine: 0 },
  banner: { size: body, bold: true, align: 'center', before: 6, after: 6, indent: 0, firstLine: 0 },
  checkbox: { size: body, align: 'center', before: 3, after: 3, indent: 0, firstLine: 0 },
  checkboxNote: { size: 10, align: 'start', before: 4, after: 3, indent: 0, firstLine: 0 },
  logo: { size: body, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0 },
  resNo: { size: 14, align: 'center', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  resTitle: { size: 14, bold: true, align: 'center', before: 12, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  recNo: { size: 14, bold: true, align: 'start', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  recTitle: { size: 14, bold: true, align: 'center', before: 18, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  afterTitle: { size: body, align: 'start', before: 18, after: 0, indent: 0, firstLine: 0 },
  dateLine: { size: body, italic: true, align: 'center', before: 6, after: 0, indent: 0, firstLine: 0 },
  opinionNo: { size: 14, align: 'center', before: 0, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  questionLine: { size: body, italic: true, align: 'center', before: 6, after: 0, indent: 0, firstLine: 0 },
  abstract: { size: body, align: 'start', before: 3, after: 3, indent: 0, firstLine: 0 },
  /** Rec_date (ITU-R): the year of approval, italic, at the end margin. */
  recDate: { size: body, italic: true, align: 'end', before: 6, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  // The cover page of a published text (E.119, in points as there; ITU sets it in Arial, the
  // shipped serif stands in): the grey Union line at the top, the masthead a good way down, the
  // series, the title under a 1.5 pt rule, the Recommendation's name near the foot.
  coverUnion: { size: 10, bold: true, color: '#808080', align: 'start', before: 24, after: 0, indent: 0, firstLine: 0 },
  coverSector: { size: 36, bold: true, align: 'start', before: 84, after: 0, indent: 0, firstLine: 0 },
  coverSectorName: { size: 8, align: 'start', before: 4, after: 0, indent: 0, firstLine: 0 },
  coverNumber: { size: 30, bold: true, align: 'end', before: 84, after: 0, indent: 0, firstLine: 0 },
  coverDate: { size: 14, align: 'end', before: 2, after: 0, indent: 0, firstLine: 0 },
  coverSeries: { size: 16, align: 'start', before: 48, after: 0, indent: 0, firstLine: 0 },
  coverSubseries: { size: 16, align: 'start', before: 6, after: 0, indent: 0, firstLine: 0 },
  coverTitle: { size: 18, bold: true, align: 'start', before: 36, after: 0, indent: 0, firstLine: 0, ruleAbove: 1.5 },
  coverFoot: { size: 16, align: 'start', before: 180, after: 0, indent: 0, firstLine: 0 },
  /** The Foreword (H.782): headings centred, text 11 pt. */
  noticeTitle: { size: 11, align: 'center', before: 24, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
  noticeText: { size: 11, align: 'body', before: 6, after: 0, indent: 0, firstLine: 0 },
  noticeCentered: { size: 11, align: 'center', before: 24, after: 0, indent: 0, firstLine: 0, keepWithNext: true },
}

/**
 * Line height per script, as a multiple of the face's own ascent + descent: Naskh's tall
 * marks would give very open lines, and ITU's Arabic styles set them at 0.8 of a line.
 */
export const lineFactor: Record<FaceScript, number> = { latin: 1, arabic: 0.8, han: 1 }

/**
 * Size of each script relative to the style's size. ITU's Arabic styles set the complex
 * script larger than the Latin text around it (Traditional Arabic at 15 pt beside Times at
 * 12 pt); Noto Naskh is larger on its body, so a tenth more matches it.
 */
export const sizeFactor: Record<FaceScript, number> = { latin: 1, arabic: 1.1, han: 1 }

/** The size of text of `script` in a run of style `style` (complex script: its own size). */
export function scriptSize(style: { size: number; complexScale?: number }, script: FaceScript): number {
  return style.size * sizeFactor[script] * (script === 'arabic' ? (style.complexScale ?? 1) : 1)
}

/** Rules and padding (Word defaults: 0.5 pt single borders, 0.19 cm cell margins). */
export const rules = {
  hairline: 0.5,
  box: 0.75,
  thick: 1.5,
  cellPadding: twips(108),
  boxPadding: 6,
  /** The footnote separator: a short rule at the start edge. */
  footnoteSeparator: cm(4),
  /** The short centred rule that ends a contribution. */
  closingRule: cm(4.5),
}
