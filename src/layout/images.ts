// Images as layout needs them: their pixel size (read from the PNG or JPEG header) to scale
// figures, and which ones can be drawn at all. The bytes come from the caller (build), so
// layout reads no files; the painter embeds the same bytes.
import type { InlineObject } from './inline/styled.js'

export interface ImageSize { width: number; height: number }

/** PNG: IHDR holds the size; JPEG: the first SOFn marker does. Other formats: undefined. */
export function imageSize(data: Uint8Array): ImageSize | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.length > 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return { width: view.getUint32(16), height: view.getUint32(20) }
  }
  if (data.length > 4 && view.getUint16(0) === 0xffd8) {
    let offset = 2
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return undefined
      const marker = data[offset + 1]!
      const length = view.getUint16(offset + 2)
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) }
      }
      offset += 2 + length
    }
  }
  return undefined
}

export class ImageStore {
  private readonly sizes = new Map<string, ImageSize | undefined>()
  private readonly asset: (src: string) => Uint8Array | undefined

  constructor(asset: (src: string) => Uint8Array | undefined) {
    this.asset = asset
  }

  /** Pixel size of a drawable image, or undefined (missing, or not PNG/JPEG). */
  size(src: string): ImageSize | undefined {
    if (!this.sizes.has(src)) {
      const data = this.asset(src)
      this.sizes.set(src, data ? imageSize(data) : undefined)
    }
    return this.sizes.get(src)
  }

  /** An inline image set one line high. */
  inline(src: string, lineSize: number): InlineObject | undefined {
    const size = this.size(src)
    if (!size || !size.height) return undefined
    return { src, height: lineSize, width: (lineSize * size.width) / size.height }
  }
}
