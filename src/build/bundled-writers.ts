// What dist/bundle/writers.cjs exports (scripts/bundle.js): the layout engine and the PDF
// writer, with fontkit and pdfkit (the DOCX writer, with the docx library, is docx.cjs). They
// are a bundle of their own, loaded (with its code cache) the first time a build asks for
// DOCX or PDF, so that an HTML build never reads their code. Each is set up on first use
// only: a DOCX build, which measures with layout, never sets up pdfkit. The getters' require()
// calls are esbuild's to resolve (a bundled module, set up when first required); this file
// runs only in the bundle, never from dist/src.
import type * as layout from '../layout/index.js'
import type * as pdf from '../render/pdf/index.js'

declare const require: (path: string) => unknown

export const writers = {
  get layout() { return require('../layout/index.js') as typeof layout },
  get pdf() { return require('../render/pdf/index.js') as typeof pdf },
}
