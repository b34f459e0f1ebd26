// docx compiled into docx.cjs (scripts/bundle.js), patched so that a document does not make
// parts that itudoc replaces, and so that its objects are cheaper to make.
//
// Parts made on demand: docx's File makes, for every document, its default styles (a dozen
// styles built as objects) and the Office theme, which the DOCX writer never reads: its
// documents take the styles and theme made once per build (src/render/docx/shared.ts,
// SharedPartsDocument overrides the getters that read them). Both become made on first read,
// so a File that is asked for them gets the same objects as before; the other 30-odd parts
// are made as docx makes them.
//
// Made once: the map of namespace attributes' XML names that each of a document's five root
// elements copied anew (forty names each), and no search for image placeholders in a
// document without images (nearly all: the search scanned every part's XML).
//
// Fields assigned: docx's build defines every class field through a helper,
// `_defineProperty(this, "root", value)`, which converts the key, asks `in` and stores it by
// a computed key. Every component has two to five fields, and that one helper, called from
// hundreds of classes, did its stores the slow, generic way: 53 ms of a 60-resolution DOCX
// build of 700 ms (CPU profile, warm builds), the writer's most expensive function after GC
// and formatting. A field becomes a plain assignment, `this.root = (value)`, which gives the
// object the same property (own, enumerable, writable, configurable, in the same order)
// unless the name is an accessor somewhere up the prototype chain (where the helper defines
// a property over it and an assignment would call the setter): no docx class has an accessor
// of a field's name, and a docx that had one is not patched (the build fails).
//
// Keys taken as they are: the helper still stores every key `_objectSpread2` copies (docx's
// `{ ...a }` on option objects: runs, paragraphs, tables, the namespace attributes of five
// elements a document), each converted through `toPropertyKey`, `toPrimitive` and `_typeof`
// twice, which give a string or a symbol back as it is: 41 ms self in toPrimitive alone of
// the corpus's French, Arabic and Chinese DOCX build (CPU profile). A string or a symbol is
// now returned at once; anything else is converted as before.
import { loadPatched, replaceOnce } from './patch-library.js'

const library = { library: 'docx', script: 'scripts/bundled-docx.js' }

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
  // The XML names of namespace attributes, the same map for every root element (five a
  // document, each of some forty names): made once. Only formatting reads it.
  [
    '\t\t_defineProperty(this, "xmlKeys", _objectSpread2({ Ignorable: "mc:Ignorable" }, Object.fromEntries(Object.keys(DocumentAttributeNamespaces).map((key) => [key, `xmlns:${key}`]))));',
    '\t\t_defineProperty(this, "xmlKeys", documentAttributeXmlKeys);',
  ],
  [
    'var DocumentAttributes = class extends XmlAttributeComponent {',
    'var documentAttributeXmlKeys = _objectSpread2({ Ignorable: "mc:Ignorable" }, Object.fromEntries(Object.keys(DocumentAttributeNamespaces).map((key) => [key, `xmlns:${key}`])));\nvar DocumentAttributes = class extends XmlAttributeComponent {',
  ],
  // A part with no image placeholders to find when the document has no media (most have none).
  ['\tgetMediaData(xmlData, media) {\n\t\tconst placeholders', '\tgetMediaData(xmlData, media) {\n\t\tif (media.Entries.length === 0) return [];\n\t\tconst placeholders'],
  // A property key as it is when it is one already (toPrimitive returns any non-object unchanged).
  [
    'function toPropertyKey(t) {\n\tvar i = toPrimitive(t, "string");',
    'function toPropertyKey(t) {\n\tif (typeof t === "string" || typeof t === "symbol") return t;\n\tvar i = toPrimitive(t, "string");',
  ],
]

/** The helper every field goes through: what it does is what an assignment must match. */
const defineProperty = 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {\n\t\tvalue: t,\n\t\tenumerable: !0,\n\t\tconfigurable: !0,\n\t\twritable: !0\n\t}) : e[r] = t, e;\n}'
/** A field's definition up to its value: `_defineProperty(this, /** doc *\/ "name", `. The call's `)` then closes `(value)`. */
const fieldStart = /_defineProperty\(\s*this,\s*(?:\/\*\*(?:[^*]|\*(?!\/))*\*\/\s*)?"(\w+)",\s*/g
/** Names of getters and setters of docx's classes. */
const accessor = /^\s*(?:static\s+)?[gs]et\s+(\w+)\s*\(/gm

/** docx's fields as assignments; the build fails if docx defines a field otherwise than expected. */
export function fieldsAssigned(code, file) {
  const fail = (what) => {
    throw new Error(`${file}: ${what}; has docx changed? (${library.script})`)
  }
  if (code.split(defineProperty).length !== 2) fail(`expected docx's _defineProperty helper once, as\n${defineProperty}`)
  const accessors = new Set([...code.matchAll(accessor)].map((match) => match[1]))
  const calls = code.match(/_defineProperty\(\s*this\b/g)?.length ?? 0
  let fields = 0
  const patched = code.replace(fieldStart, (_, name) => {
    if (accessors.has(name)) fail(`the field "${name}" is also the name of an accessor`)
    fields++
    return `this.${name} = (`
  })
  if (fields === 0 || fields !== calls) fail(`expected each of the ${calls} _defineProperty(this, …) calls to name its field in a string, found ${fields}`)
  return patched
}

/** docx's ES build with its unread default parts made on demand and its fields assigned. */
export function docxDefaultsOnDemand(code, file) {
  return fieldsAssigned(replaceOnce(code, file, rewrites, library), file)
}

export const bundledDocx = {
  name: 'bundled-docx',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, loadPatched(docxDefaultsOnDemand))
  },
}
