// The fast parser (src/parse/fast) against micromark, the reference it replaces on the fast
// path: for every Markdown file of sources/, of test/ and of a generated benchmark corpus,
// and for random documents (URLs and e-mail addresses among them), fastParse gives either
// undefined or the very tree micromark gives (node types, properties, positions). sources/ and the corpus must take the fast path.
// FUZZ_RUNS / FUZZ_SEED run more cases or replay one, as in test/fuzz.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '../../../bench/corpus.js'
import { encodeMarkers } from '../../../src/parse/criticmarkup.js'
import { fastParse } from '../../../src/parse/fast/index.js'
import { micromarkParse } from '../../../src/parse/micromark.js'
import { wtdcResolution } from '../../helpers.js'

// The same chain as src/parse/index.ts.

const longRun = process.env.FUZZ_RUNS !== undefined
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : longRun ? Date.now() : 20261205
const runs = longRun ? Number(process.env.FUZZ_RUNS) : 300

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => join(dir, file)).sort()
}

/** Micromark's tree without its prototype quirks, for a strict comparison. */
function reference(text: string): unknown {
  return JSON.parse(JSON.stringify(micromarkParse(text)))
}

/** The fast tree, checked against micromark; undefined when the fast path declined. */
function compared(source: string): unknown {
  const text = encodeMarkers(source)
  const fast = fastParse(text)
  if (fast) expect(JSON.parse(JSON.stringify(fast))).toStrictEqual(reference(text))
  return fast
}

const corpus = mkdtempSync(join(tmpdir(), 'itudoc-fast-parse-'))
writeCorpus(corpus, { resolutions: 60 })
afterAll(() => rmSync(corpus, { recursive: true, force: true }))

describe('fastParse against micromark', () => {
  it.each(markdownFiles('sources'))('takes the fast path for %s, with the same tree', (file) => {
    expect(compared(readFileSync(file, 'utf8'))).toBeDefined()
  })

  it('takes the fast path for every file of the benchmark corpus, with the same tree', () => {
    const files = markdownFiles(corpus)
    expect(files.length).toBe(60)
    for (const file of files) expect(compared(readFileSync(file, 'utf8')), file).toBeDefined()
  })

  it('gives micromark\'s tree or undefined for every Markdown file under test/', () => {
    const files = markdownFiles('test')
    expect(files.length).toBeGreaterThan(100)
    const taken = files.filter((file) => compared(readFileSync(file, 'utf8')) !== undefined)
    expect(taken.length).toBeGreaterThan(files.length / 2)
  })

  it('takes the fast path for the resolution the test helpers build on', () => {
    expect(compared(wtdcResolution)).toBeDefined()
  })

  it('declines what it does not read', () => {
    for (const text of ['<div>x</div>\n', 'a\n===\n', '    code\n', '> a\nlazy\n', '[a]: /url\n', 'a &amp; b\n', 'a\r\nb\n', '---\n', '- [ ] task\n', 'a ~b~\n', 'a\n> 2. b\n']) {
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined()
    }
  })
})

