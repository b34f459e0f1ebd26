// The library API: `import { build, validate } from 'itudoc'` resolves through package.json
// "exports" to the compiled dist/ (as for any other Node program), with its declarations,
// and builds and validates an example without spawning the CLI.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, validate, type BuildEvent, type Finding } from 'itudoc'
import { tree } from '../helpers.js'

const repository = join(import.meta.dirname, '..', '..')
const example = join(repository, 'sources', 'sg1', 'contribution-community-networks')

describe('the library API', () => {
  it('is the compiled entry named by package.json "exports", with type declarations', () => {
    const entry = createRequire(join(repository, 'package.json')).resolve('itudoc')
    expect(entry).toBe(join(repository, 'dist', 'src', 'index.js'))
    const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as { exports: Record<string, { types: string }> }
    const declarations = readFileSync(resolve(repository, manifest.exports['.']!.types), 'utf8')
    expect(declarations).toMatch(/export declare function build\(options\?: BuildOptions\): Promise<BuildResult>/)
    expect(declarations).toMatch(/export declare function validate\(options\?: ValidateOptions\): Promise<ValidateResult>/)
  })

  it('builds an example: the artifacts written, their files, and the events of the build', async () => {
    const out = mkdtempSync(join(tmpdir(), 'itudoc-library-'))
    const events: BuildEvent[] = []
    const result = await build({ paths: [example], root: join(repository, 'sources'), out, formats: ['html', 'docx'], langs: ['en'], onProgress: (event) => events.push(event) })
    expect(result.findings).toEqual([])
    expect(result.artifacts.map((a) => `${a.path} ${a.format} ${a.lang}`)).toEqual([
      'sg1/contribution-community-networks/contribution-community-networks-E.docx docx en',
      'sg1/contribution-community-networks/contribution-community-networks-E.html html en',
    ])
    expect(result.written).toBe(2)
    for (const artifact of result.artifacts) expect(existsSync(join(out, artifact.path))).toBe(true)
    expect(existsSync(join(out, 'manifest.json'))).toBe(true)
    expect(events.map((e) => (e.type === 'stage' ? e.stage : `${e.done}/${e.total} ${e.source} ${e.written.length}`))).toEqual([
      'checking', 'building', '1/1 sg1/contribution-community-networks/en.md 2', 'finishing',
    ])
    // Built again: nothing to do, the same artifacts.
    const again = await build({ paths: [example], root: join(repository, 'sources'), out, formats: ['html', 'docx'], langs: ['en'] })
    expect({ written: again.written, reused: again.reused, artifacts: again.artifacts }).toEqual({ written: 0, reused: 2, artifacts: result.artifacts })
  })

  it('writes the HTML ahead of the DOCX when asked, and tells of it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'itudoc-library-'))
    const early: string[] = []
    const result = await build({ paths: [example], root: join(repository, 'sources'), out, formats: ['html', 'docx'], langs: ['en'], onEarlyWrite: (artifact) => early.push(artifact.path) })
    expect(result.findings).toEqual([])
    expect(early).toEqual(['sg1/contribution-community-networks/contribution-community-networks-E.html'])
  })

  it('validates: the findings as data, sorted, with the same defaults as the CLI', async () => {
    expect(await validate({ paths: [example], root: join(repository, 'sources') })).toEqual({ findings: [], variants: 1 })
    const dir = tree({ 'doc.md': '---\ntemplate: resolution\nbody: WTDC\nnumber: 5\nplace: Geneva\nyear: twenty\ntitle: T\nconvening: The Conference (Geneva, 2026),\n---\n\n:::resolves\n1. to act.\n:::\n\n:::boxx\nx\n:::\n' })
    const { findings } = await validate({ paths: [join(dir, 'doc.md')], root: dir })
    expect(findings.map((f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      '6:1 error metadata/field-type Field "year" must be a number, not text: "twenty".',
      '15:1 error markdown/unknown-directive Unknown directive "boxx".',
    ])
    await expect(async () => validate({ today: 'tomorrow' })).rejects.toThrow(RangeError)
  })
})
