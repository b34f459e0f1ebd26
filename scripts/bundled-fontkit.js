// fontkit as scripts/bundle.js compiles it into the bundles, patched so that a build does only
// the work it needs, when it needs it. The outputs are the same bytes: only when work is done
// moves (test/pdf/bundled-fontkit.test.ts shapes text with the patched and the plain fontkit).
// Every patch is an exact match on fontkit's code: the build fails with a clear message if
// fontkit no longer reads as expected.
//
// - Tries: fontkit inflates the Unicode tries of its Arabic, Indic and Universal shapers when
//   loaded, a good part of what setting up fontkit cost. Only Arabic text uses one of them,
//   and only once fontkit shapes it: each trie is made when first asked for a character.
// - Anchors: shaping decodes every lookup of the features it applies, and a mark-positioning
//   lookup holds an anchor for every pair of base glyph and mark class: Tinos' mark and mkmk
//   lookups took 30-110 ms a face to decode, at the first word shaped, even in text with no
//   mark. Their anchor arrays become lazy pointers (restructure decodes them on first access,
//   with the same context), read only once a glyph is found in the lookup's mark coverage.
// - Pair sets: a kerning lookup (GPOS PairPos format 1) decoded the whole set of pairs that
//   start with a glyph (every second glyph and its values) to find the one pair it applies.
//   A set is now a LazyArray, searched for the second glyph in the font's bytes: only the
//   pair found is decoded. (Format 2 already decodes one class record at a time.) Tinos'
//   sets are short, so this saves only about 1 ms a face (a paragraph decoded 6 sets of 34
//   pairs), and the memory they took; a font with long sets saves more.
// - Glyph names: whatever reads the `post` table (layout its underline metrics, pdfkit
//   isFixedPitch and italicAngle) decoded all of it, a name for every glyph (version 2):
//   about 7 ms a face of a PDF build. Names and their index are decoded when first read; a build
//   never reads them.
// - Chained contexts: a chaining context lookup in format 3 (Tinos' mark positioning has eight)
//   is tried at every glyph, and fontkit matched its glyphs behind the current one first,
//   stepping back over them, before the current glyph, which rarely is in its input coverage:
//   a third of the time a small PDF spent applying lookups. The current glyph is matched
//   first. Each match only reads (the iterator is put back), so the answer is the same.
import { fasterShaping } from './fontkit-shaping.js'
import { loadPatched } from './patch-library.js'

/** `code` with every match of `pattern` (a global pattern) replaced, which must match `count` times; `what` names it in the message. */
function patched(code, file, pattern, count, replacement, what) {
  const found = [...code.matchAll(pattern)].length
  if (found !== count) throw new Error(`${file}: expected ${what} ${count} time(s), found ${found}; has fontkit changed? (scripts/bundled-fontkit.js)`)
  return code.replace(pattern, replacement)
}

function triesOnDemand(code, file) {
  const tries = [...code.matchAll(/^const (\$\w+\$var\$trie) = (new \(0, \$\w+\$unicodetrie\)\(.*\));$/gm)]
  for (const [statement, name, made] of tries) {
    const uses = code.split(name).length - 1
    const gets = code.split(`${name}.get(`).length - 1
    if (uses !== gets + 1) throw new Error(`${file}: ${name} is used other than by get(); has fontkit changed? (scripts/bundled-fontkit.js)`)
    code = code.replace(statement, () => `let ${name}$made;\nconst ${name} = { get: (codePoint) => (${name}$made ??= ${made}).get(codePoint) };`)
  }
  if (tries.length !== 3) throw new Error(`${file}: expected the tries of 3 shapers, found ${tries.length}; has fontkit changed? (scripts/bundled-fontkit.js)`)
  return code
}

function anchorsOnDemand(code, file) {
  const anchors = /^( {8}(?:markArray|baseArray|ligatureArray|mark1Array|mark2Array): new \$\w+\$Pointer\(\$\w+\$uint16, \$\w+\$var\$(?:MarkArray|BaseArray|LigatureArray))\)(,?)$/gm
  return patched(code, file, anchors, 6, (_, pointer, comma) => `${pointer}, { lazy: true })${comma}`, 'the anchor arrays of GPOS lookups 4-6')
}

