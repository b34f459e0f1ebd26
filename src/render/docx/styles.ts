// The ITU Word styles, by name, as data: what an editor sees in Word's style list. Sizes,
// spacing and indents are those of ITU's own files (shared/reference/itu-conventions.md §5:
// RS, CT, LT, RES1, E119) in twips (567 = 1 cm) and half-points. Handlers refer to styles
// only through the typed ids below; body paragraphs carry no direct formatting beyond what
// the source asks for (emphasis, cell alignment).
import { indent, portraitTextWidth } from './geometry.js'
import { AlignmentType, BorderStyle, LeaderType, TabStopType, UnderlineType, type IParagraphStyleOptions, type ICharacterStyleOptions, type IStylesOptions } from 'docx'

/** Paragraph style ids (Word shows the `name` of each definition). */
export const ParaStyle = {
  Normal: 'Normal',
  Heading1: 'Heading1',
  Heading2: 'Heading2',
  Heading3: 'Heading3',
  Heading4: 'Heading4',
  Heading5: 'Heading5',
  Heading6: 'Heading6',
  Headingb: 'Headingb',
  Call: 'Call',
  Enumlev1: 'enumlev1',
  Enumlev2: 'enumlev2',
  Enumlev3: 'enumlev3',
  Normalaftertitle: 'Normalaftertitle',
  ResNo: 'ResNo',
  Restitle: 'Restitle',
  Resref: 'Resref',
  RecNo: 'RecNo',
  Rectitle: 'Rectitle',
  Recref: 'Recref',
  Recdate: 'Recdate',
  CoverUnion: 'Coverunion',
  CoverSector: 'Coversector',
  CoverSectorName: 'Coversectorname',
  CoverNumber: 'Covernumber',
  CoverDate: 'Coverdate',
  CoverSeries: 'Coverseries',
  CoverSubseries: 'Coversubseries',
  CoverTitle: 'Covertitle',
  CoverFoot: 'Coverfoot',
  NoticeTitle: 'Noticetitle',
  NoticeText: 'Noticetext',
  NoticeCentered: 'Noticecentred',
  AnnexNo: 'AnnexNo',
  Annextitle: 'Annextitle',
  Annexref: 'Annexref',
  AppendixNo: 'AppendixNo',
  Appendixtitle: 'Appendixtitle',
  Note: 'Note',
  Tablehead: 'Tablehead',
  Tabletext: 'Tabletext',
  Tablelist: 'Tablelist',
  TableNotitle: 'TableNotitle',
  Figure: 'Figure',
  FigureNotitle: 'FigureNotitle',
  Source: 'Source',
  Reftext: 'Reftext',
  Abbreviation: 'Abbreviation',
  Centered: 'Centered',
  Quote: 'Quote',
  Code: 'Code',
  Boxtitle: 'Boxtitle',
  PartTitle: 'Parttitle',
  Docnumber: 'Docnumber',
  TSBHeaderRight14: 'TSBHeaderRight14',
  TSBHeaderOrg: 'TSBHeaderOrg',
  TSBHeaderSector: 'TSBHeaderSector',
  TSBHeaderSmall: 'TSBHeaderSmall',
  TSBHeaderSummary: 'TSBHeaderSummary',
  TSBHeaderQuestion: 'TSBHeaderQuestion',
  TSBHeaderSource: 'TSBHeaderSource',
  TSBHeaderTitle: 'TSBHeaderTitle',
  LSForAction: 'LSForAction',
  LSForComment: 'LSForComment',
  LSForInfo: 'LSForInfo',
  LSApproval: 'LSApproval',
  LSDeadline: 'LSDeadline',
  VenueDate: 'VenueDate',
  CoverLabel: 'Coverlabel',
  CoverText: 'Covertext',
  CoverBanner: 'Coverbanner',
  Checkbox: 'Checkbox',
  CheckboxNote: 'Checkboxnote',
  Header: 'Header',
  Footer: 'Footer',
  FooterQP: 'FooterQP',
  FootnoteText: 'FootnoteText',
  TOCHeading: 'TOCHeading',
  TOC1: 'TOC1',
  TOC2: 'TOC2',
  TOC3: 'TOC3',
} as const
export type ParaStyle = (typeof ParaStyle)[keyof typeof ParaStyle]

