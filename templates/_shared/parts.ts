// Small builders for cover parts that several templates use: a label followed by the
// locale's colon, a contact block, the Question list.
import type { CoverRowSpec, CoverTableSpec, NumberingSpec, Part } from '../../src/model/template.js'
import type { LabelKey } from '../../src/model/locale.js'

/** "Source:" / "Source :" / "来源：" */
export function labelled(key: LabelKey, upper = false): Part[] {
  return [upper ? { label: key, case: 'upper' } : { label: key }, { punct: 'colon' }]
}

/** One row per contact: name, organization, country | phone, e-mail (ITU-T layout). */
export const contactRowsT: CoverRowSpec = {
  each: 'contacts',
  rule: 'above',
  cells: [
    { role: 'label', lines: [labelled('contact')] },
    { role: 'value', lines: [[{ field: 'item.name' }], [{ field: 'item.organization' }], [{ field: 'item.country' }]] },
    {
      role: 'value',
      lines: [
        [{ if: 'item.phone', then: [...labelled('tel'), ' ', { field: 'item.phone' }] }],
        [...labelled('email'), ' ', { field: 'item.email' }],
      ],
    },
  ],
}

/** One row per contact, ITU-D Annex 2 layout: Name / Organization / Phone number / E-mail. */
export const contactRowsD: CoverRowSpec = {
  each: 'contacts',
  rule: 'above',
  cells: [
    { role: 'label', lines: [labelled('contact')] },
    {
      role: 'value',
      lines: [
        [...labelled('name'), ' ', { field: 'item.name' }],
        [{ if: 'item.organization', then: [...labelled('organization'), ' ', { field: 'item.organization' }] }],
        [{ if: 'item.phone', then: [...labelled('phone'), ' ', { field: 'item.phone' }] }],
        [...labelled('email'), ' ', { field: 'item.email' }],
      ],
    },
  ],
}

/** The organization lines' roles in turn: the Union's name small, the Sector large and bold, the rest small. */
const orgRoles = ['headerOrg', 'headerSector'] as const

/**
 * The header block of ITU meeting documents: logo slot and the Union's and Sector's names
 * on the left, the document number in large bold type on the right, then the right-aligned
 * lines of `right` (study group, date, "Original: …"); a thick rule closes it. Each left line
 * shares a row with a right line, so the two columns stand level as on ITU's covers (CT):
 * the Union beside the number, the Sector beside the study group, the study period beside
 * "Original: …".
 */
export function documentHeader(org: Part[][], docNumber: Part[], right: Part[][]): CoverTableSpec {
  const rightLines = [docNumber, ...right]
  const rows: CoverRowSpec[] = Array.from({ length: Math.max(org.length, rightLines.length) }, (_, i) => ({
    cells: [
      { role: 'logo' as const, lines: [] },
      { role: orgRoles[i] ?? ('headerSmall' as const), lines: org[i] ? [org[i]] : [] },
      { role: i === 0 ? ('docNumber' as const) : ('headerRight' as const), lines: rightLines[i] ? [rightLines[i]] : [] },
    ],
  }))
  rows[rows.length - 1] = { ...rows[rows.length - 1]!, rule: 'thickBelow' }
  return { table: 'header', widths: [1.6, 8.9, 6.5], rows }
}

/** ITU-T (TSB) header: Union, Sector, study period; the document number as given. */
export function tsbHeader(right: Part[][]): CoverTableSpec {
  return documentHeader([[{ label: 'itu' }], [{ label: 'sectorT' }], [{ pattern: 'studyPeriod', args: { period: [{ field: 'study-period' }] } }]], [{ field: 'document' }], right)
}

/** ITU-D (BDT) header: Union, Sector (and study group); the number carries the language suffix. */
export function bdtHeader(org: Part[][], right: Part[][]): CoverTableSpec {
  return documentHeader([[{ label: 'itu' }], [{ label: 'sectorD' }], ...org], suffixedNumber, right)
}

/** "SG1RGQ/123-E": ITU-D document numbers end with the language letter. */
export const suffixedNumber: Part[] = [{ field: 'document' }, '-', { field: 'locale.suffix' }]

/** Clause numbering of meeting documents: 1, 1.1; numbered lists; Annex 1, 2 (or "Annex"). */
export const clauseNumbering: NumberingSpec = {
  headings: true,
  paragraphs: false,
  orderedList: 'numeric',
  annex: { scheme: 'numeric', heading: 'annexNumber', single: 'annexSingle', prefix: false },
  footnotes: 'document',
}

export const studyGroupLine: Part[] = [{ pattern: 'studyGroupNumber', args: { n: [{ field: 'study-group' }] } }]
export const originalLine: Part[] = [{ pattern: 'original', args: { language: [{ field: 'original-language', format: 'language' }] } }]
