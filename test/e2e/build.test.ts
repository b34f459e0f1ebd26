// The build command end to end: outputs, manifest, atomic writes, incremental builds,
// determinism, and the helper commands (new, templates, schema).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tree } from '../helpers.js'
import { itudoc } from './cli.js'

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const templates = ['contribution', 'liaison-statement', 'opinion', 'publication', 'recommendation', 'report', 'resolution']

const resolution = `---
template: resolution
body: WTDC
number: 9
place: Geneva
year: 2026
title: A resolution
convening: The World Telecommunication Development Conference (Geneva, 2026),
---

:::resolves
1. to act.
:::
`

describe('itudoc build', () => {
  it('writes out/<document path>/<name>-<SUFFIX>.html and a manifest with hashes', () => {
    const dir = tree({ 'sources/wtdc/res-9/en.md': resolution })
    const result = itudoc(['build', '--format', 'html'], dir)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const html = join(dir, 'out/wtdc/res-9/res-9-E.html')
    expect(existsSync(html)).toBe(true)
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'))
    expect(manifest.artifacts).toEqual([
      expect.objectContaining({ path: 'wtdc/res-9/res-9-E.html', template: 'resolution', lang: 'en', format: 'html', sha256: hash(html), document: 'wtdc/res-9' }),
    ])
    expect(manifest.artifacts[0].sourceHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps earlier outputs intact and writes no partial file when a source breaks', () => {
    const dir = tree({ 'sources/res/en.md': resolution })
    expect(itudoc(['build'], dir).status).toBe(0)
    const html = join(dir, 'out/res/res-E.html')
    const before = hash(html)
    const manifestBefore = readFileSync(join(dir, 'out/manifest.json'), 'utf8')
    writeFileSync(join(dir, 'sources/res/en.md'), resolution.replace(':::resolves', ':::resolvez'))
    const result = itudoc(['build'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('sources/res/en.md:11:1 error markdown/unknown-directive')
    expect(hash(html)).toBe(before)
    expect(readFileSync(join(dir, 'out/manifest.json'), 'utf8')).toBe(manifestBefore)
    expect(readdirSync(join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([])
  })

  it('skips artifacts whose sources did not change', () => {
    const dir = tree({ 'sources/res/en.md': resolution })
    const html = ['build', '--format', 'html']
    itudoc(html, dir)
    expect(itudoc(html, dir).stdout).toContain('0 written, 1 up to date')
    writeFileSync(join(dir, 'sources/res/en.md'), resolution.replace('to act.', 'to act now.'))
    expect(itudoc(html, dir).stdout).toContain('1 written, 0 up to date')
  })

  it('rebuilds a document when an image it shows changes, and only that document', () => {
    const png = readFileSync(join(import.meta.dirname, '..', '..', 'sources', 'recommendations', 't-e-example', 'architecture.png'))
    const withFigure = resolution.replace(':::resolves', ':::figure[Sites]\n![A map of the sites](map.png)\n:::\n\n:::resolves')
    const dir = tree({ 'sources/a/en.md': withFigure, 'sources/a/map.png': png, 'sources/b/en.md': resolution })
    const html = ['build', '--format', 'html']
    expect(itudoc(html, dir).stdout).toContain('2 written, 0 up to date')
    writeFileSync(join(dir, 'sources/a/map.png'), Buffer.concat([png, Buffer.from([0])]))
    expect(itudoc(html, dir).stdout).toContain('1 written, 1 up to date')
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'))
    expect(manifest.artifacts.map((a: { source: string; assets?: string[] }) => [a.source, a.assets])).toEqual([['a/en.md', ['a/map.png']], ['b/en.md', undefined]])
  })

  it('gives the same files on one core as on several', () => {
    const root = join(import.meta.dirname, '..', '..')
    const [one, several] = [tree({}), tree({})]
    expect(itudoc(['build', 'sources', '--format', 'html,docx', '--jobs', '1', '--out', join(one, 'out')], root).status).toBe(0)
    expect(itudoc(['build', 'sources', '--format', 'html,docx', '--jobs', '2', '--out', join(several, 'out')], root).status).toBe(0)
    const files = readdirSync(join(one, 'out'), { recursive: true }).map(String).filter((f) => !f.startsWith('_fonts') && f.includes('.')).sort()
    expect(readdirSync(join(several, 'out'), { recursive: true }).map(String).filter((f) => !f.startsWith('_fonts') && f.includes('.')).sort()).toEqual(files)
    for (const file of files) expect(`${file} ${hash(join(several, 'out', file))}`).toBe(`${file} ${hash(join(one, 'out', file))}`)
  })

  it('rejects an unknown format or language as a usage error (exit 2)', () => {
    const dir = tree({ 'sources/res/en.md': resolution })
    expect(itudoc(['build', '--format', 'odt'], dir).status).toBe(2)
    expect(itudoc(['build', '--lang', 'de'], dir).status).toBe(2)
    expect(itudoc(['frobnicate'], dir).status).toBe(2)
  })
})

describe('itudoc new / templates / schema', () => {
  for (const template of templates) {
    it(`new ${template} writes a skeleton that builds as it is, in English and in French`, () => {
      const dir = tree({})
      expect(itudoc(['new', template, `${template}.md`], dir).status).toBe(0)
      expect(itudoc(['new', template, '--lang', 'fr', `folder-${template}`], dir).status).toBe(0)
      const result = itudoc(['build', '.', '--out', 'out'], dir)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(existsSync(join(dir, `out/${template}-E.html`))).toBe(true)
      expect(existsSync(join(dir, `out/folder-${template}/folder-${template}-F.html`))).toBe(true)
    })
  }

  it('refuses to overwrite an existing file', () => {
    const dir = tree({ 'x.md': 'keep me' })
    expect(itudoc(['new', 'resolution', 'x.md'], dir).status).toBe(2)
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe('keep me')
  })

  it('templates lists every template with its fields; schema prints a JSON Schema', () => {
    const dir = tree({})
    const list = itudoc(['templates'], dir).stdout
    for (const template of templates) expect(list).toContain(`${template} — `)
    expect(list).toContain('convening (required)')
    const schema = JSON.parse(itudoc(['schema', 'liaison-statement'], dir).stdout)
    expect(schema.$schema).toContain('json-schema.org')
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['template', 'destinations', 'deadline', 'contacts']))
    expect(schema.required).toEqual(expect.arrayContaining(['document', 'subject', 'destinations']))
    expect(itudoc(['schema', 'nope'], dir).status).toBe(2)
  })
})

describe('itudoc build --watch', () => {
  it('rebuilds a document when its source changes', async () => {
    const { spawn } = await import('node:child_process')
    const dir = tree({ 'sources/res/en.md': resolution })
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'itudoc.js'), 'build', '--watch', '--format', 'html'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    // Generous: on a loaded CI machine a rebuild can take many seconds.
    const waitFor = async (text: string, count = 1) => {
      for (let i = 0; i < 900 && output.split(text).length - 1 < count; i++) await new Promise((r) => setTimeout(r, 100))
      expect(output.split(text).length - 1).toBeGreaterThanOrEqual(count)
    }
    try {
      await waitFor('watching')
      writeFileSync(join(dir, 'sources/res/en.md'), resolution.replace('to act.', 'to act at once.'))
      await waitFor('1 written', 2)
      expect(readFileSync(join(dir, 'out/res/res-E.html'), 'utf8')).toContain('to act at once.')
    } finally {
      child.kill('SIGTERM')
    }
  }, 240_000)
})
