// bidi-js compiled into the bundles (scripts/bundle.js), patched so that the embedding levels
// of a paragraph cost less to find. Every paragraph of an Arabic document goes through
// getEmbeddingLevels (src/layout/inline/bidi.ts), and it was a quarter of a warm Arabic
// layout's CPU profile, most of it in two Maps it asks once or more per character. Patched,
// getEmbeddingLevels takes ~3/4 of the time on the Arabic paragraphs of the bench corpus
// (five alternating runs of ten, medians of the paired ratios 0.68–0.79):
//
// - The count of each character type in the paragraph, kept in a Map keyed by the type's bit
//   (and by the union NEUTRAL_ISOLATE_TYPES) and updated at every character and at every
//   change of its type: now in an array slot per bit, plus one for the union. bidi-js only
//   gets, sets and clears it, and reads a missing count as `|| 0` or as false, so a count of 0
//   reads as its `undefined` did.
// - The type of a character: a Map from code point to type, asked with `string[i]`. The
//   Basic Multilingual Plane's types sit in a typed array, made from that Map when it is first
//   parsed; other code points still ask the Map.
import { loadPatched, replaceOnce } from './patch-library.js'

const library = { library: 'bidi-js', script: 'scripts/bundled-bidi.js' }

/**
 * The counter that stands in for the Map: bidi-js's types are single bits, below bit 31. A
 * plain array, made once per paragraph: a typed array of 33 counts lives outside V8's heap,
 * and allocating one took ~0.5 µs against ~0.17 µs for the array (a micro-benchmark).
 */
const typeCounts = `
    function TypeCounts () { this.counts = []; this.clear(); }
    TypeCounts.prototype.slot = function (type) { return type === NEUTRAL_ISOLATE_TYPES ? 32 : 31 - Math.clz32(type) };
    TypeCounts.prototype.get = function (type) { return this.counts[this.slot(type)] };
    TypeCounts.prototype.set = function (type, count) { this.counts[this.slot(type)] = count; };
    TypeCounts.prototype.clear = function () { for (var slot = 0; slot < 33; slot++) { this.counts[slot] = 0; } };
`

const rewrites = [
  ['    var map = null;\n', `    var map = null;\n    var bmpTypes = null;\n${typeCounts}`],
  [
    '        //console.log(`char types parsed in ${performance.now() - start}ms`)\n',
    '        //console.log(`char types parsed in ${performance.now() - start}ms`)\n        bmpTypes = new Uint32Array(0x10000);\n        for (var code = 0; code < 0x10000; code++) { bmpTypes[code] = map.get(code) || TYPES.L; }\n',
  ],
  [
    '      return map.get(char.codePointAt(0)) || TYPES.L\n',
    '      var code = char.codePointAt(0);\n      return code < 0x10000 ? bmpTypes[code] : map.get(code) || TYPES.L\n',
  ],
  ['      var charTypeCounts = new Map(); //will be cleared at start of each paragraph\n', '      var charTypeCounts = new TypeCounts(); //will be cleared at start of each paragraph\n'],
]

/** bidi-js's UMD file with the rewrites applied. */
export function patchedBidi(code, file) {
  return replaceOnce(code, file, rewrites, library)
}

export const bundledBidi = {
  name: 'bundled-bidi',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]bidi-js[\\/]dist[\\/]bidi\.js$/ }, loadPatched(patchedBidi))
  },
}
