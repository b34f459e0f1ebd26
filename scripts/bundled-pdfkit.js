// pdfkit compiled into the writers bundle (scripts/bundle.js). Required from node_modules as
// it is, pdfkit cost a PDF build some 140 ms of compiling at every run, most of it a second
// copy of fontkit and restructure beside the bundle's own. Bundled, it shares the bundle's
// fontkit (its ES build imports the same module.mjs that layout does) and its code cache.
//
// pdfkit finds two kinds of data files from its own URL (import.meta.url): the sRGB ICC
// profile of PDF/A, read beside its code, and the metrics of the 14 standard fonts, required
// through the "#standard-fonts/*" imports of its package.json. In a bundle that URL would be
// the bundle's. Both are found from the installed package instead, resolved at run time when
// first asked for (resolving costs a few milliseconds, and itudoc's PDFs, PDF/UA with no
// default font, ask for neither). An absolute path of this checkout must not be written into
// the bundle: its bytes are part of the code hash of every artifact.
//
// Encryption (AES from @noble/ciphers, which computes its tables when loaded) is left out:
// itudoc never sets a password. Its stand-in throws should one ever be set.
import { loadPatched, replaceOnce } from './patch-library.js'

/** pdfkit's text, each a string that must occur exactly once, and what it becomes. */
const selfLocation = [
  // The bundle's require resolves the package's CommonJS entry, js/pdfkit.js, beside js/data
  // (a name in a variable: esbuild leaves that call alone, where it would warn of a literal).
  ['import { createRequire } from \'module\';', "import { createRequire } from 'module';\nimport { pathToFileURL as __pdfkitPathToFileURL } from 'url';\nconst __pdfkitPackage = 'pdfkit';\nconst __pdfkitUrl = () => __pdfkitPathToFileURL(require.resolve(__pdfkitPackage)).href;"],
  ["const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;", "const ICC_PROFILE_PATH = () => new URL('./data/sRGB_IEC61966_2_1.icc', __pdfkitUrl()).href;"],
  ['fs.readFileSync(ICC_PROFILE_PATH)', 'fs.readFileSync(ICC_PROFILE_PATH())'],
  ['const require$1 = createRequire(import.meta.url);', 'const require$1 = (id) => createRequire(__pdfkitUrl())(id);'],
]

/** pdfkit's ES build with its data files found from the installed package. */
export function relocatedPdfkit(code, file) {
  code = replaceOnce(code, file, selfLocation, { library: 'pdfkit', script: 'scripts/bundled-pdfkit.js' })
  if (code.includes('import.meta')) throw new Error(`${file}: import.meta is still used; has pdfkit changed? (scripts/bundled-pdfkit.js)`)
  return code
}

export const bundledPdfkit = {
  name: 'bundled-pdfkit',
  setup(build) {
    // Its CommonJS build would be bundled as it is, and look for its data beside the bundle.
    build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, () => ({ errors: [{ text: "pdfkit's CommonJS build is not relocated: import pdfkit, never require it (scripts/bundled-pdfkit.js)" }] }))
    build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, loadPatched(relocatedPdfkit))
    build.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, (args) =>
      /[\\/]node_modules[\\/]pdfkit[\\/]/.test(args.importer) ? { path: '@noble/ciphers/aes.js', namespace: 'no-encryption' } : undefined)
    build.onLoad({ filter: /.*/, namespace: 'no-encryption' }, () => ({
      contents: "const unused = () => { throw new Error('itudoc writes no encrypted PDF') }\nexport { unused as cbc, unused as ecb }\n",
      loader: 'js',
    }))
  },
}
