// Read a DOCX package into a WordDocument: body paragraphs and tables, footnotes and
// endnotes, comments, images, hyperlinks, bookmarks, fields, tracked changes. Nothing is
// interpreted as ITU structure here (classify.ts and structure.ts do that); content Markdown
// cannot hold is kept as text and marked `unsupported` so the importer can warn about it.
import { readNumbering, type Numbering } from './numbering.js'
import type { DocxPackage } from './package.js'
import { readStyles, type Styles } from './styles.js'
import { spanText, type Marks, type Span, type WordBlock, type WordCell, type WordComment, type WordDocument, type WordParagraph, type WordRow } from './word.js'
import { child, children, descendants, onOff, textOf, val, type XmlElement } from './xml.js'

/**
 * An open complex field. A field whose result is just text (TOC, SEQ, DATE …) is
 * `transparent` once its instruction is known: its result flows on as ordinary content, so a
 * table of contents' paragraphs stay paragraphs. Hyperlinks, cross-references and page
 * references keep their result to wrap it or drop it when the field ends.
 */
interface Field { instruction: string; result: Span[]; inResult: boolean; transparent: boolean }

interface ReadContext {
  pkg: DocxPackage
  /** The part being read (its relationships resolve links and images). */
  part: string
  rels: ReturnType<DocxPackage['rels']>
  styles: Styles
  numbering: Numbering
  media: Map<string, Uint8Array>
  referenced: Set<string>
  /** Next ¶ number; undefined outside the body (footnotes are not counted). */
  counter?: { next: number }
  /** Open complex fields (fldChar begin … end), which may span runs and paragraphs. */
  fields: Field[]
}

const FLD_HYPERLINK = /^\s*HYPERLINK\s+(?:"([^"]*)"|(\S+))?(?:.*?\\l\s+"([^"]*)")?/
const FLD_REF = /^\s*(?:REF|NOTEREF)\s+(\S+)/
const FLD_PAGEREF = /^\s*PAGEREF\b/

function runMarks(rPr: XmlElement | undefined, ctx: ReadContext): Marks {
  const marks: Marks = {}
  const charStyle = ctx.styles.character(val(rPr, 'w:rStyle'))
  const italic = onOff(rPr, 'w:i') ?? charStyle?.italic
  const bold = onOff(rPr, 'w:b') ?? charStyle?.bold
  if (italic) marks.italic = true
  if (bold) marks.bold = true
  if (onOff(rPr, 'w:strike') || onOff(rPr, 'w:dstrike')) marks.strike = true
  const align = val(rPr, 'w:vertAlign')
  if (align === 'superscript') marks.sup = true
  if (align === 'subscript') marks.sub = true
  const font = child(rPr, 'w:rFonts')?.attrs['w:ascii'] ?? ''
  if (/courier|consolas|mono/i.test(font) || /code|verbatim/i.test(charStyle?.name ?? '')) marks.code = true
  return marks
}

function imageSpan(element: XmlElement, ctx: ReadContext): Span | undefined {
  const docPr = descendants(element, 'wp:docPr')[0]
  const alt = (docPr?.attrs.descr || docPr?.attrs.title || '').trim()
  const blip = descendants(element, 'a:blip')[0] ?? descendants(element, 'v:imagedata')[0]
  const id = blip?.attrs['r:embed'] ?? blip?.attrs['r:id'] ?? blip?.attrs['r:link']
  const rel = id ? ctx.rels.get(id) : undefined
  if (!rel || rel.external) {
    const what = descendants(element, 'a:graphicData')[0]?.attrs.uri?.split('/').pop() ?? 'drawing'
    return { type: 'unsupported', what: what === 'chart' ? 'chart' : what === 'diagram' ? 'SmartArt diagram' : 'drawing', text: alt }
  }
  const bytes = ctx.pkg.bytes(rel.target)
  if (!bytes) return { type: 'unsupported', what: 'missing image', text: alt }
  const format = imageFormat(bytes)
  if (format !== 'image') return { type: 'unsupported', what: format, text: alt }
  ctx.media.set(rel.target, bytes)
  return { type: 'image', part: rel.target, alt }
}

/**
 * Whether itudoc's writers can show an image (PNG, JPEG, GIF, BMP, SVG), or what else it is.
 * Word keeps Visio and other drawings as Windows metafiles, which only Word draws.
 */
function imageFormat(bytes: Uint8Array): 'image' | string {
  const starts = (...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x42, 0x4d)) return 'image'
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg/.test(new TextDecoder().decode(bytes.subarray(0, 512)))) return 'image'
  if (starts(0x01, 0x00, 0x00, 0x00) && String.fromCharCode(...bytes.subarray(40, 44)) === ' EMF') return 'Windows metafile (EMF) drawing'
  if (starts(0xd7, 0xcd, 0xc6, 0x9a) || starts(0x01, 0x00, 0x09, 0x00)) return 'Windows metafile (WMF) drawing'
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'TIFF image'
  return 'image in a format itudoc cannot show'
}

