// Images as layout needs them: their pixel size (read by model/image-format.ts, as every writer does) to scale
// figures, and which ones can be drawn at all. The bytes come from the caller (build), so
// layout reads no files; the painter embeds the same bytes.
import { identifyImage } from '../model/image-format.js'
import type { InlineObject } from './inline/styled.js'

export interface ImageSize { width: number; height: number }

/** The pixel size of an image the PDF can draw (PNG or JPEG, the formats pdfkit embeds); undefined otherwise. */
export function imageSize(data: Uint8Array): ImageSize | undefined {
  const facts = identifyImage(data)
  return 'type' in facts && (facts.type === 'png' || facts.type === 'jpeg') ? { width: facts.width, height: facts.height } : undefined
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
