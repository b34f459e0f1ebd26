// Pictures: read the pixel size from the image bytes (PNG, JPEG, GIF, BMP, SVG) and place the
// picture inline at 96 dpi, scaled down to the text width when wider.
import { ImageRun } from 'docx'

type RasterType = 'png' | 'jpg' | 'gif' | 'bmp'
interface ImageInfo { type: RasterType | 'svg'; width: number; height: number }

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length))

function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | undefined {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1]!
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) }
    }
    offset += 2 + view.getUint16(offset + 2)
  }
  return undefined
}

/** Length of an SVG attribute in CSS pixels (plain numbers and px; other units as written). */
function svgLength(svg: string, name: string): number | undefined {
  const match = new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)(px)?"`).exec(svg)
  return match ? Number(match[1]) : undefined
}

function svgSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const svg = new TextDecoder().decode(bytes)
  const width = svgLength(svg, 'width')
  const height = svgLength(svg, 'height')
  if (width && height) return { width, height }
  const box = /<svg[^>]*\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(svg)
  return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined
}

export function imageInfo(bytes: Uint8Array, src: string): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const found = ((): ImageInfo | undefined => {
    if (bytes.length > 24 && ascii(bytes, 1, 3) === 'PNG') return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const size = jpegSize(bytes, view)
      return size && { type: 'jpg', ...size }
    }
    if (ascii(bytes, 0, 3) === 'GIF') return { type: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) }
    if (ascii(bytes, 0, 2) === 'BM') return { type: 'bmp', width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)) }
    const size = /\.svg$/i.test(src) ? svgSize(bytes) : undefined
    return size && { type: 'svg', ...size }
  })()
  if (!found || !found.width || !found.height) throw new Error(`DOCX writer: cannot read the size of image "${src}" (PNG, JPEG, GIF, BMP or SVG with a size)`)
  return found
}

// A 1×1 transparent PNG: Word requires a raster fallback beside an SVG picture and shows the
// SVG itself (Word 2016+, LibreOffice); itudoc has no rasterizer, and old readers get a blank.
const blankPng = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

/** Twips per CSS pixel at 96 dpi. */
const twipsPerPixel = 15

/** An inline picture no wider than `maxWidth` twips. */
export function imageRun(bytes: Uint8Array, src: string, alt: string, maxWidth: number): ImageRun {
  const info = imageInfo(bytes, src)
  const scale = Math.min(1, maxWidth / twipsPerPixel / info.width)
  const transformation = { width: Math.round(info.width * scale), height: Math.round(info.height * scale) }
  const altText = { name: src, description: alt, title: alt }
  return info.type === 'svg'
    ? new ImageRun({ type: 'svg', data: bytes, transformation, altText, fallback: { type: 'png', data: blankPng } })
    : new ImageRun({ type: info.type, data: bytes, transformation, altText })
}
