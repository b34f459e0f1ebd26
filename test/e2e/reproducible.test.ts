// Reproducible builds (issue 12): the same sources give the same bytes whatever the order
// of the documents, the worker thread each one lands on, the time zone and the process
// locale — PDFs (fonts subset and ToUnicode maps made per document), DOCX, HTML and the
// manifest. Every glyph that takes room on a page says which letters it shows.
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tree } from '../helpers.js'
import { extractText, silentGlyphs } from '../pdf/support.js'
import { itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const shared = 'template: resolution\nbody: WTDC\nnumber: 5\nyear: 2025\n'
const front = (place: string, title: string, convening: string): string => `---\nplace: ${place}\ntitle: ${title}\nconvening: ${convening}\n---\n\n`
const resolves = (text: string): string => `:::resolves\n1. ${text}\n:::\n`

// Documents that poison a shared font cache when built before the others: composite
// glyphs (an accented capital is drawn from its letter and an accent), Naskh's shared
// dotless skeletons; and documents that need the plain letters afterwards.
const latin = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789'
const accented = 'ÁÉÍÓÚ ÀÈÌÒÙ ÂÊÎÔÛ ÄËÏÖÜ Ĥ Ç Ñ Å áéíóú ç ñ'
const arabic = 'ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ة ى'
const extra: Record<string, string> = {}
for (let n = 0; n < 10; n++) {
  const english = n % 2 ? `**${latin}**\n\n*${latin}*\n\n${latin}` : `**${accented}**\n\n${accented} ${n}`
  const arabicText = n % 2 ? `**${arabic}**\n\nبيبتيب ${n}` : `${arabic.split(' ').map((l) => `ب${l}ب`).join(' ')}`
  extra[`sources/extra/d${n}/document.yaml`] = shared
  extra[`sources/extra/d${n}/en.md`] = `${front('Baku', `Text ${n}`, 'The conference,')}${english}\n\n${resolves(`to act (${n}).`)}`
  extra[`sources/extra/d${n}/ar.md`] = `${front('باكو', `نص ${n}`, 'إن المؤتمر،')}${arabicText}\n\n${resolves(`أن يعمل (${n}).`)}`
}

const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const files = (out: string): string[] => readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes('.')).sort()

describe('two builds give the same bytes', () => {
  let dir: string
  let documents: string[]

  beforeAll(async () => {
    dir = tree(extra)
    cpSync(join(repository, 'sources'), join(dir, 'sources', 'examples'), { recursive: true })
    // Every document folder and one-file document, in the order discovery finds them.
    documents = readdirSync(join(dir, 'sources'), { recursive: true }).map(String)
      .filter((f) => f.endsWith('document.yaml') || (f.endsWith('.md') && !/(^|\/)[a-z]{2}\.md$/.test(f)))
      .map((f) => join('sources', f.endsWith('document.yaml') ? f.slice(0, -'/document.yaml'.length) : f))
      .sort()
    const env = { SOURCE_DATE_EPOCH: '1767225600' }
    const common = ['--root', 'sources', '-q']
    // One after the other (two cores are all a test machine may have); the second in the
    // reverse order, with a Turkish locale (dotless i in case folding) nine hours east.
    const first = await itudocAsync(['build', ...documents, '--out', 'a', ...common, '--jobs', '2'], dir, env)
    const turkish = { ...env, LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'Asia/Tokyo' }
    const second = await itudocAsync(['build', ...[...documents].reverse(), '--out', 'b', ...common, '--jobs', '2'], dir, turkish)
    // And in this thread alone: no worker, no font file read for it by another thread.
    const alone = await itudocAsync(['build', ...documents, '--out', 'c', ...common, '--jobs', '1'], dir, env)
    for (const result of [first, second, alone]) expect(result.stderr).toBe('')
  }, 360_000)

  it('builds at least 40 variants in every format', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'a', 'manifest.json'), 'utf8')) as { artifacts: Array<{ format: string; source: string }> }
    for (const format of ['pdf', 'docx', 'html']) expect(manifest.artifacts.filter((a) => a.format === format).length).toBeGreaterThanOrEqual(40)
  })

  it('in the reverse order of documents on two worker threads, under LANG=tr_TR and TZ=Asia/Tokyo', () => {
    expect(files(join(dir, 'b'))).toEqual(files(join(dir, 'a')))
    for (const file of files(join(dir, 'a'))) expect(`${file} ${hash(join(dir, 'b', file))}`).toBe(`${file} ${hash(join(dir, 'a', file))}`)
  })

  it('on one thread as on two (where each worker takes the font files the pool read for it)', () => {
    expect(files(join(dir, 'c'))).toEqual(files(join(dir, 'a')))
    for (const file of files(join(dir, 'a'))) expect(`${file} ${hash(join(dir, 'c', file))}`).toBe(`${file} ${hash(join(dir, 'a', file))}`)
  })

  it('maps every glyph that takes room on a page to its characters, in every PDF', () => {
    const pdfs = files(join(dir, 'a')).filter((f) => f.endsWith('.pdf'))
    expect(pdfs.length).toBeGreaterThanOrEqual(40)
    for (const pdf of pdfs) expect(silentGlyphs(join(dir, 'a', pdf)), pdf).toEqual([])
    // The plain letters built after the accented ones come back in full.
    const text = extractText(join(dir, 'a', 'extra', 'd1', 'd1-E.pdf')).replace(/\s+/g, ' ')
    expect(text.split(latin).length - 1).toBe(3)
  })
})
