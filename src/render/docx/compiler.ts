// docx's compiler: the package's parts of a document, by path, not yet zipped. Packer keeps
// it private and zips what it compiles; we zip once ourselves (determinism.ts), and hand it
// parts made before as overrides, which replace what it compiled under their path.
//
// Ours is a compiler of its own, whose formatter writes each part's XML at once with our
// stringifier (stringify.ts) and hands docx the text to write verbatim: docx still builds
// every part, fills in relationships, media and numbering ids and the declaration, but no
// longer walks the formatted objects a second time to write them out.
import { Packer, type Document, type IContext, type IXmlableObject } from 'docx'
import type { PackagePart } from './determinism.js'
import { useFastFormatting } from './prep-for-xml.js'
import { stringifyXmlable } from './stringify.js'

/** A part given to the compiler ready-made. */
export interface PartOverride {
  /** Its path in the package ("word/styles.xml"). */
  path: string
  data: string
}

interface Formatter {
  format(input: { prepForXml(context: IContext): IXmlableObject | undefined }, context?: IContext): IXmlableObject
}

interface Compiler {
  formatter: Formatter
  compile(file: Document, prettify?: undefined, overrides?: readonly PartOverride[]): Map<string, PackagePart>
}

const packers = (Packer as unknown as { compiler: Compiler }).compiler

/**
 * A formatted object that docx's stringifier writes as `xml`, unescaped: an element with no
 * name writes only its content, and content that is neither object nor string is written as
 * `String` gives it, which for a function is what its `toString` returns.
 */
function verbatim(xml: string): IXmlableObject {
  return { '': [Object.assign(() => xml, { toString: () => xml })] }
}

function createCompiler(): Compiler {
  useFastFormatting()
  const compiler = new (packers.constructor as new () => Compiler)()
  const { formatter } = compiler
  compiler.formatter = { format: (input, context) => verbatim(stringifyXmlable(formatter.format(input, context))) }
  return compiler
}

export const compiler = createCompiler()
