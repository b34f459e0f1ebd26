// The .docx container: a zip laid out byte for byte as fflate's zipSync lays it out (same
// headers), with two differences that pay. Each entry's deflated bytes are kept, by content,
// once a part has come out the same in two documents: most of a package (styles, theme,
// numbering, settings, font table, relationships) is the same in every document of a
// language, and deflating it again was most of the time spent zipping. And the parts are
// deflated by Node's zlib, not by fflate's JavaScript deflate: a large part in its thread
// pool when the build leaves a core for it (../deflate.ts), where the build's other variant
// in flight (build/pool.ts) goes on meanwhile, and the small ones (most) at once, where
// handing them over costs more than deflating them.
import { crc32 } from 'node:zlib'
import { deflateBytes } from '../deflate.js'

/** A part deflated once: its bytes as written, and what its zip headers say of it. */
interface DeflatedPart {
  /** The part's bytes, to tell it from another part with the same checksum and size. */
  raw: Uint8Array
  crc: number
  deflated: Uint8Array
}

/** Deflated parts by content, shared by the documents of a build. */
export interface DeflateCache {
  /** Checksum and size of each part seen once: a part is kept only when it comes again, so a document's own body is never held. */
  seen: Set<string>
  /** Parts seen twice or more, by checksum and size. */
  kept: Map<string, DeflatedPart[]>
  /** Bytes that may still be kept: a long watch session keeps what repeats, up to this. */
  room: number
  /** Large parts may go to zlib's thread pool: the build leaves a core for it. */
  threadPool: boolean
}

export function createDeflateCache({ threadPool = true, room = 32 * 1024 * 1024 }: { threadPool?: boolean; room?: number } = {}): DeflateCache {
  return { seen: new Set(), kept: new Map(), room, threadPool }
}

// zlib's default level. On the distinct parts of the benchmark corpus's DOCX files (371
// parts, 2.1 MB; 2176 parts, 14.6 MB in six languages) fflate at level 6 took 48-53 ms and
// 406 ms, zlib at level 6 20-31 ms and 217 ms, and wrote 1.7 % (1.1 % in six languages)
// fewer bytes. zlib's level 5 is as fast and as large as fflate's 6; below it, the files grow
// by 2.5 % (level 4) to 10 % (level 1) for a few milliseconds.
const level = 6

// Parts under this size are deflated on the calling thread. Deflating one in zlib's pool
// costs a stream, a hand-over to a pool thread and a callback. Node 20, XML parts, four in
// flight at a time as a package's are (main thread's CPU from /proc, all threads' from
// cpuUsage): 1.8-8 KB in the pool 60-265 µs of the main thread and ~500-700 µs in all, at
// once 25-35 µs; 27 KB 60-90 µs and ~600 µs in the pool, 75-85 µs at once; 60 KB 55-95 µs
// in the pool, 170-205 µs at once. So the small parts, five in six of those a document
// deflates, cost less at once on every count; a body part (the corpus's are 27-63 KB) still
// goes to the pool, which spares the main thread. The bytes are the same either way (the
// same zlib, level and input, deflated to the end in one call).
const inPoolFrom = 16 * 1024


async function deflated(raw: Uint8Array, cache: DeflateCache): Promise<DeflatedPart> {
  const crc = crc32(raw)
  const key = `${crc}:${raw.length}`
  const found = cache.kept.get(key)?.find((part) => Buffer.compare(part.raw, raw) === 0)
  if (found) return found
  const part = { raw, crc, deflated: await deflateBytes(raw, { level, raw: true, inPool: cache.threadPool && raw.length >= inPoolFrom }) }
  const size = raw.length + part.deflated.length
  if (!cache.seen.has(key)) cache.seen.add(key)
  else if (size <= cache.room) {
    cache.kept.set(key, [...(cache.kept.get(key) ?? []), part])
    cache.room -= size
  }
  return part
}

/** The MS-DOS date and time of a zip entry: the local wall-clock fields of `mtime`, as fflate reads them. */
function dosTime(mtime: Date): number {
  const year = mtime.getFullYear() - 1980
  if (year < 0 || year > 119) throw new RangeError(`zip: ${mtime.toISOString()} is outside the years a zip entry can carry (1980–2099)`)
  return ((year << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16) | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1)) >>> 0
}

const localHeader = 30
const centralHeader = 46
const endRecord = 22

/**
 * Zip the parts, in the order given, each deflated and stamped with `mtime`. The layout is
 * zipSync's: local headers with sizes (no data descriptors), no extra fields, version 2.0,
 * the UTF-8 flag only on names that need it, then the central directory and its end record.
 */
export async function zipParts(parts: ReadonlyArray<readonly [name: string, raw: Uint8Array]>, mtime: Date, cache: DeflateCache): Promise<Uint8Array> {
  const encoder = new TextEncoder()
  const time = dosTime(mtime)
  const entries = await Promise.all(parts.map(async ([name, raw]) => {
    const encodedName = encoder.encode(name)
    return { name: encodedName, isUtf8: encodedName.length !== name.length, part: await deflated(raw, cache), size: raw.length, offset: 0 }
  }))
  const localSize = entries.reduce((sum, entry) => sum + localHeader + entry.name.length + entry.part.deflated.length, 0)
  const centralSize = entries.reduce((sum, entry) => sum + centralHeader + entry.name.length, 0)
  const out = new Uint8Array(localSize + centralSize + endRecord)
  const view = new DataView(out.buffer)
  // The fields local and central headers share, from "version needed" on.
  const common = (at: number, entry: (typeof entries)[number]): void => {
    view.setUint16(at, 20, true)
    view.setUint16(at + 2, entry.isUtf8 ? 0x800 : 0, true)
    view.setUint16(at + 4, 8, true) // deflate
    view.setUint32(at + 6, time, true)
    view.setUint32(at + 10, entry.part.crc, true)
    view.setUint32(at + 14, entry.part.deflated.length, true)
    view.setUint32(at + 18, entry.size, true)
    view.setUint16(at + 22, entry.name.length, true)
  }
  let at = 0
  for (const entry of entries) {
    entry.offset = at
    view.setUint32(at, 0x04034b50, true)
    common(at + 4, entry)
    out.set(entry.name, at + localHeader)
    out.set(entry.part.deflated, at + localHeader + entry.name.length)
    at += localHeader + entry.name.length + entry.part.deflated.length
  }
  for (const entry of entries) {
    view.setUint32(at, 0x02014b50, true)
    view.setUint16(at + 4, 20, true) // made by: version 2.0, MS-DOS
    common(at + 6, entry)
    view.setUint32(at + 42, entry.offset, true)
    out.set(entry.name, at + centralHeader)
    at += centralHeader + entry.name.length
  }
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, centralSize, true)
  view.setUint32(at + 16, localSize, true)
  return out
}
