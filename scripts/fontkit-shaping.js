// fontkit's OpenType shaping (OTProcessor, its GSUB and GPOS processors, the layout engine's
// setup), patched for scripts/bundled-fontkit.js to do less work per word and give the same
// glyphs and positions. Noto Naskh Arabic shaped the 3043 distinct words of the Arabic bench
// corpus, in a fresh font as a build does, in ~320 µs a word (~1 s of the corpus's Arabic PDF
// build), most of it applying each of its ~80 lookups at every glyph. Patched: ~170 µs
// on a quiet machine (400 → 300 µs on a loaded one), and 180 → 80 µs once the code is
// compiled (the best of five fresh fonts in one process).
//
// - Start glyphs: a lookup is tried at every glyph that has its feature, and each of its
//   subtables first looks the glyph up in a coverage table. Which glyphs a subtable can
//   start at is known from the font alone: the union of those first coverages is made once
//   per lookup as a bitset, and a glyph outside it skips the subtables. Only lookup types
//   whose applyLookup returns false, changing nothing, for a glyph outside that coverage
//   have one (firstCoverages below says why each does); any other (GSUB 8, which fontkit
//   does not support and throws for) is tried at every glyph as before.
// - Coverage and class ranges: a glyph was found by a linear scan (`indexOf` in a coverage's
//   glyph array, the first range holding it otherwise). The spec sorts them: a sorted table
//   is searched by bisection, which finds the same index; one that is not is scanned as before.
// - Lookups of a stage: fontkit listed and sorted the lookups of each stage's features at
//   every stage of every word; the list is kept per processor until it selects another
//   script or language.
// - Plans: the shaping plan (its stages of features) was made for every word, though it
//   depends only on the script, the direction and the features asked for; it is kept per
//   font, and only the assignment of features to the word's glyphs is done per word.
import { replaceOnce } from './patch-library.js'

const names = { library: 'fontkit', script: 'scripts/fontkit-shaping.js' }

// -- Start glyphs

// The coverages whose union holds every glyph a subtable of this type can apply at, or null
// when fontkit's applyLookup may do something for any glyph. For each type listed, applyLookup
// returns false before any change when the current glyph is not in the coverage named:
// GSUB 1-4, GPOS 1, 4-6: their first step looks the glyph up in that coverage. GPOS 2, 3:
// they only peek at the next glyph (the iterator is put back) before that (3 then reads the
// record at index -1: none). Contexts (GSUB
// 5-6, GPOS 7-8) in formats 1 and 2: coverage first; context format 3: the current glyph
// against the first coverage of the sequence (none: every glyph matches); chaining format
// 3: the input sequence, matched first (bundled-fontkit.js inputFirst) and only reading,
// as the backtrack and lookahead matches are. Extensions: the type they hold.
const contextCoverages = `
    $itudoc$contextCoverages(table, sequence) {
        switch(table.version){
            case 1:
            case 2:
                return [
                    table.coverage
                ];
            case 3:
                return sequence.length > 0 ? [
                    sequence[0]
                ] : null;
        }
        return null;
    }`

// A processor's firstCoverages: `cases` pairs lookup types with what they return. GSUB and
// GPOS differ only in their types; a context and an extension are read the same in both.
const firstCoverages = (cases) => `
    $itudoc$firstCoverages(lookupType, table) {
        if (table == null) return null;
        switch(lookupType){
${cases.map(([types, result]) => `${types.map((type) => `            case ${type}:`).join('\n')}\n                return ${result};`).join('\n')}
        }
        return null;
    }`
const context = 'this.$itudoc$contextCoverages(table, table.coverages)'
const chainingContext = 'this.$itudoc$contextCoverages(table, table.inputCoverage)'
const extension = 'this.$itudoc$firstCoverages(table.lookupType, table.extension)'

const gsubFirstCoverages = firstCoverages([
  [[1, 2, 3, 4], '[table.coverage]'],
  [[5], context],
  [[6], chainingContext],
  [[7], extension],
])

const gposFirstCoverages = firstCoverages([
  [[1, 2, 3], '[table.coverage]'],
  [[4, 5], '[table.markCoverage]'],
  [[6], '[table.mark1Coverage]'],
  [[7], context],
  [[8], chainingContext],
  [[9], extension],
])

// A lookup's start glyphs, made when it is first applied and kept on the decoded lookup
// (fontkit decodes each lookup once per font). null: any glyph. A coverage that is missing,
// or of a format fontkit does not read (it finds no glyph there), is as fontkit reads it.
const startGlyphs = `
    $itudoc$startGlyphs(lookup) {
        if (lookup.$itudoc$startGlyphs !== undefined) return lookup.$itudoc$startGlyphs;
        let coverages = [];
        for (let table of lookup.subTables){
            let first = this.$itudoc$firstCoverages(lookup.lookupType, table);
            if (first === null || first.some((coverage)=>coverage == null)) return lookup.$itudoc$startGlyphs = null;
            coverages.push(...first);
        }
        return lookup.$itudoc$startGlyphs = $itudoc$glyphSet(coverages);
    }`