/** Character style ids. */
export const CharStyle = {
  FootnoteReference: 'FootnoteReference',
  Hyperlink: 'Hyperlink',
  Code: 'CodeChar',
} as const
export type CharStyle = (typeof CharStyle)[keyof typeof CharStyle]

/** Font names written into the document (named, or embedded under these names). */
export interface DocxFonts {
  /** Latin and Cyrillic text ("Times New Roman"). */
  latin: string
  /** Complex-script text: Arabic ("Traditional Arabic"). */
  complex: string
  /** East Asian text: Chinese ("SimSun"). */
  eastAsia: string
}

/** What differs between documents: their fonts, language and body alignment. */
export interface StyleSettings {
  fonts: DocxFonts
  /** BCP 47 tag for w:lang ("en-GB", "ar-SA"). */
  language: string
  justified: boolean
}

const pt = (points: number): number => points * 20
const size = (points: number): number => points * 2

interface StyleDef {
  name: string
  basedOn?: ParaStyle
  next?: ParaStyle
  /** Size in points (the complex-script size follows, see `complexSize`). */
  points?: number
  /** Complex-script size in points when it does not follow `points` (ITU's Arabic headings: 18 pt, E119-A). */
  csPoints?: number
  bold?: boolean
  italics?: boolean
  allCaps?: boolean
  font?: string
  /** Text colour, hex without '#'. */
  color?: string
  /** Extra space between letters, in twips (the cover's letter-spaced Union line). */
  characterSpacing?: number
  paragraph?: IParagraphStyleOptions['paragraph']
}

// ITU's Arabic files set complex-script text larger than Latin (Normal 12 pt → 15 pt, E119-A),
// because Arabic faces look small at the Latin size; the same ratio for every style keeps
// the hierarchy. It only touches complex-script text, so Latin documents look the same.
const complexSize = (points: number): number => Math.round(points * 1.25 * 2)

const keep = { keepNext: true, keepLines: true }
const centred = { alignment: AlignmentType.CENTER }
const heading = (level: number, before: number, hanging: number): StyleDef => ({
  name: `heading ${level}`,
  basedOn: ParaStyle.Normal,
  next: ParaStyle.Normal,
  bold: true,
  csPoints: 18,
  paragraph: { ...keep, spacing: { before: pt(before) }, indent: { left: hanging, hanging }, outlineLevel: level - 1, alignment: AlignmentType.START },
})
const coverCell = (name: string, extra: Omit<StyleDef, 'name'> = {}): StyleDef => ({
  name,
  basedOn: ParaStyle.Normal,
  ...extra,
  paragraph: { spacing: { before: pt(2), after: pt(2) }, alignment: AlignmentType.START, ...extra.paragraph },
})
/** A line of the cover page (E.119): Arial, as TSB sets its covers, left-aligned unless said. */
const coverPageLine = (name: string, points: number, before: number, extra: Omit<StyleDef, 'name'> = {}): StyleDef => ({
  name,
  basedOn: ParaStyle.Normal,
  points,
  font: 'Arial',
  ...extra,
  paragraph: { spacing: { before: pt(before) }, alignment: AlignmentType.START, ...extra.paragraph },
})

/** Where each TOC level's number and title start. */
const tocIndents = [{ left: 567, hanging: 567 }, { left: 1531, hanging: 964 }, { left: 2495, hanging: 964 }] as const
const tocLevel = (level: 1 | 2 | 3): StyleDef => ({
  name: `toc ${level}`,
  basedOn: ParaStyle.Normal,
  next: ParaStyle.Normal,
  // No right indent: LibreOffice drops a right-tab page number that lies beyond it.
  paragraph: {
    spacing: { before: pt(level === 1 ? 6 : 3) },
    indent: tocIndents[level - 1],
    alignment: AlignmentType.START,
  },
})

