// docx's compiler: the package's parts of a document, by path, not yet zipped. Packer keeps
// it private and zips what it compiles; we zip once ourselves (determinism.ts), and hand it
// parts made before as overrides, which replace what it compiled under their path.
import { Packer, type Document } from 'docx'
import type { PackagePart } from './determinism.js'

/** A part given to the compiler ready-made. */
export interface PartOverride {
  /** Its path in the package ("word/styles.xml"). */
  path: string
  data: string
}

interface Compiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly PartOverride[]): Map<string, PackagePart>
}

export const compiler = (Packer as unknown as { compiler: Compiler }).compiler
