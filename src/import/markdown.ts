// The imported document as itudoc source: a small tree of Markdown blocks (paragraphs,
// headings, lists, directive containers, tables, figures) and its serialisation. Every
// output line remembers the Word paragraph (¶) it came from, so `validate file.docx` can
// report a finding of the generated source at the Word paragraph.
import type { Span } from './word.js'

export interface MdItem { blocks: MdBlock[]; at: number }

export type MdBlock =
  | { type: 'paragraph'; spans: Span[]; at: number }
  | { type: 'heading'; depth: number; spans: Span[]; id?: string; at: number }
  | { type: 'list'; ordered: boolean; delimiter: ')' | '.'; items: MdItem[]; at: number }
  /** A directive container: `:::name[label]{attrs}` … `:::`. */
  | { type: 'container'; name: string; label?: Span[]; attrs?: Record<string, string>; children: MdBlock[]; at: number }
  | { type: 'table'; caption?: Span[]; id?: string; header: number; rows: MdBlock[][][]; at: number }
  | { type: 'figure'; caption: Span[]; id?: string; src: string; alt: string; at: number }
  /** Abbreviation or reference entries, `TERM<tab>expansion` one per line. */
  | { type: 'entries'; entries: Array<{ term: string; expansion: string; at: number }>; at: number }
  | { type: 'definition'; term: Span[]; source?: string; spans: Span[]; at: number }
  | { type: 'source'; spans: Span[]; at: number }
  | { type: 'code'; text: string; at: number }
  | { type: 'blockquote'; children: MdBlock[]; at: number }

export interface Line { text: string; at: number }

/** How a cross-reference target and a footnote are written: resolved by the caller. */
export interface InlineEnv {
  /** Element id of a bookmark that became a directive id, or undefined (then the text is kept). */
  refId(bookmark: string): string | undefined
  /** Footnote label ("1") of a Word footnote id. */
  footnote(id: string): string | undefined
  comment(id: string): string | undefined
}

// ------------------------------------------------------------------ inline

/** Escape text so Markdown, GFM, directives and CriticMarkup read it back as the same text. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=[#a-zA-Z0-9]+;)/g, '\\&')
    .replace(/:(?=[a-zA-Z])/g, '\\:')
    .replace(/\{(?=[+\-~>=]{2})/g, '\\{')
    .replace(/[\u2E00-\u2E0A]/g, '')
}

type Marks = Extract<Span, { type: 'text' }>['marks']
const markOrder: Array<[keyof Marks, string]> = [['bold', '**'], ['italic', '*'], ['strike', '~~']]

function sameMarks(a: Marks, b: Marks): boolean {
  return markOrder.every(([m]) => !a[m] === !b[m]) && !a.code === !b.code
}

/** Adjacent text spans with the same formatting become one (Word splits runs freely). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    if (span.type === 'text' && last?.type === 'text' && sameMarks(last.marks, span.marks)) out[out.length - 1] = { ...last, value: last.value + span.value }
    else if (span.type === 'text' && !span.value) continue
    else out.push(span)
  }
  return out
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1)
  return /^`|`$/.test(text) ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`
}

export function renderInline(spans: readonly Span[], env: InlineEnv): string {
  let out = ''
  let open: Array<keyof Marks> = []
  const close = (keep: (m: keyof Marks) => boolean): void => {
    // Close from the innermost mark outwards, down to the first mark that stays.
    const cut = open.findIndex((m) => !keep(m))
    if (cut < 0) return
    for (let i = open.length - 1; i >= cut; i--) out += markOrder.find(([m]) => m === open[i])![1]
    open = open.slice(0, cut)
  }
  for (const span of mergeSpans(spans)) {
    if (span.type !== 'text') {
      close(() => false)
      out += renderOther(span, env)
      continue
    }
    if (span.marks.code) {
      close(() => false)
      out += codeSpan(span.value)
      continue
    }
    // Spaces stay outside emphasis, where Markdown needs them.
    const lead = /^\s*/.exec(span.value)![0]
    const trail = span.value.length > lead.length ? /\s*$/.exec(span.value)![0] : ''
    const core = span.value.slice(lead.length, span.value.length - trail.length)
    close((m) => Boolean(span.marks[m]) && core !== '')
    out += escapeText(lead)
    if (core) {
      for (const [m, marker] of markOrder) if (span.marks[m] && !open.includes(m)) { out += marker; open.push(m) }
      out += escapeText(core)
    }
    if (trail) {
      close(() => false)
      out += escapeText(trail)
    }
  }
  close(() => false)
  return out
}