describe('fastParse on autolink literals', () => {
  // Each takes the fast path and gives micromark's tree, links with their positions.
  it.each([
    'See https://www.itu.int/en/ITU-T/Pages/default.aspx. Then www.itu.int/go/x, or http://itu.int/a?b=1&c=2.',
    'Contact: tsbsg17@itu.int; a.b-c+d@mail.itu.int.\nNext line www.itu.int\nand HTTPS://ITU.INT/X',
    '(https://a.b/c_(d)) (www.a.b/(x)y) https://a.b/c)) https://a.b/x&amp;y https://a.b/x&1;',
    '*www.itu.int* **https://itu.int** _https://itu.int_ _a@b.org x_a@b.org https://x.org/~u',
    'https://a.b"x" https://a.b\'. https://a.b!? https://a.b]( https://a.b]x https://a.b:8080/p/ https://a.b/*c*',
    'www.x.com/a*b* 1https://a.b www.a@b.com a@.b.com x@y.org.uk. x@y.o-g a@b@c.org https://localhost https://點看.com/é',
    'see www. now\nwww.\nx',
    '`https://a.b` and `a@b.org` stay code, [see https://a.b](u) is one link, [a](u) https://x.com is two.',
    '[^1] www.a.b and :abbr[www.itu.int]{title="https://x.org"} then :ref{#a} https://a.b',
    '# Contact https://itu.int and a@b.org',
    '- https://a.b\n- a@b.org\n  1. www.a.b',
    '> quoted https://a.b and a@b.org',
    '| site | mail |\n|---|---|\n| https://itu.int | tsbsg17@itu.int |\n| www.a.b/x. | (a@b.org) |',
    'Text[^n].\n\n[^n]: See https://itu.int/x and a@b.org.',
    '::source[https://itu.int/doc a@b.org]{href="https://x.org"}',
    ':::box[Contact a@b.org]\nSee https://itu.int.\n:::',
    'https://a.b  \nhard break after a link, a@b.org\\\nand after an address',
    'a mailto:x@y.com b and xmpp:x@y.com c',
    'Angle autolinks: <https://www.itu.int/a?b&amp;c>, <HTTP://A.B>. *<https://a>* [<https://a>](u) and a < b, x <é <<',
    'E-mail autolinks: <tsbsg17@itu.int>, <a.b+c@x-y.itu.int>. <a@b> <@b.c> <ab@c.d-e>',
    'R&D, AT&T, A & B, &, &abcdefghijklmnopqrstuvwxyz0123456789; and https://a.b/?x=1&y=2&amp;z',
  ])('%j', (text) => {
    expect(compared(`${text}\n`)).toBeDefined()
  })

  it('reads a long run of punctuation in a URL in linear time', () => {
    // micromark checks the rest of the run at each character: seconds for this one.
    const start = performance.now()
    expect(fastParse(`https://a.b/${'!'.repeat(200_000)}x\n`)).toBeDefined()
    expect(performance.now() - start).toBeLessThan(1000)
  })

  // The transform finds these later and makes links without positions: micromark's job.
  it.each(['see "www.itu.int"\n', '[see https://x.org\n', 'x@y.c1 and www.a_b.c\n', 'a.www.b.c\n', 'see www.\n', '_foo@bar.com_\n', '__a@b.org__\n', 'https\\://x.org\n'])('declines %j', (text) => {
    expect(fastParse(text)).toBeUndefined()
    expect(compared(text)).toBeUndefined()
  })

  it('takes the fast path for a resolution with URLs and e-mail addresses', () => {
    const contact = '\n| Contact: | Name, TSB | E-mail: tsbsg17@itu.int |\n|---|---|---|\n| Web: | https://www.itu.int/ITU-T/ | www.itu.int/go/tsb |\n\nSee https://www.itu.int/pub/T-RES-T.1-2024 (the published text), or write to tsbsg17@itu.int.\n'
    expect(compared(wtdcResolution + contact)).toBeDefined()
    expect(compared(wtdcResolution.replace(/Member States/g, 'Member States (https://www.itu.int/en/membership, membership@itu.int)'))).toBeDefined()
  })
})

