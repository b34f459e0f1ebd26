// What dist/bundle/writers.cjs exports (scripts/bundle.js): the DOCX and PDF writers and the
// layout engine, with docx, fontkit and pdfkit. They are a bundle of their own, loaded (with
// its code cache) the first time a build asks for DOCX or PDF, so that an HTML build never
// reads their 3 MB of code. Each is set up on first use only: a DOCX build never loads pdfkit
// (0.2 s), a PDF build never sets up the docx library. The getters' require() calls are
// esbuild's to resolve (a bundled module, set up when first required); this file runs only
// in the bundle, never from dist/src.
import type * as docx from '../render/docx/index.js'
import type * as layout from '../layout/index.js'
import type * as pdf from '../render/pdf/index.js'

declare const require: (path: string) => unknown

export const writers = {
  get docx() { return require('../render/docx/index.js') as typeof docx },
  get layout() { return require('../layout/index.js') as typeof layout },
  get pdf() { return require('../render/pdf/index.js') as typeof pdf },
}
