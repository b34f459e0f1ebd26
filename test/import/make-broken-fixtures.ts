// Writes the Word files of the broken-input corpus for the import/* rules
// (test/fixtures/broken/import/<rule>/<case>/input/doc.docx, with an `args` file naming it):
// a contribution typed in Word (test/import/foreign.ts) that validates cleanly, and for each
// rule that contribution with the one thing the rule reports. Run it again after changing it:
//   npx tsx test/import/make-broken-fixtures.ts
// then UPDATE=1 npx vitest run test/e2e/broken.test.ts rewrites the expected reports.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Math as OfficeMath, MathRun, Paragraph, TextRun, type FileChild, type IPropertiesOptions } from 'docx'
import { contributionSource } from '../helpers.js'
import { bold, cell, figure, picture, plain, row, table, typed, typedCover, writeDocx } from './foreign.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'broken', 'import')

/** The body every case shares: a clause with a paragraph. */
const body = (): FileChild[] => [typed('1', new TextRun({ text: 'Introduction', bold: true })), plain('Valleys cut off by terrain receive warnings late.')]

type Options = Omit<IPropertiesOptions, 'sections'> & { children: FileChild[] }
const contribution = (extra: FileChild[] = [], options: Omit<Options, 'children'> = {}): Options => ({ ...options, children: [...typedCover(), ...body(), ...extra] })

/** The publisher's back page: the list of the Recommendation series, then the printer's line. */
const seriesList = (): FileChild[] => [
  table([
    row(cell([bold('SERIES OF ITU-T RECOMMENDATIONS')], 2)),
    ...[...'ADEFGHIJKLMNOPQRSTUVXYZ'].map((letter) => row(cell([plain(`Series ${letter}`)]), cell([plain(`Recommendations of series ${letter}`)]))),
  ]),
  plain('Printed in Switzerland'),
]

/** A Recommendation typed in Word with the publisher's front matter before its text (and, asked, its back page after it). */
const recommendation = (foreword: boolean, backPage = false): Options => ({
  children: [
    bold('Recommendation ITU-T X.999'),
    bold('Early warning by cell broadcast'),
    ...(foreword ? [bold('FOREWORD'), plain('The ITU Telecommunication Standardization Sector (ITU-T) is a permanent organ of ITU.')] : []),
    bold('Summary'),
    plain('This Recommendation describes early warning by cell broadcast.'),
    bold('History'),
    table([
      row(cell([bold('Edition')]), cell([bold('Recommendation')]), cell([bold('Approval')]), cell([bold('Study Group')])),
      row(cell([plain('1.0')]), cell([plain('ITU-T X.999')]), cell([plain('2026-06-12')]), cell([plain('17')])),
    ]),
    bold('Keywords'),
    plain('Cell broadcast, early warning.'),
    typed('1', new TextRun({ text: 'Scope', bold: true })),
    plain('This Recommendation covers warnings to mobile handsets.'),
    typed('2', new TextRun({ text: 'References', bold: true })),
    plain('None.'),
    typed('3', new TextRun({ text: 'Definitions', bold: true })),
    plain('None.'),
    typed('4', new TextRun({ text: 'Abbreviations and acronyms', bold: true })),
    plain('None.'),
    typed('5', new TextRun({ text: 'Conventions', bold: true })),
    plain('None.'),
    ...(backPage ? seriesList() : []),
  ],
})

const sites = (merged: boolean) => table([
  row(cell([bold('Site')]), cell([bold('Households')]), cell([bold('Coverage')])),
  merged ? row(cell([plain('North and South')], 2), cell([plain('88 %')])) : row(cell([plain('North')]), cell([plain('420')]), cell([plain('92 %')])),
])

