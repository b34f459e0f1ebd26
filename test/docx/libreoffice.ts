// LibreOffice headless for the DOCX tests: convert DOCX files to PDF with a private profile
// and a fontconfig that adds the fonts itudoc ships (Tinos, Noto Naskh Arabic, Noto Serif SC)
// and maps the Word names the documents use onto them — nothing installed system-wide.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fonts } from '../../src/build/fonts.js'
import { tree } from '../helpers.js'

/** soffice and poppler's pdftotext are on PATH. */
export const hasLibreOffice = ['soffice', 'pdftotext'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0)

/** The Word font names of ITU's files → the shipped families that stand in for them. */
const aliases: Record<string, string> = { 'Times New Roman': 'Tinos', 'Traditional Arabic': 'Noto Naskh Arabic', SimSun: 'Noto Serif SC' }

function fontsConf(dir: string): string {
  const folders = [...new Set(fonts.map((font) => dirname(dirname(font.path))))].sort()
  const path = join(dir, 'fonts.conf')
  writeFileSync(path, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${folders.map((folder) => `  <dir>${folder}</dir>`).join('\n')}
  <cachedir>${join(dir, 'fc-cache')}</cachedir>
${Object.entries(aliases).map(([name, family]) => `  <alias binding="same"><family>${name}</family><prefer><family>${family}</family></prefer></alias>`).join('\n')}
</fontconfig>
`)
  return path
}

/** Convert DOCX files to PDF in one LibreOffice run; returns the PDF paths in the same order. */
export function convertToPdf(files: readonly string[]): string[] {
  const dir = tree({})
  const out = join(dir, 'pdf')
  mkdirSync(out)
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], {
    env: { ...process.env, HOME: join(dir, 'home'), FONTCONFIG_FILE: fontsConf(dir) },
    encoding: 'utf8',
    timeout: 300_000,
  })
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`)
  return files.map((file) => join(out, `${basename(file, '.docx')}.pdf`))
}

/**
 * The text of a PDF, page by page. Reading order keeps the lines of a table cell together;
 * `layout` keeps a line that ends in "-" ("- 2 -"), which reading order joins to the next as
 * if it were hyphenated.
 */
export function pdfPages(pdf: string, mode: 'reading' | 'layout' = 'reading'): string[] {
  const result = spawnSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${result.stderr}`)
  return result.stdout.split('\f').slice(0, -1)
}
