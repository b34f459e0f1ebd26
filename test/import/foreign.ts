// Word files made by other writers than itudoc, generated for the tests (never hand-edited
// XML): pandoc's DOCX of a resolution typed in plain Markdown, LibreOffice's re-save of an
// itudoc DOCX, and a contribution typed the way delegates type them in Word — ITU's cover
// table filled in by hand, typed labels and clause numbers before tabs, no ITU styles —
// written with the `docx` library.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, FootnoteReferenceRun,
  ImageRun, InsertedTextRun, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType, type FileChild, type IPropertiesOptions,
} from 'docx'
import { strToU8, unzipSync, zipSync } from 'fflate'

const tools = (names: string[]): boolean => names.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0)
export const hasPandoc = tools(['pandoc'])
export const hasSoffice = tools(['soffice'])

// ------------------------------------------------------------------ pandoc

/** A WTDC resolution as someone types it in pandoc's Markdown: italic call lines, lettered and numbered lists. */
export const pandocResolutionMarkdown = `RESOLUTION 37 (Rev. Baku, 2025)

**Bridging the digital divide**

*The World Telecommunication Development Conference (Baku, 2025),*

*considering*

a)  that access to broadband remains uneven between and within countries;[^1]

b)  that affordable devices are a condition of meaningful use,

*recognizing*

a)  that the barriers are interrelated, in particular:

    i)  the cost of data relative to income;

    ii) limited digital skills;

b)  that national strategies work best with local partners,

*resolves*

1.  to make digital inclusion a priority of the Sector's programmes;

2.  to carry out the activities in the Annex to this resolution,

*invites Member States*

1.  to share their experience with the study groups.

ANNEX TO RESOLUTION 37 (Rev. Baku, 2025)

**Indicative activities**

The Bureau will report on these activities every year.

[^1]: Measured by the share of households with a fixed or mobile broadband subscription.
`

/** pandoc's DOCX of the resolution above (its own reference styles: Normal, Body Text, Compact, numbered lists). */
export function pandocResolution(dir: string): string {
  const markdown = join(dir, 'resolution.md')
  const docx = join(dir, 'resolution-pandoc.docx')
  writeFileSync(markdown, pandocResolutionMarkdown)
  const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', docx, markdown], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`)
  return docx
}

// ------------------------------------------------------------------ LibreOffice

/** The package without itudoc's stored metadata (docProps/custom.xml), so only the cover tells. */
export function withoutCustomProperties(data: Uint8Array): Uint8Array {
  const files = unzipSync(data)
  delete files['docProps/custom.xml']
  files['[Content_Types].xml'] = strToU8(new TextDecoder().decode(files['[Content_Types].xml']).replace(/<Override PartName="\/docProps\/custom.xml"[^>]*\/>/, ''))
  return zipSync(files)
}

/** LibreOffice opens a DOCX and saves it again as DOCX (its own styles.xml, numbering, table layout). */
export function libreOfficeResave(data: Uint8Array, dir: string, name: string): string {
  const input = join(dir, 'in')
  const output = join(dir, 'out')
  mkdirSync(input, { recursive: true })
  mkdirSync(output, { recursive: true })
  writeFileSync(join(input, `${name}.docx`), data)
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', output, join(input, `${name}.docx`)], {
    env: { ...process.env, HOME: join(dir, 'home') },
    encoding: 'utf8',
    timeout: 300_000,
  })
  const saved = readdirSync(output).find((file) => basename(file, '.docx') === name)
  if (result.status !== 0 || !saved) throw new Error(`LibreOffice failed: ${result.stderr}`)
  return join(output, saved)
}

// ------------------------------------------------------------------ a contribution typed in Word

export const typed = (label: string, ...text: Array<TextRun | string | FootnoteReferenceRun>): Paragraph =>
  new Paragraph({ children: [new TextRun(label), new TextRun({ children: [new Tab()] }), ...text.map((t) => (typeof t === 'string' ? new TextRun(t) : t))] })
export const plain = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] })
export const bold = (text: string): Paragraph => new Paragraph({ children: [new TextRun({ text, bold: true })] })
export const cell = (paragraphs: Paragraph[], columnSpan?: number): TableCell => new TableCell({ children: paragraphs, ...(columnSpan ? { columnSpan } : {}) })
export const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells })
export const table = (rows: TableRow[]): Table => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })

/** What the hand-typed contribution's cover says, for the test to compare with. */
export const typedContribution = {
  document: 'SG2RGQ/45',
  date: '2026-03-02',
  meeting: { venue: 'Geneva', start: '2026-04-20', end: '2026-04-24' },
  questions: ['3/2'],
  source: 'Administration of Examplia',
  title: 'Early warning by cell broadcast in remote valleys',
  contact: { name: 'B. Delegate', organization: 'Telecom Regulatory Authority', phone: '+41 22 000 0001', email: 'b.delegate@example.org' },
}

/**
 * The header and cover tables of ITU-D's contribution template, filled in by hand: all in
 * Normal with direct bold, as a delegate leaves them.
 */
