// Hostile sources (issue 12): every kind of bad input a red team found is a finding with its
// rule id and position, never a crash, a hang or a file read outside the sources; and a
// failed build changes nothing in --out. Each case starts from the same sources, built once
// in all three formats, copies them with their outputs, breaks them, builds again and checks
// the finding, the exit code, and that every earlier output is byte-identical.
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { pngChunk, pngOf, tree, wtdcResolution } from '../helpers.js'
import { itudoc, itudocAsync } from './cli.js'

// Line numbers below count from this text (test/helpers.ts): the figure is on line 21.
const resolution = wtdcResolution
const other = resolution.replace('number: 37', 'number: 38').replace(/\n:::figure[\s\S]*$/, '\n')
const publication = { yaml: 'template: publication\nyear: 2025\nparts:\n  - title: Resolutions\n    documents: [../other]\n', en: '---\ntitle: Final Report\n---\n\nThe texts adopted.\n' }

/** Files outside every sources root, for links to point at. */
const outside = tree({ 'secret.md': resolution, 'figs/pic.png': pngOf(4, 4), 'doc/en.md': other })

let base = ''
beforeAll(() => {
  base = tree({ 'sources/doc.md': resolution, 'sources/pic.png': pngOf(40, 20), 'sources/other/en.md': other, 'sources/pub/document.yaml': publication.yaml, 'sources/pub/en.md': publication.en })
  const first = itudoc(['build', '--quiet'], base)
  expect(first.stderr).toBe('')
  expect(first.status).toBe(0)
}, 120_000)

function snapshot(dir: string): Record<string, string> {
  const out = join(dir, 'out')
  return Object.fromEntries(readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => [path.slice(out.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')]))
}

/** A fresh copy of the built sources and outputs. */
function copyOfBase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'itudoc-hostile-'))
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true })
  return dir
}

const edit = (dir: string, path: string, change: (text: string) => string): void => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')))
const append = (text: string) => (dir: string) => edit(dir, 'sources/doc.md', (source) => `${source}\n${text}\n`)
const image = (name: string, bytes: string | Uint8Array) => (dir: string) => {
  writeFileSync(join(dir, 'sources', name), bytes)
  edit(dir, 'sources/doc.md', (source) => source.replace('(pic.png)', `(${name})`))
}
const link = (path: string, target: string) => (dir: string) => {
  rmSync(join(dir, path), { force: true })
  symlinkSync(target, join(dir, path))
}
const replace = (path: string, from: string, to: string) => (dir: string) => edit(dir, path, (text) => text.replace(from, to))
const steps = (...all: Array<(dir: string) => void>) => (dir: string) => all.forEach((step) => step(dir))

interface Case {
  name: string
  apply(dir: string): void
  /** `file:line:column severity rule`, as the report prints it. */
  finding: string
  status?: number
  /** Also run `itudoc validate`, which must report the same. */
  validate?: boolean
  /** Extra checks on the folder after the build. */
  after?(dir: string): void
}