const definitions = {
  [ParaStyle.Normal]: {
    name: 'Normal',
    points: 12,
    paragraph: { spacing: { before: pt(6) } },
  },
  [ParaStyle.Heading1]: heading(1, 18, indent),
  [ParaStyle.Heading2]: heading(2, 12, indent),
  [ParaStyle.Heading3]: heading(3, 8, indent),
  [ParaStyle.Heading4]: heading(4, 8, 1021),
  [ParaStyle.Heading5]: heading(5, 8, 1021),
  [ParaStyle.Heading6]: heading(6, 8, 1588),
  [ParaStyle.Headingb]: { name: 'Heading_b', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, bold: true, csPoints: 18, paragraph: { ...keep, spacing: { before: pt(8) }, alignment: AlignmentType.START } },
  [ParaStyle.Call]: { name: 'Call', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, italics: true, paragraph: { ...keep, spacing: { before: pt(12) }, indent: { left: indent }, alignment: AlignmentType.START } },
  [ParaStyle.Enumlev1]: { name: 'enumlev1', basedOn: ParaStyle.Normal, paragraph: { spacing: { before: pt(4) }, indent: { left: indent, hanging: indent } } },
  [ParaStyle.Enumlev2]: { name: 'enumlev2', basedOn: ParaStyle.Enumlev1, paragraph: { indent: { left: 1191, hanging: 397 } } },
  [ParaStyle.Enumlev3]: { name: 'enumlev3', basedOn: ParaStyle.Enumlev2, paragraph: { indent: { left: 1588, hanging: 397 } } },
  [ParaStyle.Normalaftertitle]: { name: 'Normal_after_title', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, paragraph: { spacing: { before: pt(18) } } },
  [ParaStyle.ResNo]: { name: 'Res_No', basedOn: ParaStyle.Normal, next: ParaStyle.Restitle, points: 14, paragraph: { ...keep, ...centred, spacing: { before: pt(12) } } },
  [ParaStyle.Restitle]: { name: 'Res_title', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, points: 14, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(18) } } },
  [ParaStyle.Resref]: { name: 'Res_ref', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, italics: true, paragraph: { ...keep, ...centred } },
  [ParaStyle.RecNo]: { name: 'Rec_No', basedOn: ParaStyle.Normal, next: ParaStyle.Rectitle, points: 14, bold: true, paragraph: { ...keep, spacing: { before: 0 }, alignment: AlignmentType.START } },
  [ParaStyle.Rectitle]: { name: 'Rec_title', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, points: 14, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(18) } } },
  [ParaStyle.Recref]: { name: 'Rec_ref', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, italics: true, paragraph: { ...keep, ...centred } },
  [ParaStyle.Recdate]: { name: 'Rec_date', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, italics: true, paragraph: { ...keep, alignment: AlignmentType.END } },
  // The cover page of a published text (E.119's sizes): the grey letter-spaced Union line, the
  // Sector and the number in large type, the series, the title under a 1.5 pt rule, the
  // Recommendation's name near the foot.
  [ParaStyle.CoverUnion]: coverPageLine('Cover_union', 10, 24, { bold: true, color: '808080', characterSpacing: 100 }),
  [ParaStyle.CoverSector]: coverPageLine('Cover_sector', 36, 84, { bold: true, characterSpacing: 40 }),
  [ParaStyle.CoverSectorName]: coverPageLine('Cover_sector_name', 8, 4),
  [ParaStyle.CoverNumber]: coverPageLine('Cover_number', 30, 84, { bold: true, paragraph: { alignment: AlignmentType.END } }),
  [ParaStyle.CoverDate]: coverPageLine('Cover_date', 14, 2, { paragraph: { alignment: AlignmentType.END } }),
  [ParaStyle.CoverSeries]: coverPageLine('Cover_series', 16, 48),
  [ParaStyle.CoverSubseries]: coverPageLine('Cover_subseries', 16, 6),
  [ParaStyle.CoverTitle]: coverPageLine('Cover_title', 18, 36, { bold: true, paragraph: { border: { top: { style: BorderStyle.SINGLE, size: 12, color: 'auto', space: 10 } } } }),
  [ParaStyle.CoverFoot]: coverPageLine('Cover_foot', 16, 180),
  // The Foreword and the notice on intellectual property rights (H.782): 11 pt, headings centred.
  [ParaStyle.NoticeTitle]: { name: 'Notice_title', basedOn: ParaStyle.Normal, next: ParaStyle.NoticeText, points: 11, paragraph: { ...keep, ...centred, spacing: { before: pt(24) } } },
  [ParaStyle.NoticeText]: { name: 'Notice_text', basedOn: ParaStyle.Normal, points: 11 },
  [ParaStyle.NoticeCentered]: { name: 'Notice_centred', basedOn: ParaStyle.Normal, points: 11, paragraph: { ...keep, ...centred, spacing: { before: pt(24) } } },
  [ParaStyle.AnnexNo]: { name: 'Annex_No', basedOn: ParaStyle.Normal, next: ParaStyle.Annextitle, points: 14, paragraph: { ...keep, ...centred, spacing: { before: pt(36) } } },
  [ParaStyle.Annextitle]: { name: 'Annex_title', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, points: 14, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(12) } } },
  [ParaStyle.Annexref]: { name: 'Annex_ref', basedOn: ParaStyle.Normal, next: ParaStyle.Normalaftertitle, paragraph: { ...keep, ...centred } },
  [ParaStyle.AppendixNo]: { name: 'Appendix_No', basedOn: ParaStyle.AnnexNo, next: ParaStyle.Appendixtitle },
  [ParaStyle.Appendixtitle]: { name: 'Appendix_title', basedOn: ParaStyle.Annextitle },
  [ParaStyle.Note]: { name: 'Note', basedOn: ParaStyle.Normal, points: 11, paragraph: { spacing: { before: pt(4) } } },
  [ParaStyle.Tablehead]: { name: 'Table_head', basedOn: ParaStyle.Tabletext, bold: true, paragraph: { ...keep, ...centred } },
  [ParaStyle.Tabletext]: { name: 'Table_text', basedOn: ParaStyle.Normal, points: 11, paragraph: { spacing: { before: pt(2), after: pt(2) }, alignment: AlignmentType.START } },
  [ParaStyle.Tablelist]: { name: 'Table_list', basedOn: ParaStyle.Tabletext, paragraph: { indent: { left: 284, hanging: 284 } } },
  [ParaStyle.TableNotitle]: { name: 'Table_NoTitle', basedOn: ParaStyle.Normal, next: ParaStyle.Tablehead, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(18), after: pt(6) } } },
  [ParaStyle.Figure]: { name: 'Figure', basedOn: ParaStyle.Normal, next: ParaStyle.FigureNotitle, paragraph: { ...keep, ...centred, spacing: { before: pt(12), after: pt(6) } } },
  [ParaStyle.FigureNotitle]: { name: 'Figure_NoTitle', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, bold: true, paragraph: { keepLines: true, ...centred, spacing: { before: pt(6), after: pt(12) } } },
  [ParaStyle.Source]: { name: 'Source', basedOn: ParaStyle.Normal, points: 10, paragraph: { spacing: { before: pt(4) } } },
  [ParaStyle.Reftext]: { name: 'Ref_text', basedOn: ParaStyle.Normal, paragraph: { indent: { left: 2268, hanging: 2268 }, alignment: AlignmentType.START } },
  [ParaStyle.Abbreviation]: { name: 'Abbreviation', basedOn: ParaStyle.Normal, paragraph: { spacing: { before: pt(2) }, indent: { left: 1191, hanging: 1191 }, alignment: AlignmentType.START } },
  [ParaStyle.Centered]: { name: 'Normal_centred', basedOn: ParaStyle.Normal, paragraph: centred },
  [ParaStyle.Quote]: { name: 'Quote', basedOn: ParaStyle.Normal, paragraph: { indent: { left: indent, right: indent } } },
  [ParaStyle.Code]: { name: 'Code', basedOn: ParaStyle.Normal, points: 9, font: 'Courier New', paragraph: { spacing: { before: pt(4) }, alignment: AlignmentType.START } },
  [ParaStyle.Boxtitle]: { name: 'Box_title', basedOn: ParaStyle.Headingb, paragraph: { spacing: { before: pt(4) } } },
  // The title of a part of a publication, on a page of its own ("Part IV – Resolutions"), as ITU sets structure headings in large texts.
  [ParaStyle.PartTitle]: { name: 'Part_title', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, points: 14, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(12) } } },
  [ParaStyle.Docnumber]: coverCell('Docnumber', { points: 16, bold: true, paragraph: { alignment: AlignmentType.END, spacing: { before: 0 } } }),
  [ParaStyle.TSBHeaderRight14]: coverCell('TSBHeaderRight14', { points: 14, bold: true, paragraph: { alignment: AlignmentType.END } }),
  [ParaStyle.TSBHeaderOrg]: coverCell('TSBHeaderOrg', { points: 8, paragraph: { spacing: { before: 0 } } }),
  [ParaStyle.TSBHeaderSector]: coverCell('TSBHeaderSector', { points: 13, bold: true, paragraph: { spacing: { before: 0 } } }),
  [ParaStyle.TSBHeaderSmall]: coverCell('TSBHeaderSmall', { points: 8, paragraph: { spacing: { before: 0 } } }),
  [ParaStyle.TSBHeaderSummary]: coverCell('TSBHeaderSummary'),
  // The values ITU's contribution and liaison-statement templates style by field, so that
  // tools reading the file can find them: plain text, as any cover value.
  [ParaStyle.TSBHeaderQuestion]: coverCell('TSBHeaderQuestion'),
  [ParaStyle.TSBHeaderSource]: coverCell('TSBHeaderSource'),
  [ParaStyle.TSBHeaderTitle]: coverCell('TSBHeaderTitle'),
  [ParaStyle.LSForAction]: coverCell('LSForAction'),
  [ParaStyle.LSForComment]: coverCell('LSForComment'),
  [ParaStyle.LSForInfo]: coverCell('LSForInfo'),
  [ParaStyle.LSApproval]: coverCell('LSApproval'),
  [ParaStyle.LSDeadline]: coverCell('LSDeadline'),
  [ParaStyle.VenueDate]: coverCell('VenueDate', { paragraph: { alignment: AlignmentType.END } }),
  [ParaStyle.CoverLabel]: coverCell('Cover_label', { bold: true }),
  [ParaStyle.CoverText]: coverCell('Cover_text'),
  [ParaStyle.CoverBanner]: coverCell('Cover_banner', { bold: true, paragraph: { ...centred, spacing: { before: pt(6), after: pt(6) } } }),
  [ParaStyle.Checkbox]: coverCell('Checkbox', { bold: true, paragraph: centred }),
  [ParaStyle.CheckboxNote]: coverCell('Checkbox_note', { points: 10 }),
  [ParaStyle.Header]: { name: 'header', basedOn: ParaStyle.Normal, points: 9, paragraph: { ...centred, spacing: { before: 0 } } },
  [ParaStyle.Footer]: { name: 'footer', basedOn: ParaStyle.Normal, points: 9, paragraph: { ...centred, spacing: { before: 0 } } },
  [ParaStyle.FooterQP]: { name: 'Footer_QP', basedOn: ParaStyle.Normal, points: 11, bold: true, paragraph: { spacing: { before: 0 }, alignment: AlignmentType.START } },
  [ParaStyle.FootnoteText]: { name: 'footnote text', basedOn: ParaStyle.Normal, points: 10, paragraph: { spacing: { before: pt(4) }, indent: { left: 255, hanging: 255 } } },
  [ParaStyle.TOCHeading]: { name: 'TOC Heading', basedOn: ParaStyle.Normal, next: ParaStyle.Normal, bold: true, paragraph: { ...keep, ...centred, spacing: { before: pt(12), after: pt(6) } } },
  [ParaStyle.TOC1]: tocLevel(1),
  [ParaStyle.TOC2]: tocLevel(2),
  [ParaStyle.TOC3]: tocLevel(3),
} satisfies Record<ParaStyle, StyleDef>