/** Text boxes inside a drawing hold paragraphs of their own. */
function textBoxes(element: XmlElement): XmlElement[] {
  return descendants(element, 'w:txbxContent')
}

/** Push a span into the innermost open field that keeps its result, or into `out`. */
function emit(out: Span[], span: Span, ctx: ReadContext): void {
  for (let i = ctx.fields.length - 1; i >= 0; i--) {
    const field = ctx.fields[i]!
    if (field.transparent) continue
    if (field.inResult) field.result.push(span)
    return
  }
  out.push(span)
}

/** Fields whose result is wrapped (links, cross-references) or dropped (page numbers). */
const KEEPS_RESULT = /^\s*(HYPERLINK|REF|NOTEREF|PAGEREF)\b/

function closeField(out: Span[], ctx: ReadContext): void {
  const field = ctx.fields.pop()
  if (!field) return
  const spans = fieldSpans(field.instruction, field.result, ctx)
  for (const span of spans) emit(out, span, ctx)
}

/** What a field stands for: a hyperlink, a cross-reference, or just its shown result. */
function fieldSpans(instruction: string, result: Span[], ctx: ReadContext): Span[] {
  const link = FLD_HYPERLINK.exec(instruction)
  if (link && /^\s*HYPERLINK/.test(instruction)) {
    const url = link[1] ?? link[2]
    if (link[3]) {
      ctx.referenced.add(link[3])
      return [{ type: 'xref', target: link[3], children: result }]
    }
    return url ? [{ type: 'link', url, children: result }] : result
  }
  const ref = FLD_REF.exec(instruction)
  if (ref) {
    ctx.referenced.add(ref[1]!)
    return [{ type: 'xref', target: ref[1]!, children: result }]
  }
  if (FLD_PAGEREF.test(instruction)) return []
  return result
}