// ---- random documents: the supported constructs, hostile punctuation, whitespace variants.
// Two mixes: a hostile one, where most documents hold something the fast path declines, and a
// quiet one without those characters and blocks, so that complex documents take the fast path.
// Autolink literals and their near misses: what may precede and follow them, domains with
// underscores or without dots, parentheses, "&name;" tails, e-mail domains ending badly.
// The near misses are mostly left for GFM's transform, which the fast path declines: links
// the fast path takes are generated apart, and more often.
const goodUrl = fc.tuple(
  fc.constantFrom('https://', 'http://', 'HTTP://', 'www.', 'WWW.'),
  fc.constantFrom('itu.int', 'www.itu.int', 'localhost', '點看.com', 'a-b.org'),
  fc.constantFrom('', '/', '/en/ITU-T/Pages/default.aspx', '/a(b)', '/a_(b)_c', '/x?y=1&b=2', '/a*b*', '/a_b_', '/é', '/a]b', '/a)', '/a:b', '/x&amp;y', '/a!?.b', '/a.,;:b', '/a&amp;!.b', '/a]].b', '/a.&b;.c', '/a&b.c'),
  fc.constantFrom('', '', '.', ',', ')', ').', '"', "'", '!', '?', ':', ';', '*', '_', ']', '](', '.)'),
).map((parts) => parts.join(''))
const goodEmail = fc.tuple(
  fc.constantFrom('tsbsg17', 'a.b-c', '+x', 'x_', 'a', 'www.a'),
  fc.constantFrom('@itu.int', '@x.y.org', '@.b.com'),
  fc.constantFrom('', '', '.', ',', ')', '.x'),
).map((parts) => parts.join(''))
const url = fc.tuple(
  fc.constantFrom('https://', 'https://', 'http://', 'HTTP://', 'www.', 'www.', 'WWW.', 'http:/', 'ftp://', 'xhttps://', 'mailto:', ''),
  fc.constantFrom('itu.int', 'itu.int', 'www.itu.int', 'a_b.c', 'x.a_b.c', 'localhost', 'a.b_c', '點看.com', 'a-b.org', 'a.b.', 'a._.b', 'a_.b.c', 'a.b._!c', ''),
  fc.constantFrom('', '', '/', '/en/ITU-T/Pages/default.aspx', '/a(b)', '/a_(b)_c', '/x?y=1&b=2', '/x?y=1&amp;', '/~u', '/a*b*', '/a_b_', '/é', '/a]b', '/a)', '/a:b'),
  fc.constantFrom('', '', '', '.', ',', ')', ').', '"', "'", '!', '?', ':', ';', '*', '_', '&amp;', ']', '](', '.)'),
).map((parts) => parts.join(''))
const email = fc.tuple(
  fc.constantFrom('tsbsg17', 'tsbsg17', 'a.b-c', '_x', '+x', 'x_', 'a', 'mailto:a', ''),
  fc.constantFrom('@itu.int', '@itu.int', '@b.c1', '@b', '@b.c_', '@b.c-', '@x.y.org', '@.b.com', '@a@b.org'),
  fc.constantFrom('', '', '', '.', ',', ')', '_', '-', '.x'),
).map((parts) => parts.join(''))
const word = fc.constantFrom('access', 'Member States', 'R&D', 'AT&T', 'ITU-T', 'Résolution', 'доступ', '接入', 'الوصول', 'x', '1', '10:30', 'a_b', 'snake_case_', '2*3')
const quietPunctuation = ['*', '**', '***', '_', '__', '`', '``', '[', ']', '(', ')', '\\', ':', '|', '^', '!', '“', '”', '—', '«', '»', '。', '，', '\u00A0', '.', ',', ';', '"', "'", '{', '}', '#', '-', '+', '=', '@', ' < ', '& ']
const declined = ['---', '***', 'a\n---', '#\tx', '-\tx', '1.\tx', '    code', '```\ncode\n```', '<div>x</div>', '\t- x', ':::', '::::']