const characterDefinitions = {
  [CharStyle.FootnoteReference]: { name: 'footnote reference', run: { superScript: true } },
  [CharStyle.Hyperlink]: { name: 'Hyperlink', run: { color: '0000FF', underline: { type: UnderlineType.SINGLE } } },
  [CharStyle.Code]: { name: 'Code Char', run: { font: 'Courier New', size: size(9) } },
} satisfies Record<CharStyle, Omit<ICharacterStyleOptions, 'id'>>

/** Tab stops of the TOC levels: the number's own stop, then dot leaders to the page number at the margin. */
export function tocTabStops(level: 1 | 2 | 3): Array<{ type: typeof TabStopType.LEFT | typeof TabStopType.RIGHT; position: number; leader?: typeof LeaderType.DOT }> {
  return [{ type: TabStopType.LEFT, position: tocIndents[level - 1].left }, { type: TabStopType.RIGHT, position: portraitTextWidth, leader: LeaderType.DOT }]
}

/**
 * Whether a paragraph style takes its alignment from Normal (body text, justified or ragged
 * right by document) rather than setting its own (centred titles, table text, headings).
 */
export function takesBodyAlignment(id: ParaStyle): boolean {
  let def: StyleDef = definitions[id]
  while (def !== definitions[ParaStyle.Normal]) {
    if (def.paragraph?.alignment !== undefined || !def.basedOn) return false
    def = definitions[def.basedOn]
  }
  return true
}