function readRun(run: XmlElement, out: Span[], ctx: ReadContext, extra: XmlElement[]): void {
  const rPr = child(run, 'w:rPr')
  const marks = runMarks(rPr, ctx)
  for (const node of run.children) {
    if (typeof node === 'string') continue
    switch (node.name) {
      case 'w:t': case 'w:delText': {
        // Bidi embeddings and isolates (itudoc embeds Arabic list labels "1)" left to right)
        // only steer the display; in a source they are invisible characters that parse rejects.
        const value = textOf(node).replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
        if (value) emit(out, { type: 'text', value, marks }, ctx)
        break
      }
      case 'w:tab': case 'w:ptab': emit(out, { type: 'tab' }, ctx); break
      case 'w:br': case 'w:cr':
        if (node.attrs['w:type'] !== 'page' && node.attrs['w:type'] !== 'column') emit(out, { type: 'break' }, ctx)
        break
      case 'w:noBreakHyphen': emit(out, { type: 'text', value: '\u2011', marks }, ctx); break
      case 'w:sym': {
        const code = parseInt(node.attrs['w:char'] ?? '', 16)
        if (Number.isFinite(code)) emit(out, { type: 'text', value: String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code), marks }, ctx)
        break
      }
      case 'w:footnoteReference': case 'w:endnoteReference': {
        const prefix = node.name === 'w:endnoteReference' ? 'e' : 'f'
        emit(out, { type: 'footnote', id: `${prefix}${node.attrs['w:id'] ?? ''}` }, ctx)
        break
      }
      case 'w:commentReference': emit(out, { type: 'comment', id: node.attrs['w:id'] ?? '' }, ctx); break
      case 'w:fldChar': {
        const kind = node.attrs['w:fldCharType']
        if (kind === 'begin') ctx.fields.push({ instruction: '', result: [], inResult: false, transparent: false })
        else if (kind === 'separate') {
          const field = ctx.fields[ctx.fields.length - 1]
          if (field) {
            field.inResult = true
            field.transparent = !KEEPS_RESULT.test(field.instruction)
          }
        }
        else if (kind === 'end') closeField(out, ctx)
        break
      }
      case 'w:instrText': {
        const field = ctx.fields[ctx.fields.length - 1]
        if (field && !field.inResult) field.instruction += textOf(node)
        break
      }
      case 'w:drawing': case 'w:pict': case 'w:object': {
        const boxes = textBoxes(node)
        if (boxes.length) extra.push(...boxes)
        else {
          const image = imageSpan(node, ctx)
          if (image) emit(out, image, ctx)
        }
        break
      }
      case 'mc:AlternateContent': {
        // Word writes a modern drawing (Choice) and a VML fallback: read one.
        const choice = child(node, 'mc:Choice') ?? child(node, 'mc:Fallback')
        if (choice) readRun({ ...run, children: choice.children }, out, ctx, extra)
        break
      }
      default: break
    }
  }
}

/** Paragraph content: runs and the elements that wrap runs. */
function readInline(container: XmlElement, out: Span[], ctx: ReadContext, extra: XmlElement[]): void {
  for (const node of container.children) {
    if (typeof node === 'string') continue
    switch (node.name) {
      case 'w:r': readRun(node, out, ctx, extra); break
      case 'w:hyperlink': {
        const inner: Span[] = []
        readInline(node, inner, ctx, extra)
        const anchor = node.attrs['w:anchor']
        const rel = node.attrs['r:id'] ? ctx.rels.get(node.attrs['r:id']) : undefined
        if (anchor && !rel) {
          ctx.referenced.add(anchor)
          emit(out, { type: 'xref', target: anchor, children: inner }, ctx)
        } else if (rel) emit(out, { type: 'link', url: rel.target + (anchor ? `#${anchor}` : ''), children: inner }, ctx)
        else for (const span of inner) emit(out, span, ctx)
        break
      }
      case 'w:ins': case 'w:del': case 'w:moveTo': case 'w:moveFrom': {
        const inner: Span[] = []
        const saved = ctx.fields
        ctx.fields = []
        readInline(node, inner, ctx, extra)
        ctx.fields = saved
        const type = node.name === 'w:ins' || node.name === 'w:moveTo' ? 'ins' : 'del'
        const span: Span = { type, children: inner }
        if (node.attrs['w:author']) span.author = node.attrs['w:author']
        if (node.attrs['w:date']) span.date = node.attrs['w:date']
        if (inner.length) emit(out, span, ctx)
        break
      }
      case 'w:fldSimple': {
        const inner: Span[] = []
        readInline(node, inner, ctx, extra)
        for (const span of fieldSpans(node.attrs['w:instr'] ?? '', inner, ctx)) emit(out, span, ctx)
        break
      }
      case 'w:bookmarkStart': {
        const name = node.attrs['w:name']
        if (name && name !== '_GoBack') emit(out, { type: 'bookmark', name }, ctx)
        break
      }
      case 'm:oMath': case 'm:oMathPara':
        emit(out, { type: 'unsupported', what: 'equation', text: descendants(node, 'm:t').map(textOf).join('') }, ctx)
        break
      case 'w:smartTag': case 'w:customXml': case 'w:sdtContent': case 'w:dir': case 'w:bdo':
        readInline(node, out, ctx, extra)
        break
      case 'w:sdt': readInline(child(node, 'w:sdtContent') ?? node, out, ctx, extra); break
      default: break
    }
  }
}

