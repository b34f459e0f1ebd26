// Images identified by their bytes, never by their names: PNG, JPEG, GIF and SVG, with their
// size in CSS pixels. Resolve refuses anything else before a writer runs (source/bad-image),
// and the writers measure with the same functions, so a picture accepted is one every writer
// can place. SVG is refused, not rewritten, when it could run code or load anything: a
// drawing silently changed might no longer show what its author drew.

export type ImageType = 'png' | 'jpeg' | 'gif' | 'svg'

export const imageMimeTypes: Record<ImageType, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' }

/** Largest picture accepted (pixels on a side, pixels in all): an A4 page at 600 dpi is 5,000 × 7,000. */
export const imageLimits = { side: 20_000, pixels: 60_000_000 }

export interface ImageFacts {
  type: ImageType
  /** CSS pixels (SVG: its width and height, or its viewBox). */
  width: number
  height: number
  /** PNG only: the compressed pixel data and how many bytes it must inflate to. */
  png?: { data: Uint8Array[]; rawBytes: number }
}

export type Identified = ImageFacts | { problem: string }

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length))

// ------------------------------------------------------------------ PNG

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Bits per pixel for each valid (colour type, bit depth) of the PNG specification. */
const pngChannels: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
}

/** Bytes the filtered scanlines take: one filter byte per row, per Adam7 pass when interlaced. */
function pngRawBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w && h ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0)
  if (!interlaced) return rows(width, height)
  // Adam7: [x start, x step, y start, y step] of the seven passes.
  const passes = [[0, 8, 0, 8], [4, 8, 0, 8], [0, 4, 4, 8], [2, 4, 0, 4], [0, 2, 2, 4], [1, 2, 0, 2], [0, 1, 1, 2]] as const
  return passes.reduce((sum, [x0, dx, y0, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0)
}

function identifyPng(bytes: Uint8Array, view: DataView): Identified {
  let offset = 8
  let header: { width: number; height: number; rawBytes: number; palette: boolean } | undefined
  let hasPalette = false
  const data: Uint8Array[] = []
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset)
    const type = ascii(bytes, offset + 4, 4)
    const end = offset + 12 + length
    if (end > bytes.length) return { problem: `is a damaged PNG (its ${type} chunk is cut off)` }
    if (crc32(bytes, offset + 4, offset + 8 + length) !== view.getUint32(offset + 8 + length)) return { problem: `is a damaged PNG (the checksum of its ${type} chunk is wrong)` }
    if (!header && type !== 'IHDR') return { problem: 'is a damaged PNG (it does not start with an IHDR chunk)' }
    if (type === 'IHDR') {
      if (length !== 13 || header) return { problem: 'is a damaged PNG (bad IHDR chunk)' }
      const width = view.getUint32(offset + 8)
      const height = view.getUint32(offset + 12)
      const depth = bytes[offset + 16]!
      const colour = bytes[offset + 17]!
      const format = pngChannels[colour]
      if (!format || !format.depths.includes(depth) || bytes[offset + 18] !== 0 || bytes[offset + 19] !== 0 || bytes[offset + 20]! > 1) {
        return { problem: 'is a PNG of a kind the specification does not define (colour type, bit depth, compression or interlace)' }
      }
      const sized = checkSize(width, height)
      if (sized) return sized
      header = { width, height, rawBytes: pngRawBytes(width, height, format.channels * depth, bytes[offset + 20] === 1), palette: colour === 3 }
    } else if (type === 'PLTE') hasPalette = true
    else if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length))
    else if (type === 'IEND') {
      if (!data.length) return { problem: 'is a PNG without image data (no IDAT chunk)' }
      if (header!.palette && !hasPalette) return { problem: 'is a palette PNG without a palette (no PLTE chunk)' }
      return { type: 'png', width: header!.width, height: header!.height, png: { data, rawBytes: header!.rawBytes } }
    }
    offset = end
  }
  return { problem: data.length ? 'is a damaged PNG (it has no IEND chunk: cut off?)' : 'is a PNG without image data (no IDAT chunk)' }
}

// ------------------------------------------------------------------ JPEG, GIF

function identifyJpeg(bytes: Uint8Array, view: DataView): Identified {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return { problem: 'is a damaged JPEG (a marker is missing)' }
    const marker = bytes[offset + 1]!
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      offset += 1
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2
      continue
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const components = bytes[offset + 9]
      if (components !== 1 && components !== 3 && components !== 4) return { problem: 'is a JPEG with an unusual number of colour components' }
      return checkSize(view.getUint16(offset + 7), view.getUint16(offset + 5)) ?? { type: 'jpeg', width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) }
    }
    if (marker === 0xd9 || marker === 0xda) break
    offset += 2 + view.getUint16(offset + 2)
  }
  return { problem: 'is a damaged JPEG (no frame header gives its size)' }
}