/** How a style sets its Latin text: size in points, bold, italic (as inherited from the styles it is based on). */
export function styleFont(id: ParaStyle): { size: number; bold: boolean; italic: boolean } {
  const chain: StyleDef[] = []
  for (let def: StyleDef | undefined = definitions[id]; def; def = def.basedOn ? definitions[def.basedOn] : undefined) chain.push(def)
  const first = <K extends 'points' | 'bold' | 'italics'>(key: K): StyleDef[K] => chain.find((def) => def[key] !== undefined)?.[key]
  return { size: first('points') ?? 12, bold: first('bold') ?? false, italic: first('italics') ?? false }
}

/** The name Word shows for a style (TOC field switches name styles, not ids). */
export function styleName(id: ParaStyle): string {
  return definitions[id].name
}

function paragraphStyle(id: ParaStyle, def: StyleDef, settings: StyleSettings): IParagraphStyleOptions {
  const run: NonNullable<IParagraphStyleOptions['run']> = {
    ...(def.points ? { size: size(def.points), sizeComplexScript: complexSize(def.points) } : {}),
    ...(def.csPoints ? { sizeComplexScript: size(def.csPoints) } : {}),
    ...(def.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(def.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(def.allCaps ? { allCaps: true } : {}),
    ...(def.font ? { font: { ascii: def.font, hAnsi: def.font, cs: def.font, eastAsia: settings.fonts.eastAsia } } : {}),
    ...(def.color ? { color: def.color } : {}),
    ...(def.characterSpacing ? { characterSpacing: def.characterSpacing } : {}),
  }
  const paragraph = id === ParaStyle.Normal ? { ...def.paragraph, alignment: settings.justified ? AlignmentType.BOTH : AlignmentType.START } : def.paragraph
  return {
    id,
    name: def.name,
    ...(def.basedOn ? { basedOn: def.basedOn } : {}),
    ...(def.next ? { next: def.next } : {}),
    quickFormat: true,
    run,
    ...(paragraph ? { paragraph } : {}),
  }
}

/** The styles part: document defaults (fonts, size, language) and every ITU style. */
export function buildStyles(settings: StyleSettings): IStylesOptions {
  const { fonts, language } = settings
  return {
    default: {
      document: {
        run: {
          font: { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.complex, eastAsia: fonts.eastAsia },
          size: size(12),
          sizeComplexScript: complexSize(12),
          language: { value: language, eastAsia: language, bidirectional: language },
        },
        // No line pitch: single spacing fits each line to its tallest script (an explicit
        // w:line without w:lineRule makes LibreOffice overlap Arabic lines).
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: (Object.entries(definitions) as Array<[ParaStyle, StyleDef]>).map(([id, def]) => paragraphStyle(id, def, settings)),
    characterStyles: (Object.entries(characterDefinitions) as Array<[CharStyle, Omit<ICharacterStyleOptions, 'id'>]>).map(([id, def]) => ({ id, ...def })),
  }
}