function documents(hostileMix: boolean): fc.Arbitrary<string> {
  const punctuation = fc.constantFrom(...quietPunctuation, ...(hostileMix ? ['<', '&', '\t'] : []))
  const inline: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 4, arbitrary: punctuation },
    { weight: 3, arbitrary: goodUrl }, { weight: 3, arbitrary: goodEmail }, goodUrl.map((u) => `*${u}*`), goodUrl.map((u) => `(${u})`),
    goodEmail.map((e) => `**${e}**`), goodUrl.map((u) => `[${u}](${u})`), goodUrl.map((u) => `see <${u}>`), goodEmail.map((e) => `see <${e}>`),
    fc.oneof(url, email, email.map((e) => `_${e}_`), url.map((u) => `[${u}]`), url.map((u) => `<${u}>`)),
    word.map((w) => `*${w}*`), word.map((w) => `**${w}**`), word.map((w) => `_${w}_`), word.map((w) => `__${w}__`), word.map((w) => `\`${w}\``),
    word.map((w) => `[${w}](#${w})`), word.map((w) => `[${w}](u "t ${w}")`), word.map((w) => `![${w}](${w}.png)`), word.map((w) => `[${w}]`),
    word.map((w) => `{++${w}++}`), word.map((w) => `{--${w}--}`), word.map((w) => `{~~${w}~>${w}~~}`), word.map((w) => `{>>${w}<<}`),
    fc.constantFrom('[^1]', '[^2]', '[^note]', '[^x y]', ':ref{#sec-1}', ':abbr[ITU]{title="x"}', ':x[*a*]', '::y', '\\*', '\\_', '\\[', '\\:', '\\\\', ' ', '  '),
  )
  const text = fc.tuple(fc.array(inline, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' ')).map(([parts, glue]) => parts.join(glue))
  const spaced = fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '   ', '    '), text, fc.constantFrom('', '', ' ', '  ', '\\')).map(([lead, t, trail]) => lead + t + trail)
  const paragraph = fc.array(spaced, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n').trimStart())

  const list: fc.Arbitrary<string> = fc.letrec<{ list: string }>((tie) => ({
    list: fc.tuple(
      fc.constantFrom('- ', '* ', '+ ', '1. ', '1) ', '3. ', '-  ', '1.  '),
      fc.array(fc.tuple(text, fc.option(tie('list'), { depthSize: 'small' }), fc.constantFrom('\n', '\n', '\n\n')), { minLength: 1, maxLength: 4 }),
    ).map(([marker, items]) => items.map(([t, sub, gap], i) => {
      const numbered = /\d/.test(marker) ? marker.replace(/\d+/, String(Number.parseInt(marker, 10) + i)) : marker
      const nested = sub ? `\n${sub.split('\n').map((l) => (l === '' ? '' : ' '.repeat(numbered.length) + l)).join('\n')}` : ''
      return `${numbered}${t}${nested}${i < items.length - 1 ? gap : ''}`
    }).join('')),
  })).list

  const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(fc.oneof(word, text, fc.constant('')), { minLength: 1, maxLength: 4 }), { maxLength: 3 }), fc.constantFrom('---', ':--', '--:', ':-:'))
    .map(([columns, rows, align]) => [`|${' h |'.repeat(columns)}`, `|${`${align}|`.repeat(columns)}`, ...rows.map((cells) => `|${cells.map((cell) => ` ${cell} `).join('|')}|`)].join('\n'))

  const leaf = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([level, t]) => `${'#'.repeat(level)} ${t}`),
    paragraph, list, table,
    paragraph.map((p) => p.split('\n').map((l) => `> ${l}`).join('\n')),
    fc.tuple(fc.constantFrom('1', '2', 'note'), text).map(([label, t]) => `[^${label}]: ${t}`),
    fc.tuple(fc.constantFrom('source', 'pagebreak', 'x-y'), fc.constantFrom('', '[Label *x*]', '{#a .b c="d"}', '[L]{k=v}')).map(([name, rest]) => `::${name}${rest}`),
    fc.constantFrom('', ' ', ...(hostileMix ? declined : [])),
  )
  const directiveName = fc.constantFrom('considering', 'resolves', 'invites[Member States]', 'table[T *a*]{header=1 #t widths="3,2"}', 'note', 'box[B]{.c}')
  const directive = (fence: string, inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(directiveName, fc.array(inner, { maxLength: 3 })).map(([name, blocks]) => `${fence}${name}\n${blocks.join('\n\n')}\n${fence}`)
  // Hostile: any nesting, equal fences included; quiet: an outer "::::" around ":::" ones.
  const block: fc.Arbitrary<string> = hostileMix
    ? fc.letrec<{ block: string }>((tie) => ({
      block: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.constantFrom(':::', '::::').chain((fence) => directive(fence, tie('block')))),
    })).block
    : fc.oneof(leaf, directive(':::', leaf), directive('::::', fc.oneof(leaf, directive(':::', leaf))))

  const frontMatter = fc.constantFrom('', '---\ntitle: T\n---\n', '---\ntitle: "a: b"\nplace: Genève\n---\n\n', ...(hostileMix ? ['---\n---\n'] : []))
  return fc.tuple(frontMatter, fc.array(block, { maxLength: 6 }), fc.constantFrom('\n\n', '\n', '\n\n\n'), fc.constantFrom('\n', '', '\n\n', ...(hostileMix ? ['\r\n'] : [])))
    .map(([front, blocks, gap, end]) => front + blocks.join(gap) + end)
}
const hostile = documents(true)
const quiet = documents(false)
const punctuation = fc.constantFrom(...quietPunctuation, '<', '&', '\t')
const inline = fc.oneof(word, punctuation, url, email, word.map((w) => `*${w}*`), fc.constantFrom('[^1]', ':ref{#x}', '\\*'))

