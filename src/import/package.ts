// The DOCX package: a zip (read with fflate, which itudoc already ships for writing) holding
// XML parts found through relationships. Guards come first: a file that is not a zip (a PDF
// renamed .docx), a truncated archive, a zip bomb (declared sizes or ratios no Word file
// has) or a zip without a Word document each end the import with one ImportError.
import { strFromU8, unzipSync } from 'fflate'
import { ImportError } from './errors.js'
import { child, children, parseXml, type XmlElement } from './xml.js'

/** Limits no real Word document reaches (the largest ITU reports are tens of megabytes). */
export const packageLimits = {
  /** Sum of the uncompressed sizes of the parts read. */
  totalBytes: 512 * 1024 * 1024,
  /** Uncompressed size of one part. */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed / compressed size of one part: XML compresses 10–30×, zeros 1000×. */
  ratio: 200,
  entries: 20000,
}

/** Signatures of files people rename to .docx by mistake. */
const signatures: Array<[string, number[]]> = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['an old Word 97–2003 (.doc) file; save it as .docx in Word first', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an RTF file', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
]

const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'
const strictOfficeDocument = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument'

export interface Relationship { type: string; target: string; external: boolean }

export interface DocxPackage {
  /** Path of the main document part ("word/document.xml"). */
  main: string
  /** Parsed XML of a part, or undefined when the package has no such part. */
  xml(path: string): XmlElement | undefined
  /** Raw bytes of a part (images). */
  bytes(path: string): Uint8Array | undefined
  /** Relationships of a part, by id, with targets resolved to package paths. */
  rels(path: string): Map<string, Relationship>
  /** The part the main document relates to by a relationship type suffix ("/styles"). */
  related(type: string): string | undefined
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}

/** Resolve a relationship target against the folder of its source part. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = source.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment && segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

export function openPackage(data: Uint8Array): DocxPackage {
  if (data.length === 0) throw new ImportError('not-docx', 'the file is empty')
  for (const [what, signature] of signatures) if (startsWith(data, signature)) throw new ImportError('not-docx', `this is ${what}, not a Word document (.docx)`)
  if (!startsWith(data, [0x50, 0x4b])) throw new ImportError('not-docx', 'this is not a Word document (.docx): it is not a zip package')
  let entries = 0
  let total = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(data, {
      filter: (file) => {
        entries++
        if (entries > packageLimits.entries) throw new ImportError('too-large', `the package has more than ${packageLimits.entries} parts`)
        // Only what the importer reads is inflated: XML parts, relationships, media.
        if (!/^(\[Content_Types\]\.xml|_rels\/|docProps\/|word\/)/.test(file.name)) return false
        const ratio = file.size > 0 ? file.originalSize / file.size : 0
        total += file.originalSize
        if (file.originalSize > packageLimits.partBytes || total > packageLimits.totalBytes || (file.originalSize > 1024 * 1024 && ratio > packageLimits.ratio)) {
          throw new ImportError('too-large', `"${file.name}" would unpack to ${Math.round(file.originalSize / 1024 / 1024)} MB from ${Math.max(1, Math.round(file.size / 1024))} KB: refusing what looks like a zip bomb`)
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError('damaged', `the zip package is damaged or truncated (${(error as Error).message})`)
  }
  const cache = new Map<string, XmlElement | undefined>()
  const xml = (path: string): XmlElement | undefined => {
    if (!cache.has(path)) {
      const bytes = files[path]
      cache.set(path, bytes ? parseXml(strFromU8(bytes), path) : undefined)
    }
    return cache.get(path)
  }
  const rels = (path: string): Map<string, Relationship> => {
    const slash = path.lastIndexOf('/')
    const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`
    const map = new Map<string, Relationship>()
    for (const rel of children(xml(relsPath), 'rel:Relationship')) {
      const external = rel.attrs.TargetMode === 'External'
      const target = rel.attrs.Target ?? ''
      map.set(rel.attrs.Id ?? '', { type: rel.attrs.Type ?? '', target: external ? target : resolveTarget(path, target), external })
    }
    return map
  }
  const root = [...rels('').values()].find((rel) => rel.type === officeDocument || rel.type === strictOfficeDocument)
  const main = root?.target ?? (files['word/document.xml'] ? 'word/document.xml' : undefined)
  if (!main || !files[main]) throw new ImportError('not-docx', 'this zip package holds no Word document (no word/document.xml)')
  const body = child(xml(main), 'w:body')
  if (!body) throw new ImportError('damaged', `${main} has no document body`)
  const mainRels = rels(main)
  return {
    main,
    xml,
    bytes: (path) => files[path],
    rels,
    related: (type) => [...mainRels.values()].find((rel) => !rel.external && rel.type.endsWith(type))?.target,
  }
}
