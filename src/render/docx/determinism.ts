// Byte-identical DOCX files for identical input (dependency-notes.md §4). The docx package
// reads the clock (core properties, zip entry times, comment dates), draws ids from
// Math.random (relationship ids, the key that obfuscates embedded fonts) and from counters
// that live as long as the process (bookmark and drawing ids). So: construct and pack the
// document with a frozen clock and a seeded random generator, then renumber the
// process-wide ids in order of appearance and zip with fixed entry times.
import { zipParts, type DeflateCache } from './zip.js'

/** A part of the package as docx's compiler gives it: XML text, or bytes (media, fonts). */
export type PackagePart = string | Uint8Array | ArrayBuffer

/** mulberry32: a small seeded generator, enough for ids (not for secrets). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs work with the clock frozen and Math.random seeded, one generator across its runs. */
export interface FixedEntropy {
  /**
   * Run `work` with `Date` frozen at the clock and `Math.random` drawing from the generator,
   * which goes on where the last run left it. `work` must be synchronous: the globals are
   * restored as soon as it returns, so nothing else ever sees them (whatever runs between two
   * runs neither sees nor moves the generator).
   */
  run<T>(work: () => T): T
}

export function fixedEntropy(clock: Date): FixedEntropy {
  const random = seededRandom(0x17d0c)
  const frozen = clock.getTime()
  return {
    run<T>(work: () => T): T {
      const RealDate = globalThis.Date
      const realRandom = Math.random
      class FrozenDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(frozen)
          else super(...(args as [string | number]))
        }
        static override now(): number {
          return frozen
        }
      }
      globalThis.Date = FrozenDate as DateConstructor
      Math.random = random
      try {
        return work()
      } finally {
        globalThis.Date = RealDate
        Math.random = realRandom
      }
    },
  }
}

/**
 * Renumber the values of one id attribute in order of first appearance across all parts.
 * Only parts with one of the `elements` are searched (most have none: styles, theme, settings).
 */
function renumber(parts: Map<string, string>, elements: readonly string[], pattern: RegExp, start: number): void {
  const ids = new Map<string, number>()
  for (const [name, xml] of parts) {
    if (!elements.some((element) => xml.includes(element))) continue
    parts.set(name, xml.replace(pattern, (whole, before: string, id: string) => {
      let next = ids.get(id)
      if (next === undefined) {
        next = start + ids.size
        ids.set(id, next)
      }
      return `${before}${next}"`
    }))
  }
}

const xmlPart = /\.(xml|rels)$/

const bytesOf = (part: PackagePart): Uint8Array =>
  typeof part === 'string' ? new TextEncoder().encode(part) : part instanceof Uint8Array ? part : new Uint8Array(part)

/**
 * Zip a DOCX package's parts independently of what the process did before: renumber bookmark
 * and drawing ids, which docx draws from process-wide counters, and write every zip entry
 * with the clock's UTC wall time ([Content_Types].xml first, as Word writes it). Parts
 * deflated for earlier documents are taken from `deflated`.
 */
export async function normalizePackage(entries: ReadonlyMap<string, PackagePart>, clock: Date, deflated: DeflateCache, patch: (name: string, xml: string) => string = (_, xml) => xml): Promise<Uint8Array> {
  const names = [...entries.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  const decoder = new TextDecoder()
  const text = (part: PackagePart): string => (typeof part === 'string' ? part : decoder.decode(bytesOf(part)))
  const parts = new Map(names.filter((name) => xmlPart.test(name)).map((name) => [name, patch(name, text(entries.get(name)!))]))
  renumber(parts, ['<w:bookmarkStart', '<w:bookmarkEnd'], /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, 0)
  renumber(parts, ['<wp:docPr', '<pic:cNvPr'], /(<(?:wp:docPr|pic:cNvPr)\b[^>]*?\bid=")(\d+)"/g, 1)
  // fflate writes local wall-clock fields: build a local Date that shows the clock's UTC time.
  // Zip (DOS) times start in 1980; an earlier clock is written as its first day.
  const mtime = clock.getUTCFullYear() < 1980
    ? new Date(1980, 0, 1)
    : new Date(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate(), clock.getUTCHours(), clock.getUTCMinutes(), clock.getUTCSeconds())
  const encoder = new TextEncoder()
  return zipParts(names.map((name) => [name, parts.has(name) ? encoder.encode(parts.get(name)) : bytesOf(entries.get(name)!)] as const), mtime, deflated)
}