// Mutations of a real resolution: characters cut, inserted or replaced at random places.
const sample = `${wtdcResolution}\n| a | b |\n|---|:-:|\n| 1 | *2* |\n\n[^1]: A note {++added++}.\n\nSee https://www.itu.int/en/ITU-D/Pages/default.aspx (www.itu.int/go/x_(y)), *tsbsg17@itu.int* or <https://itu.int/a?b=1&c=2>, <a.b@itu.int>.\n`
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(([at, length]) => (s: string) => s.slice(0, at % (s.length + 1)) + s.slice(at % (s.length + 1) + length)),
  fc.tuple(fc.nat(), fc.oneof(punctuation, inline, fc.constantFrom('\n', '\n\n', ' ', '   ', ':::', '1. ', '- ', '> ', '# '))).map(([at, insert]) => (s: string) => s.slice(0, at % (s.length + 1)) + insert + s.slice(at % (s.length + 1))),
)
const mutated = (original: string): fc.Arbitrary<string> =>
  fc.array(mutation, { minLength: 1, maxLength: 5 }).map((changes) => changes.reduce((doc, change) => change(doc), original))
// A generated resolution: nested lists, footnotes, an annex with a table.
const corpusResolution = readFileSync(markdownFiles(corpus).find((file) => file.includes('res-002'))!, 'utf8')

/** Whether a tree holds a link made from an autolink or autolink literal (its text is its URL). */
function hasAutolink(node: unknown): boolean {
  const { type, url, children } = node as { type: string; url?: string; children?: unknown[] }
  if (type === 'link' && children?.length === 1) {
    const value = (children[0] as { value?: string }).value
    if (value !== undefined && [value, `mailto:${value}`, `http://${value}`].includes(url!)) return true
  }
  return children?.some(hasAutolink) ?? false
}

describe('fastParse on random documents', () => {
  it('is undefined or micromark\'s tree', () => {
    let taken = 0
    let autolinks = 0
    fc.assert(fc.property(fc.oneof(hostile, quiet, mutated(sample), mutated(corpusResolution)), (doc) => {
      const tree = compared(doc)
      if (tree !== undefined) taken++
      if (tree !== undefined && hasAutolink(tree)) autolinks++
    }), { seed, numRuns: runs })
    // The grammar must exercise the fast path, not only its refusals, autolinks included.
    expect(taken).toBeGreaterThan(runs / 4)
    expect(autolinks).toBeGreaterThan(runs / 40)
    if (longRun) console.log(`fast path taken for ${taken} of ${runs} documents, ${autolinks} with autolinks`)
  })
})
