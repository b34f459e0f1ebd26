// What dist/bundle/writers.cjs exports (scripts/bundle.js): the DOCX and PDF writers and the
// layout engine, with docx, fontkit and pdfkit. They are a bundle of their own, loaded (with
// its code cache) the first time a build asks for DOCX or PDF, so that an HTML build never
// reads their 4 MB of code.
export * as docx from '../render/docx/index.js'
export * as layout from '../layout/index.js'
export * as pdf from '../render/pdf/index.js'
