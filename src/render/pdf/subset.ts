// The font program each PDF embeds: a TrueType subset holding just the glyphs the document
// draws. pdfkit asks fontkit's TTFSubset for it, which decodes every glyph and re-encodes
// the tables with restructure, once per document and face: a tenth of a PDF build's time.
// Here the raw tables are read once per font per build and a subset is written with plain
// byte copies, giving exactly the bytes fontkit writes (test/pdf/subset.test.ts compares
// them), so a PDF does not change with the subsetter that made it. What fontkit does, and
// so what this reproduces:
//
// - glyphs in the order of the subset's list, with the components of a composite glyph
//   added at the end the first time one is met and its references renumbered;
// - head, hhea, maxp, cvt, prep and fpgm as decoded and encoded again (so hhea's reserved
//   words and the undefined bits of head.macStyle come out zero), with the glyph counts of
//   the subset, hmtx with one full metric per glyph;
// - a directory tagged 'true' with the tables in one fixed order, each right after the
//   one before (no padding), checksums 0 and head.checkSumAdjustment left as it was.
import type * as fontkit from 'fontkit'

/** The parts of fontkit's Subset that pdfkit and glyphs.ts use. */
interface FontkitSubset {
  glyphs: number[]
  /** Glyph id → index in `glyphs`, for the glyphs added through includeGlyph. */
  mapping: Record<number, number>
  encode(): Uint8Array
}

/** The tables a subset is made from, read once per font. */
interface TrueTypeTables {
  glyf: Uint8Array
  /** Byte offset of each glyph in glyf, and one past the last. */
  loca: Uint32Array
  /** head.indexToLocFormat: 0 for short (halved, 16-bit) offsets, 1 for 32-bit ones. */
  locaFormat: number
  hmtx: DataView
  numberOfMetrics: number
  /** head, hhea and maxp as fontkit encodes them again, before the counts are set. */
  head: Uint8Array
  hhea: Uint8Array
  maxp: Uint8Array
  cvt?: Uint8Array
  prep?: Uint8Array
  fpgm?: Uint8Array
}

const HEAD_SIZE = 54
const HHEA_SIZE = 36
const MAXP_SIZE = 32

/**
 * Make every subset of `font` (parsed from `data`) write itself with `encodeSubset`. Fonts
 * this does not handle (CFF outlines, variable fonts, tables fontkit would not copy
 * verbatim) keep fontkit's own subsetter.
 */
export function fastSubsets(font: fontkit.Font, data: Uint8Array): void {
  const target = font as unknown as { createSubset(): FontkitSubset; _variationProcessor?: unknown }
  if (target._variationProcessor) return
  const tables = readTrueType(data)
  if (!tables) return
  const create = target.createSubset.bind(font)
  target.createSubset = () => {
    const subset = create()
    subset.encode = () => encodeSubset(tables, subset)
    return subset
  }
}

/** The font's tables, or undefined when its subsets are left to fontkit. */
export function readTrueType(data: Uint8Array): TrueTypeTables | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const table = new Map<string, Uint8Array>()
  const count = view.getUint16(4)
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i
    const tag = String.fromCharCode(data[entry]!, data[entry + 1]!, data[entry + 2]!, data[entry + 3]!)
    const offset = view.getUint32(entry + 8)
    table.set(tag, data.subarray(offset, offset + view.getUint32(entry + 12)))
  }
  const [glyf, loca, head, hhea, maxp, hmtx] = ['glyf', 'loca', 'head', 'hhea', 'maxp', 'hmtx'].map((tag) => table.get(tag))
  const cvt = table.get('cvt ')
  // restructure reads cvt as 16-bit values: an odd byte would not come back the same.
  if (!glyf || !loca || !head || !hhea || !maxp || !hmtx || (cvt && cvt.length % 2)) return undefined
  if (head.length < HEAD_SIZE || hhea.length < HHEA_SIZE || maxp.length < MAXP_SIZE) return undefined

  const locaFormat = dataView(head).getInt16(50)
  const numGlyphs = dataView(maxp).getUint16(4)
  const offsets = new Uint32Array(numGlyphs + 1)
  const locaView = dataView(loca)
  for (let i = 0; i <= numGlyphs; i++) offsets[i] = locaFormat === 0 ? locaView.getUint16(2 * i) * 2 : locaView.getUint32(4 * i)

  const headCopy = copyOf(head, HEAD_SIZE)
  // macStyle is decoded as seven named flags; fontkit writes back only those.
  dataView(headCopy).setUint16(44, dataView(headCopy).getUint16(44) & 0x7f)
  const hheaCopy = copyOf(hhea, HHEA_SIZE)
  hheaCopy.fill(0, 24, 32)
  return {
    glyf, loca: offsets, locaFormat, hmtx: dataView(hmtx), numberOfMetrics: dataView(hhea).getUint16(34),
    head: headCopy, hhea: hheaCopy, maxp: copyOf(maxp, MAXP_SIZE), cvt, prep: table.get('prep'), fpgm: table.get('fpgm'),
  }
}