function renderOther(span: Exclude<Span, { type: 'text' }>, env: InlineEnv): string {
  switch (span.type) {
    case 'tab': return '\t'
    case 'break': return '\\\n'
    case 'footnote': {
      const label = env.footnote(span.id)
      return label ? `[^${label}]` : ''
    }
    case 'link': {
      const text = renderInline(span.children, env)
      if (!/^(https?:|mailto:)/i.test(span.url)) return text
      const url = /[\s()<>]/.test(span.url) ? `<${span.url.replace(/[<>]/g, encodeURIComponent)}>` : span.url
      return text.trim() ? `[${text}](${url})` : `<${span.url}>`
    }
    case 'xref': {
      const id = env.refId(span.target)
      return id ? `:ref{#${id}}` : renderInline(span.children, env)
    }
    case 'image': return `![${escapeText(span.alt).replace(/\n/g, ' ')}](${span.part})`
    case 'bookmark': return ''
    case 'ins': case 'del': {
      const inner = renderInline(span.children, env)
      if (!inner.trim()) return inner
      return span.type === 'ins' ? `{++${inner}++}` : `{--${inner}--}`
    }
    case 'comment': {
      const text = env.comment(span.id)
      return text ? `{>>${text.replace(/<<\}/g, '<< }')}<<}` : ''
    }
    case 'unsupported': return escapeText(span.text)
  }
}

/** A deletion followed by an insertion is a substitution: {~~old~>new~~}. */
export function substitutions(rendered: string): string {
  return rendered.replace(/\{--((?:(?!--\}).)*)--\}\{\+\+((?:(?!\+\+\}).)*)\+\+\}/gs, '{~~$1~>$2~~}')
}

// ------------------------------------------------------------------ blocks

/**
 * A paragraph's lines must not read as a list item, heading, quote, fence, thematic break,
 * setext underline or directive. Only what would start such a block is escaped: "**bold**"
 * at the start of a line stays as it is.
 */