const cases: Case[] = [
  // ---- the first table of issue 12
  { name: 'an image that is a symlink to a file outside the sources', apply: link('sources/pic.png', '/etc/passwd'), finding: 'sources/doc.md:21:1 error source/path-escape', validate: true },
  { name: 'a text file named .png', apply: image('pic.png', 'This is not a picture.\n'), finding: 'sources/doc.md:21:1 error source/bad-image' },
  { name: 'an SVG with a script', apply: image('pic.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), finding: 'sources/doc.md:21:1 error source/bad-image' },
  { name: 'an SVG with an event handler', apply: image('pic.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="5" height="5"/></svg>'), finding: 'sources/doc.md:21:1 error source/bad-image' },
  { name: 'an SVG without a size', apply: image('pic.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>'), finding: 'sources/doc.md:21:1 error source/bad-image' },
  { name: 'U+FFFC in a paragraph', apply: append('A map \uFFFC of the sites.'), finding: 'sources/doc.md:24:7 error source/bad-character' },
  { name: '1,000-deep nested lists', apply: append(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- level`).join('\n')), finding: 'sources/doc.md:74:101 error markdown/too-deep' },
  { name: '1,000-deep boxes', apply: append(`${Array.from({ length: 1000 }, (_, i) => `${':'.repeat(1003 - i)}box[Box]`).join('\n')}\nText.\n${Array.from({ length: 1000 }, (_, i) => ':'.repeat(4 + i)).join('\n')}`), finding: 'sources/doc.md:74:1 error markdown/too-deep' },
  { name: '1,000-deep notes', apply: append(`${Array.from({ length: 1000 }, (_, i) => `${':'.repeat(1003 - i)}note`).join('\n')}\nText.\n${Array.from({ length: 1000 }, (_, i) => ':'.repeat(4 + i)).join('\n')}`), finding: 'sources/doc.md:74:1 error markdown/too-deep' },
  {
    name: 'a YAML alias bomb',
    apply: (dir) => edit(dir, 'sources/doc.md', (source) => source.replace('year: 2025', 'year: 2025\nx-a: &a [x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]')),
    finding: 'sources/doc.md:8:10 error metadata/yaml-limit',
  },
  { name: 'an emoji no font has (HTML and DOCX stay as they were)', apply: append('A smile \u{1F600} here.'), finding: 'sources/doc.md:24:9 error pdf/missing-glyph' },
  { name: 'Devanagari no font has', apply: append('Affordable ब्रॉडबैंड access.'), finding: 'sources/doc.md:24:12 error pdf/missing-glyph' },
  { name: 'a NUL byte', apply: append('A \0 b.'), finding: 'sources/doc.md:24:3 error source/bad-character' },
  {
    name: 'a bidi override (a warning; the page shows it as a character reference)',
    apply: append('The fee is \u202E01 CHF.'),
    finding: 'sources/doc.md:24:12 warning source/bidi-control',
    status: 0,
    after: (dir) => {
      const html = readFileSync(join(dir, 'out/doc-E.html'), 'utf8')
      expect(html).toContain('The fee is &#x202E;01 CHF.')
      expect(html).not.toContain('\u202E')
    },
  },
  { name: 'front matter never closed', apply: (dir) => edit(dir, 'sources/doc.md', (source) => source.replace('(Baku, 2025),\n---\n', '(Baku, 2025),\n\n')), finding: 'sources/doc.md:1:1 error metadata/unclosed-front-matter' },
  { name: 'a __proto__ key', apply: (dir) => edit(dir, 'sources/doc.md', (source) => source.replace('year: 2025\n', 'year: 2025\n__proto__: { polluted: true }\n')), finding: 'sources/doc.md:7:1 error metadata/unknown-field' },
  { name: 'a prototype key deep in the metadata', apply: (dir) => edit(dir, 'sources/pub/document.yaml', (yaml) => yaml.replace('  - title: Resolutions', '  - title: Resolutions\n    prototype: x')), finding: 'sources/pub/document.yaml:5:5 error metadata/unknown-field' },

  // ---- the second table
  { name: 'the source file itself a symlink outside the root', apply: link('sources/evil.md', join(outside, 'secret.md')), finding: 'sources/evil.md:1:1 error source/path-escape', validate: true },
  {
    name: 'an image folder that is a symlink outside the root',
    apply: steps(link('sources/_figs', join(outside, 'figs')), replace('sources/doc.md', '(pic.png)', '(_figs/pic.png)')),
    finding: 'sources/doc.md:21:1 error source/path-escape',
    validate: true,
  },
  { name: 'a document folder that is a symlink outside the root', apply: link('sources/linked', join(outside, 'doc')), finding: 'sources/linked:1:1 error source/path-escape', validate: true },
  {
    name: 'a publication document reached through a symlink outside the root',
    apply: steps(link('sources/_outside', join(outside, 'doc')), replace('sources/pub/document.yaml', '[../other]', '[../_outside]')),
    finding: 'sources/pub/document.yaml:5:17 error source/path-escape',
    validate: true,
  },
  { name: 'a FIFO as a source', apply: (dir) => execFileSync('mkfifo', [join(dir, 'sources', 'pipe.md')]), finding: 'sources/pipe.md:1:1 error source/unreadable', validate: true },
  {
    name: 'a FIFO as an image',
    apply: (dir) => {
      execFileSync('mkfifo', [join(dir, 'sources', 'pipe.png')])
      edit(dir, 'sources/doc.md', (source) => source.replace('(pic.png)', '(pipe.png)'))
    },
    finding: 'sources/doc.md:21:1 error source/unreadable',
    validate: true,
  },
  { name: 'an image linked to /dev/zero', apply: link('sources/pic.png', '/dev/zero'), finding: 'sources/doc.md:21:1 error source/path-escape' },
  {
    name: 'a symlink loop as an image',
    apply: (dir) => {
      mkdirSync(join(dir, 'sources', '_loop'))
      symlinkSync('b.png', join(dir, 'sources', '_loop', 'a.png'))
      symlinkSync('a.png', join(dir, 'sources', '_loop', 'b.png'))
      edit(dir, 'sources/doc.md', (source) => source.replace('(pic.png)', '(_loop/a.png)'))
    },
    finding: 'sources/doc.md:21:1 error source/unreadable',
  },
  { name: 'a symlink loop among the sources', apply: (dir) => symlinkSync('loop', join(dir, 'sources', 'loop')), finding: 'sources/loop:1:1 error source/unreadable', validate: true },
  { name: '40 KB of unclosed {++', apply: append(`Text ${'{++ '.repeat(10_000)}`), finding: 'sources/doc.md:24:6 error markdown/unclosed-revision' },
  { name: 'widths="1e308,1"', apply: append(':::table[Data]{widths="1e308,1"}\n| a | b |\n|---|---|\n| 1 | 2 |\n:::'), finding: 'sources/doc.md:24:1 error markdown/bad-attribute' },
  { name: 'a table inside a footnote', apply: append('Text.[^1]\n\n[^1]: A note:\n\n    | a | b |\n    |---|---|\n    | 1 | 2 |'), finding: 'sources/doc.md:28:5 error structure/misplaced' },
  { name: 'template: *a (an unresolved alias)', apply: (dir) => edit(dir, 'sources/doc.md', (source) => source.replace('template: resolution', 'template: *a')), finding: 'sources/doc.md:2:11 error metadata/yaml-syntax' },
  { name: '{#d} on an empty publication heading', apply: (dir) => edit(dir, 'sources/pub/en.md', (text) => `${text}\n# {#d}\n\nMore text.\n`), finding: 'sources/pub/en.md:7:1 error structure/empty-heading' },
  {
    name: 'a PNG without an IDAT chunk',
    apply: image('pic.png', Buffer.concat([pngOf(4, 4).subarray(0, 33), pngChunk('IEND', new Uint8Array())])),
    finding: 'sources/doc.md:21:1 error source/bad-image',
  },
  {
    name: 'a PNG whose pixel data is cut short',
    apply: (dir) => {
      const png = pngOf(400, 400)
      // The IDAT's compressed stream of another, smaller picture: valid zlib, too few rows.
      const small = pngOf(400, 10)
      const idat = (bytes: Buffer) => bytes.subarray(33, bytes.length - 12)
      image('pic.png', Buffer.concat([png.subarray(0, 33), idat(small), png.subarray(png.length - 12)]))(dir)
    },
    finding: 'sources/doc.md:21:1 error source/bad-image',
  },
  {
    name: 'a 500 × 10,000 table',
    apply: append(`|${'h|'.repeat(500)}\n|${'-|'.repeat(500)}\n${`|${'x|'.repeat(500)}\n`.repeat(10_000)}`),
    finding: 'sources/doc.md:24:1 error structure/table-too-large',
  },
  {
    name: 'an unclosed :::considering followed by :::invites',
    apply: (dir) => edit(dir, 'sources/doc.md', (source) => source.replace('2. that costs matter,\n:::\n\n:::resolves', '2. that costs matter,\n\n:::invites[Member States]')),
    finding: 'sources/doc.md:11:1 error markdown/unclosed-container',
  },
]

describe.concurrent('hostile sources: a finding at the right place, and --out unchanged', () => {
  for (const { name, apply, finding, status = 1, validate, after } of cases) {
    it(name, async () => {
      const dir = copyOfBase()
      const before = snapshot(dir)
      apply(dir)
      const result = await itudocAsync(['build', '--quiet'], dir)
      expect(result.stderr).toContain(`${finding} `)
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
      expect(result.status).toBe(status)
      if (status !== 0) expect(snapshot(dir)).toEqual(before)
      else after?.(dir)
      expect(readdirSync(join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([])
      if (validate) {
        const checked = await itudocAsync(['validate'], dir)
        expect(checked.stdout).toContain(`${finding} `)
        expect(checked.status).toBe(1)
      }
    })
  }
})

describe('limits on file sizes', () => {
  it('reports a source over 16 MB, a document.yaml over 1 MB and front matter over 1 MB, and reads none of them', () => {
    const dir = copyOfBase()
    const before = snapshot(dir)
    writeFileSync(join(dir, 'sources/huge.md'), Buffer.alloc(17 * 1024 * 1024, 'a'))
    edit(dir, 'sources/pub/document.yaml', (yaml) => `${yaml}# ${'x'.repeat(1024 * 1024)}\n`)
    edit(dir, 'sources/doc.md', (source) => source.replace('year: 2025\n', `year: 2025\n# ${'x'.repeat(1024 * 1024)}\n`))
    const result = itudoc(['build', '--quiet'], dir)
    expect(result.stderr).toContain('sources/huge.md:1:1 error source/too-large "sources/huge.md" is 17.0 MB, more than the limit of 16.0 MB.')
    expect(result.stderr).toContain('sources/pub/document.yaml:1:1 error source/too-large')
    expect(result.stderr).toContain('sources/doc.md:2:1 error metadata/yaml-limit The YAML is 1.0 MB, more than the limit of 1 MB.')
    expect(result.status).toBe(1)
    expect(snapshot(dir)).toEqual(before)
  })

  it('reports an image over 32 MB at its reference', () => {
    const dir = copyOfBase()
    writeFileSync(join(dir, 'sources/pic.png'), Buffer.concat([pngOf(40, 20), Buffer.alloc(33 * 1024 * 1024)]))
    const result = itudoc(['validate'], dir)
    expect(result.stdout).toContain('sources/doc.md:21:1 error source/too-large "pic.png" is 33.0 MB, more than the limit of 32.0 MB.')
  })
})

describe('outputs never leave --out', () => {
  it('writes only under a relative --out when building a folder outside the working directory', () => {
    const sources = tree({ 'docs/a/en.md': other, 'docs/b.md': resolution.replace(/\n:::figure[\s\S]*$/, '\n') })
    const cwd = mkdtempSync(join(tmpdir(), 'itudoc-cwd-'))
    const result = itudoc(['build', join(sources, 'docs'), '--out', 'out', '--quiet'], cwd)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // Paths relative to the documents' own root (the folder given): a/…, b-E.…
    const manifest = JSON.parse(readFileSync(join(cwd, 'out/manifest.json'), 'utf8')) as { artifacts: Array<{ path: string }> }
    expect(manifest.artifacts.map((a) => a.path)).toEqual(['a/a-E.docx', 'a/a-E.html', 'a/a-E.pdf', 'b-E.docx', 'b-E.html', 'b-E.pdf'])
    expect(readdirSync(cwd)).toEqual(['out'])
    expect(readdirSync(sources, { recursive: true }).sort()).toEqual(['docs', 'docs/a', 'docs/a/en.md', 'docs/b.md'])
  })

  it('takes --root as the root of output paths, and refuses a path outside it', () => {
    const sources = tree({ 'docs/sg1/a/en.md': other })
    const cwd = mkdtempSync(join(tmpdir(), 'itudoc-cwd-'))
    expect(itudoc(['build', join(sources, 'docs/sg1'), '--root', join(sources, 'docs'), '--out', 'out', '--format', 'html', '--quiet'], cwd).status).toBe(0)
    expect(existsSync(join(cwd, 'out/sg1/a/a-E.html'))).toBe(true)
    const refused = itudoc(['build', join(sources, 'docs/sg1'), '--root', join(sources, 'docs/sg1/a'), '--out', 'out2', '--quiet'], cwd)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('is outside the sources root')
    expect(existsSync(join(cwd, 'out2'))).toBe(false)
  })

  it('refuses (exit 2) to write through a folder of --out that links outside it, and writes nothing', () => {
    const dir = tree({ 'sources/sg1/a/en.md': other })
    const elsewhere = mkdtempSync(join(tmpdir(), 'itudoc-elsewhere-'))
    mkdirSync(join(dir, 'out'))
    symlinkSync(elsewhere, join(dir, 'out', 'sg1'))
    const result = itudoc(['build', '--quiet'], dir)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('outside the output folder')
    expect(readdirSync(elsewhere)).toEqual([])
    expect(readdirSync(join(dir, 'out'))).toEqual(['sg1'])
  })

  it('ignores manifest entries of an earlier build that point outside --out', () => {
    const dir = copyOfBase()
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')) as { artifacts: Array<{ path: string }> }
    manifest.artifacts.push({ ...manifest.artifacts[0]!, path: '../../escaped.html' })
    writeFileSync(join(dir, 'out/manifest.json'), JSON.stringify(manifest))
    writeFileSync(join(dir, 'escaped.html'), 'x')
    expect(itudoc(['build', '--quiet'], dir).status).toBe(0)
    const after = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')) as { artifacts: Array<{ path: string }> }
    expect(after.artifacts.map((a) => a.path).filter((path) => path.includes('..'))).toEqual([])
  })
})

describe('what used to be wrong and now builds', () => {
  it('numbers item 21 of a roman-numbered list xxi)', async () => {
    const dir = copyOfBase()
    append(`:::invites[Member States]{numbering=roman}\n${Array.from({ length: 23 }, (_, i) => `${i + 1}. to act ${i + 1};`).join('\n')}\n:::`)(dir)
    const result = await itudocAsync(['build', '--format', 'html', '--quiet'], dir)
    expect(result.stderr).toBe('')
    const html = readFileSync(join(dir, 'out/doc-E.html'), 'utf8')
    const labels = [...html.matchAll(/>([ivxl]+)\)</g)].map((m) => m[1])
    expect(labels.slice(18)).toEqual(['xix', 'xx', 'xxi', 'xxii', 'xxiii'])
  })
})