const glyphSet = `
function $itudoc$glyphSet(coverages) {
    let last = -1;
    for (let coverage of coverages){
        if (coverage.version === 1) for (let glyph of coverage.glyphs)last = Math.max(last, glyph);
        else if (coverage.version === 2) for (let range of coverage.rangeRecords)last = Math.max(last, range.end);
    }
    let bits = new Uint32Array(last < 0 ? 0 : (last >> 5) + 1);
    let add = (glyph)=>bits[glyph >> 5] |= 1 << (glyph & 31);
    for (let coverage of coverages){
        if (coverage.version === 1) coverage.glyphs.forEach(add);
        else if (coverage.version === 2) for (let range of coverage.rangeRecords)for(let glyph = range.start; glyph <= range.end; glyph++)add(glyph);
    }
    return bits;
}
function $itudoc$mayStartAt(bits, glyph) {
    return bits === null || (bits[glyph >> 5] >>> (glyph & 31) & 1) === 1;
}
function $itudoc$nextStart(iterator, bits, feature) {
    let glyphs = iterator.glyphs;
    let index = iterator.index + 1;
    while(index < glyphs.length && !($itudoc$mayStartAt(bits, glyphs[index].id) && feature in glyphs[index].features && !iterator.shouldIgnore(glyphs[index])))index++;
    return index;
}`

// At a glyph that cannot start a match, or lacks the feature, fontkit's loop only moved on
// with next(), which stops at every glyph the lookup does not ignore: the loop goes straight
// to the first of those after it that can start a match and has the feature (or to the end,
// where next() leaves the iterator), without a call per glyph.
const applyLookupsLoop = [
  `        for (let { feature: feature, lookup: lookup } of lookups){
            this.currentFeature = feature;
            this.glyphIterator.reset(lookup.flags);
            while(this.glyphIterator.index < glyphs.length){
                if (!(feature in this.glyphIterator.cur.features)) {
                    this.glyphIterator.next();
                    continue;
                }`,
  `        for (let { feature: feature, lookup: lookup } of lookups){
            this.currentFeature = feature;
            this.glyphIterator.reset(lookup.flags);
            let startGlyphs = this.$itudoc$startGlyphs(lookup);
            while(this.glyphIterator.index < glyphs.length){
                if (!$itudoc$mayStartAt(startGlyphs, this.glyphIterator.cur.id) || !(feature in this.glyphIterator.cur.features)) {
                    this.glyphIterator.index = $itudoc$nextStart(this.glyphIterator, startGlyphs, feature);
                    continue;
                }`,
]

// -- Coverage and class ranges

const coverageIndex = [
  `            case 1:
                return coverage.glyphs.indexOf(glyph);
            case 2:
                for (let range of coverage.rangeRecords){
                    if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
                }
                break;
        }
        return -1;
    }`,
  `            case 1:
                return $itudoc$indexOf(coverage, glyph);
            case 2:
                {
                    let range = $itudoc$rangeOf(coverage, coverage.rangeRecords, glyph);
                    if (range !== undefined) return range.startCoverageIndex + glyph - range.start;
                }
                break;
        }
        return -1;
    }`,
]

const classId = [
  `            case 2:
                for (let range of classDef.classRangeRecord){
                    if (range.start <= glyph && glyph <= range.end) return range.class;
                }
                break;
        }
        return 0;
    }`,
  `            case 2:
                {
                    let range = $itudoc$rangeOf(classDef, classDef.classRangeRecord, glyph);
                    if (range !== undefined) return range.class;
                }
                break;
        }
        return 0;
    }`,
]

// indexOf's answer: the first index of the glyph. In an ascending array (which may repeat a
// glyph) that is where the glyphs stop being smaller; whether the array ascends is checked
// once per table. Likewise the first range holding the glyph: the only one, and found by
// bisection, when the ranges ascend without overlapping. (A glyph that is not a number is in
// no range, and compares false with every glyph: both searches find nothing.)
const sortedSearch = `
function $itudoc$indexOf(coverage, glyph) {
    let glyphs = coverage.glyphs;
    coverage.$itudoc$sorted ??= glyphs.every((g, i)=>i === 0 || glyphs[i - 1] <= g);
    if (!coverage.$itudoc$sorted) return glyphs.indexOf(glyph);
    let low = 0;
    let high = glyphs.length;
    while(low < high){
        let middle = low + high >> 1;
        if (glyphs[middle] < glyph) low = middle + 1;
        else high = middle;
    }
    return glyphs[low] === glyph ? low : -1;
}
function $itudoc$rangeOf(table, ranges, glyph) {
    table.$itudoc$sorted ??= ranges.every((r, i)=>r.start <= r.end && (i === 0 || ranges[i - 1].end < r.start));
    if (!table.$itudoc$sorted) {
        for (let range of ranges)if (range.start <= glyph && glyph <= range.end) return range;
        return undefined;
    }
    let low = 0;
    let high = ranges.length - 1;
    while(low <= high){
        let middle = low + high >> 1;
        let range = ranges[middle];
        if (range.end < glyph) low = middle + 1;
        else if (range.start > glyph) high = middle - 1;
        else return range.start <= glyph && glyph <= range.end ? range : undefined;
    }
    return undefined;
}`