function readParagraph(p: XmlElement, ctx: ReadContext, out: WordBlock[]): void {
  const pPr = child(p, 'w:pPr')
  const styleId = val(pPr, 'w:pStyle')
  const chain = ctx.styles.chain(styleId)
  const spans: Span[] = []
  const extra: XmlElement[] = []
  const index = ctx.counter ? ctx.counter.next++ : 0
  readInline(p, spans, ctx, extra)
  const paragraph: WordParagraph = {
    kind: 'paragraph',
    index,
    style: chain[0]!,
    chain,
    spans,
    rtl: onOff(pPr, 'w:bidi') ?? chain.find((s) => s.bidi !== undefined)?.bidi ?? false,
    pageBreakBefore: onOff(pPr, 'w:pageBreakBefore') === true,
    sectionEnd: child(pPr, 'w:sectPr') !== undefined,
  }
  // Direct numbering, else the style's; numId 0 switches numbering off.
  const numPr = child(pPr, 'w:numPr')
  const styled = chain.find((s) => s.numbering)?.numbering
  const numId = val(numPr, 'w:numId') ?? styled?.numId
  const ilvl = Number(val(numPr, 'w:ilvl') ?? styled?.ilvl ?? 0)
  if (numId !== undefined && numId !== '0') {
    const label = ctx.numbering.next(numId, ilvl)
    if (label) paragraph.numbering = label
  }
  const outline = val(pPr, 'w:outlineLvl')
  if (outline !== undefined && Number(outline) < 9) paragraph.outlineLevel = Number(outline)
  const lang = descendants(p, 'w:lang')[0]?.attrs['w:val']
  if (lang) paragraph.lang = lang
  out.push(paragraph)
  for (const box of extra) readBlocks(box, ctx, out)
}

function readTable(tbl: XmlElement, ctx: ReadContext, out: WordBlock[]): void {
  const index = ctx.counter?.next ?? 0
  const rows: WordRow[] = []
  for (const tr of children(tbl, 'w:tr')) {
    const trPr = child(tr, 'w:trPr')
    const cells: WordCell[] = []
    const cellElements = tr.children.flatMap((node) => {
      if (typeof node === 'string') return []
      if (node.name === 'w:tc') return [node]
      // Content controls and custom XML can wrap cells.
      if (node.name === 'w:sdt') return children(child(node, 'w:sdtContent'), 'w:tc')
      if (node.name === 'w:customXml') return children(node, 'w:tc')
      return []
    })
    for (const tc of cellElements) {
      const tcPr = child(tc, 'w:tcPr')
      const blocks: WordBlock[] = []
      readBlocks(tc, ctx, blocks)
      const cell: WordCell = { blocks, span: Number(val(tcPr, 'w:gridSpan') ?? 1) || 1 }
      const vMerge = child(tcPr, 'w:vMerge')
      if (vMerge) cell.merge = vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue'
      cells.push(cell)
    }
    rows.push({ header: onOff(trPr, 'w:tblHeader') === true, cells })
  }
  out.push({ kind: 'table', index, rows })
}

/** Block content of the body, a cell, a footnote or a text box. */
function readBlocks(container: XmlElement, ctx: ReadContext, out: WordBlock[]): void {
  for (const node of container.children) {
    if (typeof node === 'string') continue
    switch (node.name) {
      case 'w:p': readParagraph(node, ctx, out); break
      case 'w:tbl': readTable(node, ctx, out); break
      case 'w:sdt': readBlocks(child(node, 'w:sdtContent') ?? node, ctx, out); break
      case 'w:customXml': case 'w:txbxContent': readBlocks(node, ctx, out); break
      case 'w:ins': case 'w:moveTo': readBlocks(node, ctx, out); break
      default: break
    }
  }
}

