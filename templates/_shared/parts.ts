// Small builders for cover parts that several templates use: a label followed by the
// locale's colon, a contact block, the Question list.
import type { CoverRowSpec, CoverTableSpec, Part } from '../../src/model/template.js'
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

/**
 * The TSB header of ITU-T documents: logo slot, Union and Sector names and study period on
 * the left; document number, then one right-aligned line per entry of `right` (study group,
 * "Original: …"); a thick rule closes it.
 */
export function tsbHeader(right: Part[][]): CoverTableSpec {
  const empty = [{ role: 'logo' as const, lines: [] }, { role: 'headerSmall' as const, lines: [] }]
  return {
    table: 'header',
    widths: [1.6, 8.9, 6.5],
    rows: [
      {
        cells: [
          { role: 'logo', lines: [] },
          { role: 'headerOrg', lines: [[{ label: 'itu' }], [{ label: 'sectorT' }], [{ pattern: 'studyPeriod', args: { period: [{ field: 'study-period' }] } }]] },
          { role: 'docNumber', lines: [[{ field: 'document' }]] },
        ],
      },
      ...right.map((line, i) => ({ ...(i === right.length - 1 ? { rule: 'thickBelow' as const } : {}), cells: [...empty, { role: 'headerRight' as const, lines: [line] }] })),
    ],
  }
}

export const studyGroupLine: Part[] = [{ pattern: 'studyGroupNumber', args: { n: [{ field: 'study-group' }] } }]
export const originalLine: Part[] = [{ pattern: 'original', args: { language: [{ field: 'original-language', format: 'language' }] } }]
