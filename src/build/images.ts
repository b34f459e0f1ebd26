// The image check resolve runs on every picture a source names (through the asset host),
// before any writer: the file's bytes must be a PNG, JPEG, GIF or safe SVG that can be
// measured (src/model/image-format.ts) and, for a PNG, its compressed pixels must inflate to
// exactly the rows its header announces, since the PDF writer decodes them.
import { Unzlib } from 'fflate'
import { identifyImage, type ImageFacts } from '../model/image-format.js'

/** Slices pushed to the inflater, so memory stays small whatever the image's size. */
const slice = 64 * 1024

function pngDataProblem(png: NonNullable<ImageFacts['png']>): string | undefined {
  let inflated = 0
  const inflater = new Unzlib((chunk) => void (inflated += chunk.length))
  try {
    const last = png.data.length - 1
    png.data.forEach((data, i) => {
      for (let at = 0; at < data.length || (at === 0 && data.length === 0); at += slice) {
        inflater.push(data.subarray(at, at + slice), i === last && at + slice >= data.length)
        if (inflated > png.rawBytes + slice) throw new Error('more pixel data than its size allows')
      }
    })
  } catch (error) {
    return `is a damaged PNG (its pixel data cannot be decompressed: ${(error as Error).message})`
  }
  return inflated < png.rawBytes ? 'is a damaged PNG (its pixel data is cut off)' : undefined
}

/** What is wrong with an image, in words that follow its name ("is a PNG without …"); undefined if nothing. */
export function imageProblem(bytes: Uint8Array): string | undefined {
  const found = identifyImage(bytes)
  if ('problem' in found) return found.problem
  return found.png ? pngDataProblem(found.png) : undefined
}
