// itudoc new and itudoc schema (issue 8 item 18): every skeleton, for every template and every
// sector, builds and validates exactly as written, in English and in Arabic; a sector a
// template does not accept is refused before anything is written; and the schema accepts the
// metadata of every example, in both the one-file and the folder (document.yaml + <lang>.md) form.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/diagnostic.js'
import { tree } from '../helpers.js'
import { itudoc, itudocAsync } from './cli.js'

const repository = join(import.meta.dirname, '..', '..')
const templates = ['contribution', 'liaison-statement', 'opinion', 'publication', 'recommendation', 'report', 'resolution']
/** The sectors each template accepts ('' = no --sector). */
const accepted: Record<string, string[]> = { contribution: ['D', 'T'], 'liaison-statement': ['D', 'T'], recommendation: ['T', 'R', 'D'] }

describe('itudoc new writes a skeleton that builds and validates as written', () => {
  const dir = tree({})
  const written: string[] = []
  for (const template of templates) {
    for (const sector of ['', 'T', 'R', 'D']) {
      const ok = !sector || (accepted[template] ?? []).includes(sector)
      it(`${template}${sector ? ` --sector ${sector}` : ''}: ${ok ? 'written' : 'refused'}`, async () => {
        const sectorArgs = sector ? ['--sector', sector] : []
        // A one-file English document, and an Arabic document folder.
        const file = `${template}${sector}/doc.md`
        const folder = `${template}${sector}-ar`
        const english = await itudocAsync(['new', template, file, ...sectorArgs], dir)
        const arabic = await itudocAsync(['new', template, folder, '--lang', 'ar', ...sectorArgs], dir)
        if (!ok) {
          for (const result of [english, arabic]) {
            expect(result.status).toBe(2)
            expect(result.stderr).toMatch(template in accepted ? new RegExp(`is for sector ${accepted[template]!.join(' or ')}, not ${sector}`) : /has no sector/)
          }
          expect(existsSync(join(dir, file))).toBe(false)
          expect(existsSync(join(dir, folder))).toBe(false)
          return
        }
        expect([english.status, english.stderr, arabic.status, arabic.stderr]).toEqual([0, '', 0, ''])
        written.push(file, join(folder, 'ar.md'))
      })
    }
  }

  it('every file written validates in draft mode with no error, and builds', () => {
    expect(written.length).toBe(2 * (templates.length + 2 + 2 + 3))
    const validated = itudoc(['validate', '.', '--report', 'json'], dir)
    // Every skeleton of a template has the same number: validated together, they are duplicates.
    const errors = (JSON.parse(validated.stdout) as { findings: Finding[] }).findings.filter((f) => f.severity === 'error' && f.ruleId !== 'resolution/duplicate-number')
    expect(errors.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([])
    const built = itudoc(['build', '.', '--out', 'out', '--format', 'html,docx'], dir)
    expect(built.stderr).toBe('')
    expect(built.status).toBe(0)
    const outputs = readdirSync(join(dir, 'out'), { recursive: true }).map(String)
    for (const source of written) {
      const base = source.endsWith('ar.md') ? source.slice(0, -'/ar.md'.length) : source.slice(0, -'.md'.length)
      expect(outputs, source).toContain(base.endsWith('doc') ? `${base}-E.html` : join(base, `${base}-A.docx`))
    }
  })
})

/** Every example's metadata, as the files that hold it. */
function exampleMetadata(): Array<{ path: string; file: 'one-file' | 'document.yaml' | 'language-file'; data: unknown }> {
  const sources = join(repository, 'sources')
  const out: Array<{ path: string; file: 'one-file' | 'document.yaml' | 'language-file'; data: unknown }> = []
  for (const name of readdirSync(sources, { recursive: true }).map(String).sort()) {
    const path = join(sources, name)
    const inFolder = existsSync(join(path, '..', 'document.yaml'))
    if (name.endsWith('document.yaml')) out.push({ path, file: 'document.yaml', data: parse(readFileSync(path, 'utf8')) ?? {} })
    else if (name.endsWith('.md')) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))
      out.push({ path, file: inFolder ? 'language-file' : 'one-file', data: parse(front?.[1] ?? '') ?? {} })
    }
  }
  return out
}

describe('itudoc schema', () => {
  const dir = tree({})
  const schemas = new Map<string, object>()
  const schema = (template: string, file: string): object => {
    const key = `${template} ${file}`
    if (!schemas.has(key)) {
      const result = itudoc(['schema', template, '--file', file], dir)
      expect(result.status).toBe(0)
      schemas.set(key, JSON.parse(result.stdout) as object)
    }
    return schemas.get(key)!
  }
  const validator = (s: object) => new Ajv2020({ strict: false, allErrors: true }).compile(s)

  it('accepts the metadata of every example, one-file and split (document.yaml + <lang>.md)', () => {
    const examples = exampleMetadata()
    expect(examples.some((e) => e.file === 'document.yaml')).toBe(true)
    expect(examples.some((e) => e.file === 'language-file')).toBe(true)
    expect(examples.some((e) => e.file === 'one-file')).toBe(true)
    for (const example of examples) {
      const folderTemplate = example.file === 'language-file' ? (parse(readFileSync(join(example.path, '..', 'document.yaml'), 'utf8')) as { template: string }).template : undefined
      const template = folderTemplate ?? (example.data as { template: string }).template
      const validate = validator(schema(template, example.file))
      expect(validate(example.data) ? [] : validate.errors, relative(repository, example.path)).toEqual([])
    }
  })

  it('says what each file may hold: only a one-file document must hold every required field', () => {
    const one = schema('resolution', 'one-file') as { required: string[]; description: string; properties: object }
    const shared = schema('resolution', 'document.yaml') as { required?: string[]; description: string; properties: object }
    const language = schema('resolution', 'language-file') as { required?: string[]; description: string; properties: object }
    expect(one.required).toEqual(expect.arrayContaining(['template', 'title', 'convening']))
    expect(shared.required).toBeUndefined()
    expect(language.required).toBeUndefined()
    expect(shared.description).toMatch(/^document\.yaml/)
    expect(language.description).toMatch(/language file/)
    // The language of a folder's file is its name; only a translation records its original.
    expect(Object.keys(one)).toContain('properties')
    expect(Object.keys(shared.properties)).not.toContain('lang')
    expect(Object.keys(shared.properties)).not.toContain('translated-from')
    expect(Object.keys(language.properties)).toContain('translated-from')
    // A one-file document without its title is rejected, a document.yaml without it is not.
    const data = { template: 'resolution', body: 'WTDC', number: 1, place: 'Geneva', year: 2026, convening: 'The Conference,' }
    expect(validator(one)(data)).toBe(false)
    expect(validator(shared)(data)).toBe(true)
    expect(validator(shared)({ ...data, nonsense: 1 })).toBe(false)
    expect(itudoc(['schema', 'resolution', '--file', 'fr.md'], dir).status).toBe(2)
  })
})
