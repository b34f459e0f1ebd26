// docx compiled into docx.cjs (scripts/bundle.js), patched so that a document does not make
// parts that itudoc replaces. docx's File makes, for every document, its default styles
// (a dozen styles built as objects) and the Office theme, which the DOCX writer never reads:
// its documents take the styles and theme made once per build (src/render/docx/shared.ts,
// SharedPartsDocument overrides the getters that read them). Both become made on first
// read, so a File that is asked for them gets the same objects as before; the other 30-odd
// parts are made as docx makes them.
import { loadPatched, replaceOnce } from './patch-library.js'

/** A field assigned once in File's constructor, made instead when first read (or assigned). */
const onFirstRead = (field, made) =>
  `{ let ${field}Made; Object.defineProperty(this, "${field}", { configurable: true, enumerable: true, get: () => (${field}Made ??= ${made}), set: (value) => { ${field}Made = value; } }); }`

/** docx's text, each a string that must occur exactly once, and what it becomes. */
const rewrites = [
  [
    '\t\t} else {\n\t\t\tconst stylesFactory = new DefaultStylesFactory();\n\t\t\tthis.styles = new Styles(stylesFactory.newInstance());\n\t\t}',
    `\t\t} else ${onFirstRead('styles', 'new Styles(new DefaultStylesFactory().newInstance())')}`,
  ],
  ['\t\tthis.theme = new Theme(options.theme);', `\t\t${onFirstRead('theme', 'new Theme(options.theme)')}`],
]

/** docx's ES build with its unread default parts made on demand. */
export function docxDefaultsOnDemand(code, file) {
  return replaceOnce(code, file, rewrites, { library: 'docx', script: 'scripts/bundled-docx.js' })
}

export const bundledDocx = {
  name: 'bundled-docx',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, loadPatched(docxDefaultsOnDemand))
  },
}
