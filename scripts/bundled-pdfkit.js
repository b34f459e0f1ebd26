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

// A text string of the file (the ActualText of a right-to-left paragraph, a title) is
// written in one pass over its characters. pdfkit encodes it to UTF-16 bytes, turns those
// back into a string and escapes that with a regular expression and a call per match; the
// low bytes of Arabic letters are often escapable (beh U+0628 "(", teh marbuta U+0629 ")",
// the Arabic comma U+060C "\f"). The 7,728 ActualText strings of the Arabic corpus (703,000
// characters) take 5-11 ms so, 17-23 ms pdfkit's way. Encrypted strings (never written by
// itudoc) keep pdfkit's way.
const textStrings = [
  ['      let stringBytes;\n      if (isUnicode) {', `      if (!encryptFn) return \`(\${__itudocPdfString(string.valueOf(), isUnicode)})\`;
      let stringBytes;
      if (isUnicode) {`],
  ['const escapableRe = /[\\n\\r\\t\\b\\f()\\\\]/g;', `const escapableRe = /[\\n\\r\\t\\b\\f()\\\\]/g;
// The character after a backslash for each byte pdfkit escapes (escapable), else 0.
const __itudocEscapes = new Uint8Array(256);
for (const [byte, escaped] of [[0x0a, 'n'], [0x0d, 'r'], [0x09, 't'], [0x08, 'b'], [0x0c, 'f'], [0x28, '('], [0x29, ')'], [0x5c, '\\\\']]) __itudocEscapes[byte] = escaped.charCodeAt(0);
// What pdfkit writes between the parentheses of a string: its UTF-16BE bytes with a byte
// order mark when \`isUnicode\`, else the low byte of each character, escaped.
const __itudocPdfString = (string, isUnicode) => {
  const out = Buffer.allocUnsafe(4 * string.length + 4);
  let at = 0;
  const put = (byte) => {
    const escaped = __itudocEscapes[byte];
    if (escaped !== 0) out[at++] = 0x5c;
    out[at++] = escaped !== 0 ? escaped : byte;
  };
  if (isUnicode) {
    put(0xfe);
    put(0xff);
  }
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (isUnicode) put(code >> 8);
    put(code & 0xff);
  }
  return out.toString('latin1', 0, at);
};`],
]

// A number in an object of the file (an MCID in a structure element's kids, a /Length, a
// coordinate) is tried as every class of PDFObject.convert first, and is its last case. The
// structure tree of a tagged PDF is mostly numbers: convert took 322 ms of writing the 180
// PDFs of the corpus in French, Arabic and Chinese. A number is none of the classes, nor an
// array or a plain object, so asking first gives it the same text.
const numbersFirst = [
  ["      return `/${object}`;\n    } else if (object instanceof String) {", "      return `/${object}`;\n    } else if (typeof object === 'number') {\n      return PDFObject.number(object);\n    } else if (object instanceof String) {"],
]

/** pdfkit's ES build with its data files found from the installed package, its text strings written in one pass and its numbers converted first. */
export function relocatedPdfkit(code, file) {
  code = replaceOnce(code, file, [...selfLocation, ...textStrings, ...numbersFirst], { library: 'pdfkit', script: 'scripts/bundled-pdfkit.js' })
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