function checkSize(width: number, height: number): { problem: string } | undefined {
  if (!width || !height) return { problem: 'has no size (its width or height is 0)' }
  if (width > imageLimits.side || height > imageLimits.side || width * height > imageLimits.pixels) {
    return { problem: `is ${width} × ${height} pixels, more than the limit of ${imageLimits.side} pixels on a side and ${imageLimits.pixels / 1e6} million in all` }
  }
  return undefined
}

// ------------------------------------------------------------------ SVG

/** CSS pixels per unit of an SVG length. */
const svgUnits: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 }

function svgAttribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined)
}

function svgLength(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value)
  if (!match) return undefined
  const length = Number(match[1]) * svgUnits[(match[2] ?? '').toLowerCase()]!
  return Number.isFinite(length) && length > 0 ? length : undefined
}

/**
 * Why an SVG may not be shown, if it may not: anything that runs code, loads another
 * resource or expands entities. Matched on the raw text, so spellings that only some readers
 * would execute are refused too.
 */
export function svgProblem(svg: string): string | undefined {
  const checks: Array<[RegExp, string]> = [
    [/<!ENTITY|<!DOCTYPE[^>]*\[/i, 'declares XML entities'],
    [/<([\w.-]+:)?script[\s/>]/i, 'contains a script'],
    [/<([\w.-]+:)?(foreignObject|iframe|embed|object|audio|video|handler|listener)[\s/>]/i, 'contains embedded content (foreignObject, iframe, object …)'],
    [/<\?xml-stylesheet/i, 'loads a style sheet'],
    [/\son[a-z]+\s*=/i, 'has an event handler attribute (onload, onclick …)'],
    [/javascript:|vbscript:/i, 'contains a javascript: link'],
    [/@import/i, 'imports a style sheet'],
    [/url\(\s*['"]?(?!#)/i, 'refers to an outside resource with url(…)'],
  ]
  for (const [pattern, reason] of checks) if (pattern.test(svg)) return reason
  // Links may only point inside the drawing, or embed a raster picture.
  for (const match of svg.matchAll(/\s(?:[\w.-]+:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const target = (match[1] ?? match[2] ?? '').trim()
    if (!target.startsWith('#') && !/^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$/i.test(target)) return `links to "${target.slice(0, 40)}", outside the drawing`
  }
  return undefined
}

function identifySvg(bytes: Uint8Array): Identified {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { problem: 'is an SVG that is not valid UTF-8' }
  }
  const problem = svgProblem(text)
  if (problem) return { problem: `is an SVG that ${problem}; itudoc does not embed such drawings` }
  const root = /<svg[\s>][^>]*>/i.exec(text)?.[0]
  if (!root) return { problem: 'is not an image itudoc can embed (PNG, JPEG, GIF or SVG)' }
  let width = svgLength(svgAttribute(root, 'width'))
  let height = svgLength(svgAttribute(root, 'height'))
  if (!width || !height) {
    const box = svgAttribute(root, 'viewBox')?.trim().split(/[\s,]+/).map(Number)
    if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
      // One side given: the other follows the viewBox's proportions.
      if (width) height = (width * box[3]!) / box[2]!
      else if (height) width = (height * box[2]!) / box[3]!
      else [width, height] = [box[2]!, box[3]!]
    }
  }
  if (!width || !height) return { problem: 'is an SVG without a size (give its <svg> a width and height, or a viewBox)' }
  return checkSize(Math.ceil(width), Math.ceil(height)) ?? { type: 'svg', width, height }
}

/** What an image file holds, by its bytes; a problem (in words, after the file name) otherwise. */
export function identifyImage(bytes: Uint8Array): Identified {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length >= 8 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) return identifyPng(bytes, view)
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return identifyJpeg(bytes, view)
  if (bytes.length >= 10 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) {
    return checkSize(view.getUint16(6, true), view.getUint16(8, true)) ?? { type: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) }
  }
  // SVG is text: an XML declaration, comments or white space may come before <svg.
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '')
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head) || /^\s*<\?xml[\s\S]*<svg[\s>]/i.test(head)) return identifySvg(bytes)
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { problem: 'is a WebP image, which Word and the PDF writer cannot embed' }
  if (ascii(bytes, 0, 2) === 'BM') return { problem: 'is a BMP image, which itudoc does not embed' }
  return { problem: 'is not an image itudoc can embed (PNG, JPEG, GIF or SVG; identified by its content, not its name)' }
}