// -- Lookups of a stage

// fontkit's list for these features (a fresh array, never changed by applyLookups), kept
// until selectScript makes a new feature table.
const stageLookups = [
  `    applyFeatures(userFeatures, glyphs, advances) {
        let lookups = this.lookupsForFeatures(userFeatures);`,
  `    applyFeatures(userFeatures, glyphs, advances) {
        let lookups = this.$itudoc$lookupsOfStage(userFeatures);`,
]

// selectScript made the table of the selected language's features again at every word
// shaped without a language (none is "another language"): the table, a function of the
// language's record alone and only read, is made again only for another record.
const featureTable = [
  `        if (changed) {
            this.features = {};`,
  `        if (changed && this.language !== this.$itudoc$featuresOf) {
            this.$itudoc$featuresOf = this.language;
            this.features = {};`,
]

const lookupsOfStage = `
    $itudoc$lookupsOfStage(userFeatures) {
        if (this.$itudoc$stages?.features !== this.features) this.$itudoc$stages = {
            features: this.features,
            lookups: new WeakMap()
        };
        let lookups = this.$itudoc$stages.lookups.get(userFeatures);
        if (lookups === undefined) this.$itudoc$stages.lookups.set(userFeatures, lookups = this.lookupsForFeatures(userFeatures));
        return lookups;
    }`

// -- Plans

// The shaper's plan, split in two: its stages (what planFeatures and the rest add depends on
// the plan's script and direction and on the features asked, never on the glyphs: read
// in every shaper), and the features of the glyphs.
const shaperPlan = [
  `    static plan(plan, glyphs, features) {
        // Plan the features we want to apply
        this.planPreprocessing(plan);
        this.planFeatures(plan);
        this.planPostprocessing(plan, features);
        // Assign the global features to all the glyphs
        plan.assignGlobalFeatures(glyphs);
        // Assign local features to glyphs
        this.assignFeatures(plan, glyphs);
    }`,
  `    static plan(plan, glyphs, features) {
        this.$itudoc$planStages(plan, features);
        this.$itudoc$assignFeatures(plan, glyphs);
    }
    static $itudoc$planStages(plan, features) {
        // Plan the features we want to apply
        this.planPreprocessing(plan);
        this.planFeatures(plan);
        this.planPostprocessing(plan, features);
    }
    static $itudoc$assignFeatures(plan, glyphs) {
        // Assign the global features to all the glyphs
        plan.assignGlobalFeatures(glyphs);
        // Assign local features to glyphs
        this.assignFeatures(plan, glyphs);
    }`,
]

// A plan is kept by script, direction and the features asked when those are all true or
// false (what layout's arrays become); others, which setFeatureOverrides reads by truth, are
// planned each time. Processing a plan only reads it.
const setupPlan = [
  `        this.plan = new (0, $94d7a73bd2edfc9a$export$2e2bcd8739ae039)(this.font, script, glyphRun.direction);
        this.shaper.plan(this.plan, this.glyphInfos, glyphRun.features);`,
  `        let features = Object.entries(glyphRun.features);
        let key = features.every(([, on])=>typeof on === 'boolean') ? JSON.stringify([
            script,
            glyphRun.direction,
            features
        ]) : null;
        this.$itudoc$plans ??= new Map();
        this.plan = key === null ? undefined : this.$itudoc$plans.get(key);
        if (this.plan === undefined) {
            this.plan = new (0, $94d7a73bd2edfc9a$export$2e2bcd8739ae039)(this.font, script, glyphRun.direction);
            this.shaper.$itudoc$planStages(this.plan, glyphRun.features);
            if (key !== null) this.$itudoc$plans.set(key, this.plan);
        }
        this.shaper.$itudoc$assignFeatures(this.plan, this.glyphInfos);`,
]

// -- The rewrites

const classOf = (name) => `class ${name} extends (0, $a83b9c36aaa94fd3$export$2e2bcd8739ae039) {\n`
const withMethod = (name, method) => [classOf(name), `${classOf(name).trimEnd()}${method}\n`]
const otProcessor = 'class $a83b9c36aaa94fd3$export$2e2bcd8739ae039 {\n'

/** fontkit's ES build with the shaping patches above. */
export function fasterShaping(code, file) {
  code = replaceOnce(code, file, [
    [otProcessor, `${otProcessor.trimEnd()}${contextCoverages}${startGlyphs}${lookupsOfStage}\n`],
    withMethod('$0a876c45f1f7c41c$export$2e2bcd8739ae039', gsubFirstCoverages),
    withMethod('$c96c93587d49c14d$export$2e2bcd8739ae039', gposFirstCoverages),
    applyLookupsLoop,
    coverageIndex,
    classId,
    featureTable,
    stageLookups,
    shaperPlan,
    setupPlan,
  ], names)
  return `${code}${glyphSet}${sortedSearch}\n`
}