function guardLineStart(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const stripped = line.replace(/^[ \t]+/, '')
      if (/^([-*_=])(\s*\1){2,}\s*$/.test(stripped) || /^[=-]+\s*$/.test(stripped)) return `\\${stripped}`
      return stripped
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^([-+*])(?=\s|$)/, '\\$1')
        .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
        .replace(/^>/, '\\>')
        .replace(/^(`{3,}|~{3,})/, '\\$1')
        .replace(/^(:{2,})/, '\\$1')
    })
    .join('\n')
}

function fenceDepth(blocks: readonly MdBlock[]): number {
  let depth = 0
  for (const block of blocks) {
    if (block.type === 'container') depth = Math.max(depth, 1 + fenceDepth(block.children))
    if (block.type === 'table' || block.type === 'figure') depth = Math.max(depth, 1)
    if (block.type === 'list') for (const item of block.items) depth = Math.max(depth, fenceDepth(item.blocks))
  }
  return depth
}

function attrs(values: Record<string, string> | undefined, id?: string): string {
  const list = [...(id ? [`#${id}`] : []), ...Object.entries(values ?? {}).map(([k, v]) => (/^[\w.-]+$/.test(v) ? `${k}=${v}` : `${k}="${v.replace(/"/g, '&quot;')}"`))]
  return list.length ? `{${list.join(' ')}}` : ''
}

function label(spans: readonly Span[] | undefined, env: InlineEnv): string {
  if (!spans?.length) return ''
  return `[${substitutions(renderInline(spans, env)).replace(/\\\n/g, ' ').replace(/\n/g, ' ').trim()}]`
}

export function renderBlocks(blocks: readonly MdBlock[], env: InlineEnv): Line[] {
  const lines: Line[] = []
  const blank = (at: number): void => {
    if (lines.length && lines[lines.length - 1]!.text !== '') lines.push({ text: '', at })
  }
  for (const block of blocks) {
    blank(block.at)
    for (const line of renderBlock(block, env)) lines.push(line)
  }
  return lines
}

function text(spans: readonly Span[], env: InlineEnv): string {
  return guardLineStart(substitutions(renderInline(spans, env)).trim())
}

function indent(lines: Line[], first: string, rest: string): Line[] {
  return lines.map((line, i) => ({ text: line.text === '' ? '' : (i === 0 ? first : rest) + line.text, at: line.at }))
}

function renderBlock(block: MdBlock, env: InlineEnv): Line[] {
  const at = block.at
  const many = (value: string, where = at): Line[] => value.split('\n').map((line) => ({ text: line, at: where }))
  switch (block.type) {
    case 'paragraph': {
      const value = text(block.spans, env)
      return value ? many(value) : []
    }
    case 'heading':
      return [{ text: `${'#'.repeat(Math.min(block.depth, 6))} ${text(block.spans, env).replace(/\\\n/g, ' ').replace(/\n/g, ' ')}${block.id ? ` {#${block.id}}` : ''}`, at }]
    case 'list': {
      const out: Line[] = []
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}${block.delimiter} ` : '- '
        const inner = renderBlocks(item.blocks, env)
        if (!inner.length) inner.push({ text: '', at: item.at })
        out.push(...indent(inner, marker, ' '.repeat(marker.length)))
      })
      return out
    }
    case 'container': {
      const fence = ':'.repeat(3 + fenceDepth(block.children))
      const { id, ...rest } = block.attrs ?? {}
      return [{ text: `${fence}${block.name}${label(block.label, env)}${attrs(rest, id)}`, at }, ...renderBlocks(block.children, env), { text: fence, at }]
    }
    case 'figure':
      return [
        { text: `:::figure${label(block.caption, env)}${attrs(undefined, block.id)}`, at },
        { text: `![${escapeText(block.alt).replace(/\n/g, ' ')}](${block.src})`, at },
        { text: ':::', at },
      ]
    case 'table': return renderTable(block, env)
    case 'entries':
      return block.entries.map((entry) => ({ text: `${guardLineStart(escapeText(entry.term))}\t${escapeText(entry.expansion)}`, at: entry.at }))
    case 'definition': {
      const term = renderInline(block.term.map((s) => (s.type === 'text' ? { ...s, marks: {} } : s)), env).trim()
      return many(`**${term}**${block.source ? ` ${escapeText(block.source)}` : ''}: ${substitutions(renderInline(block.spans, env)).trim()}`)
    }
    case 'source':
      return [{ text: `::source${label(block.spans, env) || '[]'}`, at }]
    case 'code': {
      const ticks = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)))
      return [{ text: ticks, at }, ...many(block.text), { text: ticks, at }]
    }
    case 'blockquote':
      return renderBlocks(block.children, env).map((line) => ({ text: line.text ? `> ${line.text}` : '>', at: line.at }))
  }
}

/** A simple table (one plain paragraph per cell) is a GFM table; any other is a list-table. */
function isSimple(rows: readonly MdBlock[][][]): boolean {
  return rows.length > 0 && rows.every((row) => row.every((cell) => cell.length <= 1 && cell.every((b) => b.type === 'paragraph' && !b.spans.some((s) => s.type === 'break'))))
}

function renderTable(block: Extract<MdBlock, { type: 'table' }>, env: InlineEnv): Line[] {
  const at = block.at
  const head = `:::table${label(block.caption, env)}${attrs(block.header === 1 ? undefined : { header: String(block.header) }, block.id)}`
  const body: Line[] = []
  if (isSimple(block.rows)) {
    const cell = (blocks: MdBlock[]): string => (blocks[0]?.type === 'paragraph' ? substitutions(renderInline(blocks[0].spans, env)).trim().replace(/\n/g, ' ') : '')
    const width = Math.max(...block.rows.map((r) => r.length))
    const row = (cells: MdBlock[][]): string => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? []) || ' ').join(' | ')} |`
    body.push({ text: row(block.rows[0]!), at }, { text: `|${'---|'.repeat(width)}`, at })
    for (const r of block.rows.slice(1)) body.push({ text: row(r), at })
  } else {
    for (const r of block.rows) {
      r.forEach((blocks, i) => {
        const inner = renderBlocks(blocks, env)
        const marker = i === 0 ? '- -' : '  -'
        if (!inner.length) body.push({ text: marker, at })
        else body.push(...indent(inner, `${marker} `, '    '))
      })
    }
  }
  return [{ text: head, at }, ...body, { text: ':::', at }]
}
