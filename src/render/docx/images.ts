// Pictures: read the pixel size from the image bytes (PNG, JPEG, GIF, SVG) and place the
// picture inline at 96 dpi, scaled down to the text width when wider.
import { ImageRun } from 'docx'
import { identifyImage } from '../../model/image-format.js'

type RasterType = 'png' | 'jpg' | 'gif'
interface ImageInfo { type: RasterType | 'svg'; width: number; height: number }

/** The picture's type and size in CSS pixels, from its bytes (the same reading resolve checked it with). */
export function imageInfo(bytes: Uint8Array, src: string): ImageInfo {
  const found = identifyImage(bytes)
  if ('problem' in found) throw new Error(`DOCX writer: cannot read the size of image "${src}" (PNG, JPEG, GIF or SVG with a size): it ${found.problem}`)
  return { type: found.type === 'jpeg' ? 'jpg' : found.type, width: found.width, height: found.height }
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