export function typedCover(): FileChild[] {
  const c = typedContribution
  const header = table([
    row(cell([plain('')]), cell([bold('INTERNATIONAL TELECOMMUNICATION UNION'), bold('TELECOMMUNICATION DEVELOPMENT SECTOR'), bold('STUDY GROUP 2')]), cell([bold(`${c.document}-E`)])),
    row(cell([plain('')]), cell([plain('')]), cell([bold('2 March 2026')])),
    row(cell([plain('')]), cell([plain('')]), cell([bold('Original: English')])),
  ])
  const venue = table([row(cell([bold('Venue and date of meeting:')]), cell([plain('Geneva, 20–24 April 2026')]))])
  const forWhat = table([
    row(cell([plain('X')]), cell([bold('FOR ACTION')]), cell([plain('(Place on the agenda)')])),
    row(cell([plain('')]), cell([bold('FOR INFORMATION')]), cell([plain('(For reference only; not to be placed on the agenda or discussed)')])),
  ])
  const fields = table([
    row(cell([bold('QUESTION:')]), cell([plain('3/2')])),
    row(cell([bold('SOURCE:')]), cell([plain(c.source)])),
    row(cell([bold('TITLE:')]), cell([bold(c.title)])),
    row(cell([bold('Revision to previous contribution:')]), cell([plain('No')])),
    row(cell([bold('Action required:')]), cell([plain('The meeting is invited to consider the proposal in section 2.')])),
    row(cell([bold('Contact:')]), cell([plain(`Name: ${c.contact.name}`), plain(`Organization: ${c.contact.organization}`), plain(`Phone number: ${c.contact.phone}`), plain(`E-mail: ${c.contact.email}`)])),
  ])
  return [
    header, plain(''), venue, plain(''), forWhat, plain(''), fields, plain(''),
    bold('Abstract:'),
    plain('Experience with cell broadcast warnings in two remote valleys, and a proposal for the output report.'),
  ]
}

/** Write a document made with the `docx` library. */
export async function writeDocx(path: string, options: Omit<IPropertiesOptions, 'sections'> & { children: FileChild[] }): Promise<string> {
  const { children, ...rest } = options
  writeFileSync(path, await Packer.toBuffer(new Document({ creator: 'B. Delegate', ...rest, sections: [{ children }] })))
  return path
}

/**
 * A contribution typed in Word on ITU-D's template: the cover filled in by hand, clause
 * numbers and list labels typed before tabs, a footnote, a tracked change, a comment, a link,
 * a table and a figure with typed captions, a NOTE and an annex.
 */
export async function handTypedContribution(dir: string, image: Uint8Array): Promise<string> {
  const captioned = table([
    row(cell([bold('Valley')]), cell([bold('Households')]), cell([bold('Coverage')])),
    row(cell([plain('North')]), cell([plain('420')]), cell([plain('92 %')])),
    row(cell([plain('South')]), cell([plain('310')]), cell([plain('71 %')])),
  ])
  return writeDocx(join(dir, 'contribution-typed.docx'), {
    footnotes: { 1: { children: [plain('Cell broadcast reaches every handset in a cell at once.')] } },
    comments: { children: [{ id: 0, author: 'C. Reviewer', date: new Date(Date.UTC(2026, 1, 27, 10)), children: [plain('Check the figure against the survey.')] }] },
    children: [
      ...typedCover(),
      typed('1', new TextRun({ text: 'Introduction', bold: true })),
      new Paragraph({ children: [new TextRun('Valleys cut off by terrain receive warnings late'), new FootnoteReferenceRun(1), new TextRun('. The trial measured how many people a warning reached.')] }),
      typed('2', new TextRun({ text: 'Proposal', bold: true })),
      plain('The meeting is invited to:'),
      typed('1)', 'note the results of the trial;'),
      typed('2)', 'include the following in the output report:'),
      typed('a)', 'the coverage measured in each valley;'),
      typed('b)', 'the cost of the equipment.'),
      typed('3)', 'continue the study.'),
      typed('2.1', new TextRun({ text: 'Coverage', bold: true })),
      new Paragraph({ children: [
        new TextRun('Coverage reached the levels in Table 1 '),
        new DeletedTextRun({ id: 1, author: 'B. Delegate', date: '2026-02-28T09:00:00Z', text: 'soon' }),
        new InsertedTextRun({ id: 2, author: 'B. Delegate', date: '2026-02-28T09:00:00Z', text: 'within a week' }),
        new TextRun(' ('),
        new ExternalHyperlink({ link: 'https://www.itu.int/en/ITU-D/Emergency-Telecommunications', children: [new TextRun({ text: 'ITU-D emergency telecommunications', style: 'Hyperlink' })] }),
        new TextRun(').'),
      ] }),
      plain('Table 1 – Coverage of the warnings'),
      captioned,
      plain('NOTE – Coverage is the share of households that received the test warning.'),
      figure(image, 'Map of the two valleys'),
      plain('Figure 1 – The two valleys'),
      new Paragraph({ children: [new CommentRangeStart(0), new TextRun('The survey covered both valleys.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
      new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: 'Annex 1', bold: true })] }),
      bold('Survey questions'),
      typed('1)', 'Did you receive the warning?'),
      typed('2)', 'How long after the event?'),
    ],
  })
}

/** A centred picture, with or without alternative text. */
export function figure(image: Uint8Array, description?: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: image, transformation: { width: 120, height: 80 }, ...(description ? { altText: { name: 'picture', description, title: description } } : {}) })] })
}

/** A small PNG to put in a document. */
export function picture(): Uint8Array {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken', 'figure', 'missing-image', 'ok', 'input', 'pic.png'))
}