interface Case { rule: string; name: string; file: string; bytes?: Uint8Array | string | ((docx: Uint8Array) => Uint8Array); options?: Options }

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const cases: Case[] = [
  { rule: 'not-docx', name: 'not-ok', file: 'doc.docx', bytes: pdf },
  { rule: 'damaged', name: 'not-ok', file: 'doc.docx', options: contribution(), bytes: (docx) => docx.subarray(0, Math.floor(docx.length / 2)) },
  {
    rule: 'unmapped-style', name: 'not-ok', file: 'doc.docx',
    options: contribution([new Paragraph({ style: 'Fancy', children: [new TextRun('The survey covered both valleys.')] })], { styles: { paragraphStyles: [{ id: 'Fancy', name: 'Fancy body', run: { italics: true } }] } }),
  },
  { rule: 'unsupported', name: 'not-ok', file: 'doc.docx', options: contribution([new Paragraph({ children: [new TextRun('Coverage is '), new OfficeMath({ children: [new MathRun('c = n / N')] }), new TextRun('.')] })]) },
  { rule: 'alt-missing', name: 'not-ok', file: 'doc.docx', options: contribution([figure(picture()), plain('Figure 1 – The two valleys')]) },
  { rule: 'merged-cells', name: 'not-ok', file: 'doc.docx', options: contribution([plain('Table 1 – Coverage by site'), sites(true)]) },
  { rule: 'lettering', name: 'not-ok', file: 'doc.docx', options: contribution([plain('The meeting is invited to:'), typed('a)', 'note the results;'), typed('b)', 'continue the study.')]) },
  { rule: 'figure-without-image', name: 'not-ok', file: 'doc.docx', options: contribution([plain('Figure 1 – The two valleys')]) },
  { rule: 'front-matter', name: 'not-ok', file: 'T-REC-X.999-202606-I!!MSW-E.docx', options: recommendation(true) },
  { rule: 'front-matter', name: 'ok', file: 'T-REC-X.999-202606-I!!MSW-E.docx', options: recommendation(false) },
  { rule: 'back-matter', name: 'not-ok', file: 'T-REC-X.999-202606-I!!MSW-E.docx', options: recommendation(false, true) },
  { rule: 'back-matter', name: 'ok', file: 'T-REC-X.999-202606-I!!MSW-E.docx', options: recommendation(false) },
  { rule: 'source-only-rules', name: 'not-ok', file: 'doc.docx', options: contribution() },
  // A Markdown source skips nothing.
  { rule: 'source-only-rules', name: 'ok', file: 'doc.md', bytes: contributionSource() },
]
// Every other rule's ok case: the same contribution with what its not-ok case does done right.
const right: Record<string, Options> = {
  'not-docx': contribution(),
  damaged: contribution(),
  'unmapped-style': contribution([plain('The survey covered both valleys.')]),
  unsupported: contribution([plain('Coverage is c = n / N.')]),
  'alt-missing': contribution([figure(picture(), 'Map of the two valleys'), plain('Figure 1 – The two valleys')]),
  'merged-cells': contribution([plain('Table 1 – Coverage by site'), sites(false)]),
  lettering: contribution([plain('The meeting is invited to:'), typed('1)', 'note the results;'), typed('2)', 'continue the study.')]),
  'figure-without-image': contribution([figure(picture(), 'Map of the two valleys'), plain('Figure 1 – The two valleys')]),
}
for (const [rule, options] of Object.entries(right)) cases.push({ rule, name: 'ok', file: 'doc.docx', options })

rmSync(root, { recursive: true, force: true })
for (const { rule, name, file, bytes, options } of cases) {
  const dir = join(root, rule, name)
  mkdirSync(join(dir, 'input'), { recursive: true })
  const path = join(dir, 'input', file)
  if (options) await writeDocx(path, options)
  const made = typeof bytes === 'function' ? bytes(new Uint8Array(readFileSync(path))) : bytes
  if (made !== undefined) writeFileSync(path, made)
  if (file.endsWith('.docx')) writeFileSync(join(dir, 'args'), `input/${file}\n`)
}