function readNotes(ctx: ReadContext, part: string | undefined, element: string, prefix: string, into: Map<string, WordBlock[]>): void {
  const xml = part ? ctx.pkg.xml(part) : undefined
  if (!xml || !part) return
  const noteCtx: ReadContext = { ...ctx, part, rels: ctx.pkg.rels(part), fields: [] }
  delete noteCtx.counter
  for (const note of children(xml, element)) {
    const type = note.attrs['w:type']
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue
    const blocks: WordBlock[] = []
    readBlocks(note, noteCtx, blocks)
    into.set(`${prefix}${note.attrs['w:id'] ?? ''}`, blocks)
  }
}

function readComments(pkg: DocxPackage, part: string | undefined): Map<string, WordComment> {
  const comments = new Map<string, WordComment>()
  for (const comment of children(part ? pkg.xml(part) : undefined, 'w:comment')) {
    const text = children(comment, 'w:p').map((p) => descendants(p, 'w:t').map(textOf).join('')).join(' ').trim()
    const entry: WordComment = { text }
    if (comment.attrs['w:author']) entry.author = comment.attrs['w:author']
    if (comment.attrs['w:date']) entry.date = comment.attrs['w:date']
    comments.set(comment.attrs['w:id'] ?? '', entry)
  }
  return comments
}

function readProperties(pkg: DocxPackage): { properties: Map<string, string>; title?: string } {
  const properties = new Map<string, string>()
  for (const property of children(pkg.xml('docProps/custom.xml'), 'op:property')) {
    const name = property.attrs.name
    const value = property.children.find((c): c is XmlElement => typeof c !== 'string')
    if (name && value) properties.set(name, textOf(value))
  }
  const title = textOf(child(pkg.xml('docProps/core.xml'), 'dc:title')).trim()
  return title ? { properties, title } : { properties }
}

export function readDocument(pkg: DocxPackage): WordDocument {
  const styles = readStyles(pkg.xml(pkg.related('/styles') ?? 'word/styles.xml'))
  const numberingPart = pkg.related('/numbering')
  const ctx: ReadContext = {
    pkg,
    part: pkg.main,
    rels: pkg.rels(pkg.main),
    styles,
    numbering: readNumbering(numberingPart ? pkg.xml(numberingPart) : undefined),
    media: new Map(),
    referenced: new Set(),
    counter: { next: 1 },
    fields: [],
  }
  const body: WordBlock[] = []
  readBlocks(child(pkg.xml(pkg.main), 'w:body')!, ctx, body)
  const paragraphs = ctx.counter!.next - 1
  const footnotes = new Map<string, WordBlock[]>()
  readNotes(ctx, pkg.related('/footnotes'), 'w:footnote', 'f', footnotes)
  readNotes(ctx, pkg.related('/endnotes'), 'w:endnote', 'e', footnotes)
  const { properties, title } = readProperties(pkg)
  // Running heads and footers repeat metadata the cover may not show ("WTDC-25 – Resolution 96").
  const pageTexts: string[] = []
  const { counter: _counter, ...outsideBody } = ctx
  for (const rel of pkg.rels(pkg.main).values()) {
    if (rel.external || !/\/(header|footer)$/.test(rel.type)) continue
    const part = pkg.xml(rel.target)
    if (!part) continue
    const blocks: WordBlock[] = []
    readBlocks(part, { ...outsideBody, part: rel.target, rels: pkg.rels(rel.target), fields: [], media: new Map() }, blocks)
    for (const block of blocks) if (block.kind === 'paragraph') for (const piece of spanText(block.spans).split(/[\t\n]/)) if (piece.trim()) pageTexts.push(piece.trim())
  }
  const document: WordDocument = {
    body,
    footnotes,
    comments: readComments(pkg, pkg.related('/comments')),
    media: ctx.media,
    referenced: ctx.referenced,
    properties,
    pageTexts: [...new Set(pageTexts)],
    styles: {
      ...(styles.lang ? { lang: styles.lang } : {}),
      ...(styles.bidiLang ? { bidiLang: styles.bidiLang } : {}),
      ...(styles.eastAsiaLang ? { eastAsiaLang: styles.eastAsiaLang } : {}),
    },
    paragraphs,
  }
  if (title) document.title = title
  return document
}
