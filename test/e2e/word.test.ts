// Word files on the command line: `itudoc validate file.docx` on the DOCX of every
// broken-contribution fixture reports what `itudoc validate` reports on its Markdown source,
// at Word paragraphs; a damaged, truncated or disguised file, or a zip bomb, is one error
// and exit 1 for both `import` and `validate`; `import` writes a source that builds.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { tree } from '../helpers.js'
import { itudoc, itudocAsync } from './cli.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'broken', 'contribution')
const sorted = (dir: string): string[] => readdirSync(dir).sort()
const cases = sorted(fixtures).flatMap((rule) => sorted(join(fixtures, rule)).map((name) => ({ rule: `contribution/${rule}`, name, dir: join(fixtures, rule, name) })))

const findingsOf = (stdout: string): Finding[] => (JSON.parse(stdout) as { findings: Finding[] }).findings

describe.concurrent('itudoc validate file.docx on the DOCX of each broken-contribution fixture', () => {
  for (const { rule, name, dir } of cases) {
    it(`${rule} (${name})`, async () => {
      const work = tree({})
      cpSync(join(dir, 'input'), join(work, 'input'), { recursive: true })
      const argsFile = join(dir, 'args')
      const flags = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/).slice(1) : []
      const built = await itudocAsync(['build', 'input', '--root', 'input', '--out', 'out', '--format', 'docx', '--quiet'], work)
      expect(built.status, built.stderr).toBe(0)
      const docx = readdirSync(join(work, 'out')).find((f) => f.endsWith('.docx'))!
      const fromSource = await itudocAsync(['validate', 'input', '--root', 'input', '--report', 'json', ...flags], work)
      const fromWord = await itudocAsync(['validate', join('out', docx), '--report', 'json', ...flags], work)
      expect(fromWord.stderr).toBe('')
      const source = findingsOf(fromSource.stdout)
      const word = findingsOf(fromWord.stdout).filter((f) => f.ruleId !== 'import/source-only-rules')
      expect(word.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(source.map((f) => `${f.ruleId} ${f.severity}`))
      expect(fromWord.status).toBe(fromSource.status)
      // Every finding is placed in the Word file: a paragraph, or ¶0 for the document as a whole.
      for (const finding of word) {
        expect(finding.file).toBe(join('out', docx))
        expect(finding.paragraph).toBeGreaterThanOrEqual(0)
        expect(finding.line).toBe(Math.max(1, finding.paragraph!))
      }
      // The skipped rules are named once.
      expect(findingsOf(fromWord.stdout).filter((f) => f.ruleId === 'import/source-only-rules')).toHaveLength(1)
    }, 120_000)
  }
})

/** A zip package of these parts. */
const zip = (parts: Record<string, Uint8Array>): Uint8Array => zipSync(parts, { level: 9 })
const contentTypes = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')