// The pair found is the first whose second glyph matches, as fontkit's loop over the decoded
// set found it; a record starts with its second glyph.
const pairWith = `
function $itudoc$pairWith(set, secondGlyph) {
    const size = set.type.size(null, set.ctx);
    for(let i = 0; i < set.length; i++)if (set.stream.view.getUint16(set.base + i * size) === secondGlyph) return [
        set.get(i)
    ];
    return [];
}`

function pairSetsOnDemand(code, file) {
  code = patched(code, file, /^(let \$\w+\$var\$PairSet = new )(\$\w+\$)Array(\(\$\w+\$var\$PairValueRecord, \$\w+\$uint16\);)$/gm, 1,
    (_, start, restructure, rest) => `${start}${restructure}LazyArray${rest}${pairWith}`, 'the PairSet of GPOS lookup 2')
  return patched(code, file, /^( +let set = table\.pairSets\.get\(index\);\n +for \(let pair of )set(\)if \(pair\.secondGlyph === nextGlyph\.id\) \{)$/gm, 1,
    (_, before, after) => `${before}$itudoc$pairWith(set, nextGlyph.id)${after}`, "the loop over a pair set in GPOSProcessor's applyLookup")
}

// A field of a table decoded when first read, as a lazy Pointer is decoded, from where it
// stands: the next field is read after its size (or, for an array running to the end of the
// table, nothing is).
const onDemand = (restructure) => `
class $itudoc$OnDemand {
    decode(stream, parent) {
        const start = stream.pos;
        let value;
        const decodeValue = ()=>{
            if (value !== undefined) return value;
            const { pos } = stream;
            stream.pos = start;
            value = this.type.decode(stream, parent);
            stream.pos = pos;
            return value;
        };
        if (this.type.length != null) stream.pos += this.type.size(null, parent);
        else stream.pos = parent._length ? parent._startOffset + parent._length : stream.length;
        return new (0, ${restructure}PropertyDescriptor)({
            get: decodeValue
        });
    }
    constructor(type){
        this.type = type;
    }
}
`

function glyphNamesOnDemand(code, file) {
  const names = /^(var \/\/ PostScript information\n(?:.*\n)*? {8}glyphNameIndex: )(new (\$\w+\$)Array\(\3uint16, 'numberOfGlyphs'\)),\n( {8}names: )(new \3Array\(new \3String\(\3uint8\)\))$/gm
  return patched(code, file, names, 1, (_, start, index, restructure, field, strings) =>
    `${onDemand(restructure)}${start}new $itudoc$OnDemand(${index}),\n${field}new $itudoc$OnDemand(${strings})`, 'the glyph names of the post table')
}

function inputFirst(code, file) {
  const backtrack = 'this.coverageSequenceMatches(-table.backtrackGlyphCount, table.backtrackCoverage)'
  const input = 'this.coverageSequenceMatches(0, table.inputCoverage)'
  const condition = new RegExp(`if \\(${escaped(backtrack)} && ${escaped(input)} && this\\.coverageSequenceMatches\\(table\\.inputGlyphCount, `, 'g')
  return patched(code, file, condition, 1, (match) => match.replace(`${backtrack} && ${input}`, `${input} && ${backtrack}`), 'the match of a chaining context lookup in format 3')
}

/** `text` matched as it is in a pattern. */
function escaped(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** fontkit's ES build with every patch above, and those of fontkit-shaping.js. */
export function patchedFontkit(code, file) {
  for (const patch of [triesOnDemand, anchorsOnDemand, pairSetsOnDemand, glyphNamesOnDemand, inputFirst, fasterShaping]) code = patch(code, file)
  return code
}

export const bundledFontkit = {
  name: 'bundled-fontkit',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]fontkit[\\/]dist[\\/]module\.mjs$/ }, loadPatched(patchedFontkit))
  },
}