/** The first `length` bytes, copied (the font's bytes may be a Buffer, whose slice is a view). */
function copyOf(bytes: Uint8Array, length: number): Uint8Array {
  return new Uint8Array(bytes.subarray(0, length))
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

// Flags of a composite glyph's component (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 1 << 0
const WE_HAVE_A_SCALE = 1 << 3
const MORE_COMPONENTS = 1 << 5
const WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6
const WE_HAVE_A_TWO_BY_TWO = 1 << 7

/**
 * The subset's font program. Like fontkit, it adds the components of composite glyphs to
 * the subset's glyph list (and mapping) as it goes.
 */
export function encodeSubset(font: TrueTypeTables, subset: Pick<FontkitSubset, 'glyphs' | 'mapping'>): Uint8Array {
  const include = (id: number): number => (subset.mapping[id] ??= subset.glyphs.push(id) - 1)
  const outlines: Uint8Array[] = []
  let glyfSize = 0
  for (let i = 0; i < subset.glyphs.length; i++) {
    const id = subset.glyphs[i]!
    let outline = font.glyf.subarray(font.loca[id], font.loca[id + 1])
    if (outline.length >= 2 && dataView(outline).getInt16(0) < 0) {
      outline = copyOf(outline, outline.length)
      renumberComponents(dataView(outline), include)
    }
    outlines.push(outline)
    glyfSize += outline.length
  }

  const numGlyphs = outlines.length
  const tables: Array<[string, number, (view: DataView, at: number) => void]> = [
    ['head', HEAD_SIZE, (view, at) => copy(view, at, font.head)],
    ['hhea', HHEA_SIZE, (view, at) => (copy(view, at, font.hhea), view.setUint16(at + 34, numGlyphs))],
    ['loca', (numGlyphs + 1) * (font.locaFormat === 0 ? 2 : 4), (view, at) => writeLoca(view, at, outlines, font.locaFormat)],
    ['maxp', MAXP_SIZE, (view, at) => (copy(view, at, font.maxp), view.setUint16(at + 4, numGlyphs))],
  ]
  if (font.cvt) tables.push(['cvt ', font.cvt.length, (view, at) => copy(view, at, font.cvt!)])
  if (font.prep) tables.push(['prep', font.prep.length, (view, at) => copy(view, at, font.prep!)])
  tables.push(['glyf', glyfSize, (view, at) => outlines.forEach((outline) => (copy(view, at, outline), (at += outline.length)))])
  tables.push(['hmtx', numGlyphs * 4, (view, at) => subset.glyphs.forEach((id, i) => writeMetric(view, at + 4 * i, font, id))])
  if (font.fpgm) tables.push(['fpgm', font.fpgm.length, (view, at) => copy(view, at, font.fpgm!)])

  const directorySize = 12 + 16 * tables.length
  const bytes = new Uint8Array(directorySize + tables.reduce((sum, [, size]) => sum + size, 0))
  const view = dataView(bytes)
  writeDirectoryHeader(view, tables.length)
  let at = directorySize
  tables.forEach(([tag, size, write], i) => {
    const entry = 12 + 16 * i
    for (let c = 0; c < 4; c++) bytes[entry + c] = tag.charCodeAt(c)
    view.setUint32(entry + 8, at)
    view.setUint32(entry + 12, size)
    write(view, at)
    at += size
  })
  return bytes
}

/** Point each component of a composite glyph at its index in the subset. */
function renumberComponents(outline: DataView, include: (id: number) => number): void {
  let at = 10
  let flags = MORE_COMPONENTS
  while (flags & MORE_COMPONENTS) {
    flags = outline.getUint16(at)
    outline.setUint16(at + 2, include(outline.getUint16(at + 2)))
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2)
    if (flags & WE_HAVE_A_SCALE) at += 2
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8
  }
}

/** The directory's header, its binary-search fields computed as fontkit does. */
function writeDirectoryHeader(view: DataView, numTables: number): void {
  const maxPowerOf2 = Math.pow(2, Math.floor(Math.log(numTables) / Math.LN2))
  const searchRange = maxPowerOf2 * 16
  view.setUint32(0, 0x74727565) // 'true'
  view.setUint16(4, numTables)
  view.setUint16(6, searchRange)
  view.setUint16(8, Math.log(maxPowerOf2) / Math.LN2)
  view.setUint16(10, numTables * 16 - searchRange)
}

function writeLoca(view: DataView, at: number, outlines: readonly Uint8Array[], format: number): void {
  let offset = 0
  for (let i = 0; i <= outlines.length; i++) {
    if (format === 0) view.setUint16(at + 2 * i, offset >>> 1)
    else view.setUint32(at + 4 * i, offset)
    offset += outlines[i]?.length ?? 0
  }
}

/** A glyph's advance and left side bearing, read as fontkit's Glyph does. */
function writeMetric(view: DataView, at: number, font: TrueTypeTables, id: number): void {
  const n = font.numberOfMetrics
  const long = Math.min(id, n - 1)
  const advance = n > 0 ? font.hmtx.getUint16(4 * long) : 0
  const bearingAt = id < n ? 4 * id + 2 : 4 * n + 2 * (id - n)
  const bearing = bearingAt + 2 <= font.hmtx.byteLength ? font.hmtx.getInt16(bearingAt) : 0
  view.setUint16(at, advance)
  view.setInt16(at + 2, bearing)
}

function copy(view: DataView, at: number, bytes: Uint8Array): void {
  new Uint8Array(view.buffer, view.byteOffset + at, bytes.length).set(bytes)
}