describe('files that are not Word documents, or not safe to open', () => {
  const work = tree({})
  const valid = (): Uint8Array => {
    itudoc(['new', 'contribution', 'c.md'], work)
    itudoc(['build', 'c.md', '--root', '.', '--out', 'out', '--format', 'docx', '--quiet'], work)
    return readFileSync(join(work, 'out', readdirSync(join(work, 'out')).find((f) => f.endsWith('.docx'))!))
  }
  const files: Record<string, () => Uint8Array> = {
    'truncated.docx': () => valid().subarray(0, 4000),
    'renamed-pdf.docx': () => strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    // 64 MB of zeros in a few kilobytes: a compression ratio no Word part has.
    'bomb.docx': () => zip({ '[Content_Types].xml': contentTypes, 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }),
    'not-word.docx': () => zip({ '[Content_Types].xml': contentTypes, 'xl/workbook.xml': strToU8('<workbook/>') }),
    'bad-xml.docx': () => zip({ '[Content_Types].xml': contentTypes, 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') }),
  }
  const expected: Record<string, string> = {
    'truncated.docx': 'import/damaged', 'renamed-pdf.docx': 'import/not-docx', 'bomb.docx': 'import/damaged', 'not-word.docx': 'import/not-docx', 'bad-xml.docx': 'import/damaged',
  }
  for (const [name, make] of Object.entries(files)) {
    it(`${name}: one error, exit 1, nothing written`, () => {
      const dir = join(work, name.replace('.docx', ''))
      mkdirSync(dir)
      writeFileSync(join(dir, name), make())
      const imported = itudoc(['import', name], dir)
      expect(imported.status).toBe(1)
      const errors = imported.stderr.split('\n').filter((line) => / error /.test(line))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(`${name} error ${expected[name]} Cannot import:`)
      expect(imported.stderr).not.toMatch(/\n\s+at /)
      expect(readdirSync(dir)).toEqual([name])
      const validated = itudoc(['validate', name, '--report', 'json'], dir)
      expect(validated.status).toBe(1)
      expect(findingsOf(validated.stdout).map((f) => f.ruleId)).toEqual([expected[name]])
    })
  }
})

describe('itudoc import on the command line', () => {
  it('writes a source beside the Word file that builds, and never overwrites one', () => {
    const work = tree({})
    itudoc(['new', 'resolution', 'res.md'], work)
    expect(itudoc(['build', 'res.md', '--root', '.', '--out', 'out', '--format', 'docx', '--quiet'], work).status).toBe(0)
    const docx = readdirSync(join(work, 'out')).find((f) => f.endsWith('.docx'))!
    cpSync(join(work, 'out', docx), join(work, 'word.docx'))
    const first = itudoc(['import', 'word.docx'], work)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('imported word.docx as a resolution (en): word.md')
    expect(itudoc(['build', 'word.md', '--root', '.', '--out', 'again', '--quiet'], work).status).toBe(0)
    const second = itudoc(['import', 'word.docx'], work)
    expect(second.status).toBe(2)
    expect(second.stderr).toContain('word.md already exists')
    const folder = itudoc(['import', 'word.docx', '--out', 'res-folder'], work)
    expect(folder.status, folder.stderr).toBe(0)
    expect(sorted(join(work, 'res-folder'))).toEqual(['document.yaml', 'en.md'])
  })
})

describe('itudoc validate on a publication\'s DOCX', () => {
  it('checks each compiled document and places its findings in the Word file', () => {
    const work = tree({})
    cpSync(join(import.meta.dirname, '..', '..', 'sources', 'wtdc-25'), join(work, 'wtdc-25'), { recursive: true })
    // A call item of the compiled resolution ends without its semicolon.
    const resolution = join(work, 'wtdc-25', 'res-digital-inclusion', 'en.md')
    writeFileSync(resolution, readFileSync(resolution, 'utf8').replace('economic, social and cultural life;', 'economic, social and cultural life'))
    expect(itudoc(['build', 'wtdc-25/final-report', '--root', '.', '--out', 'out', '--format', 'docx', '--lang', 'en', '--quiet'], work).status).toBe(0)
    const source = findingsOf(itudoc(['validate', 'wtdc-25/res-digital-inclusion', '--root', '.', '--lang', 'en', '--report', 'json'], work).stdout)
    expect(source.map((f) => f.ruleId)).toEqual(['resolution/item-punctuation'])
    const result = itudoc(['validate', 'out/wtdc-25/final-report/final-report-E.docx', '--report', 'json'], work)
    const word = findingsOf(result.stdout).filter((f) => f.ruleId !== 'import/source-only-rules')
    expect(word.map((f) => [f.ruleId, f.file, f.excerpt])).toEqual([['resolution/item-punctuation', 'out/wtdc-25/final-report/final-report-E.docx', 'a) that access to telecommunications/information and communication technologies …']])
    expect(word[0]!.paragraph).toBeGreaterThan(10)
  })
})
