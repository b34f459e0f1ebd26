// The embedding levels of a paragraph whose text has no explicit embedding or override and
// no boundary neutral (every paragraph layout makes of ordinary text; isolates, which wrap
// Arabic documents' list labels, are taken): the Unicode bidirectional algorithm's rules P1
// to P3 (for first-strong isolates), X5a–X6a, X10, W1–W7, N0–N2, I1–I2 and L1 up to line
// breaking, over typed arrays, giving exactly the levels bidi-js gives
// (test/unit/layout/bidi-levels.test.ts compares them on random strings of every class they
// take and on the examples' and a corpus's paragraphs). bidi-js's one function for every case
// cost a build of Arabic PDFs as much CPU to optimize (~150 ms a thread) as to run, and asked
// a Map and allocated per character; text with an embedding, an override or a boundary
// neutral still goes to it (bidi.ts).

/** Bidi classes as bits, so that a set of classes is one mask. */
const L = 1
const R = 2
const EN = 4
const ES = 8
const ET = 16
const AN = 32
const CS = 64
const B = 128
const S = 256
const WS = 512
const ON = 1024
const NSM = 2048
const AL = 4096
const LRI = 8192
const RLI = 16384
const FSI = 32768
const PDI = 65536
/** Boundary neutrals, explicit embeddings and overrides: text with one goes to bidi-js. */
const OTHER = 131072

const classBits: Record<string, number> = { L, R, EN, ES, ET, AN, CS, B, S, WS, ON, NSM, AL, LRI, RLI, FSI, PDI }
const initiator = LRI | RLI | FSI
const neutral = B | S | WS | ON | initiator | PDI
const strong = L | R | AL
/** EN and AN count as R in the rules for neutrals (N0–N2). */
const rightward = R | EN | AN
/** What rule L1 takes back to the paragraph's level at the end of a paragraph or before a tab. */
const trailing = S | WS | B | initiator | PDI | OTHER
/** The deepest embedding level (BD2). */
const deepest = 125

/** What layout asks bidi-js for: a character's class by name, and its paired brackets. */
export interface BidiData {
  getBidiCharTypeName(char: string): string
  openingToClosingBracket(char: string): string | null
  closingToOpeningBracket(char: string): string | null
  getCanonicalBracket(char: string): string | null
}

export class BidiLevels {
  private readonly data: BidiData
  /** Classes by UTF-16 code unit, as bidi-js classifies `string[i]` (0: not asked yet). */
  private readonly classes = new Uint32Array(0x10000)
  /** Brackets by code unit: 0 not asked yet, 1 none, 2 opening, 3 closing. */
  private readonly brackets = new Uint8Array(0x10000)
  /** The classes of the text being resolved, changed rule by rule. */
  private types = new Uint32Array(256)
  /** The indices of the isolating run sequence being resolved. */
  private sequence = new Int32Array(256)
  /** Matched isolate initiators and their PDIs, both ways (-1: none). */
  private partner = new Int32Array(256)
  private readonly openers: number[] = []
  private readonly pairs: number[] = []

  constructor(data: BidiData) {
    this.data = data
  }

  /** The levels of `text` with base level `base` (0 or 1), or undefined for text this does not resolve. */
  levels(text: string, base: number): Uint8Array | undefined {
    const n = text.length
    if (this.types.length < n) {
      this.types = new Uint32Array(n)
      this.sequence = new Int32Array(n)
      this.partner = new Int32Array(n)
    }
    const types = this.types
    let isolates = false
    for (let i = 0; i < n; i++) {
      const type = this.classOf(text.charCodeAt(i))
      if (type === OTHER) return undefined
      if (type & (initiator | PDI)) isolates = true
      types[i] = type
    }
    const levels = new Uint8Array(n)
    // P1: a paragraph separator ends a paragraph (the separator is its last character).
    for (let start = 0; start < n;) {
      let end = start
      while (end < n - 1 && types[end] !== B) end++
      levels.fill(base, start, end + 1)
      if (isolates) {
        this.isolated(text, levels, start, end, base)
      } else {
        // One isolating run sequence, the whole paragraph at its own level.
        for (let i = start; i <= end; i++) this.sequence[i - start] = i
        this.resolve(text, end - start + 1, base, base & 1 ? R : L, base & 1 ? R : L)
      }
      this.implicit(text, levels, start, end, base)
      start = end + 1
    }
    return levels
  }

  /** Whether rule L1 takes a character at the end of a line back to the paragraph's level (white space, a tab, a format character). */
  trailing(code: number): boolean {
    return (this.classOf(code) & trailing) !== 0
  }

  private classOf(code: number): number {
    let type = this.classes[code]!
    if (type === 0) this.classes[code] = type = classBits[this.data.getBidiCharTypeName(String.fromCharCode(code))] ?? OTHER
    return type
  }

  /**
   * X5a–X6a and X10 for a paragraph with isolates: each character's level, then each
   * isolating run sequence (level runs joined from an initiator to its PDI) resolved.
   */
  private isolated(text: string, levels: Uint8Array, start: number, end: number, base: number): void {
    const { types, partner } = this
    partner.fill(-1, start, end + 1)
    const outer: number[] = []
    let level = base
    let overflow = 0
    for (let i = start; i <= end; i++) {
      const type = types[i]!
      levels[i] = level
      if (type & initiator) {
        const rtl = type === RLI || (type === FSI && this.firstStrongIsRtl(text, i + 1))
        const inner = rtl ? level + (level & 1 ? 2 : 1) : level + (level & 1 ? 1 : 2)
        if (inner <= deepest && overflow === 0) {
          outer.push(level, i)
          level = inner
        } else {
          overflow++
        }
      } else if (type === PDI) {
        if (overflow > 0) {
          overflow--
        } else if (outer.length) {
          const opened = outer.pop()!
          level = outer.pop()!
          partner[opened] = i
          partner[i] = opened
        }
        levels[i] = level
      } else if (type === B) {
        // X8: a paragraph separator is at the paragraph's level, even inside an isolate left open.
        levels[i] = base
      }
    }
    // Level runs in order; a sequence starts with each run that does not begin with a
    // matched PDI, and goes on from a run ending with a matched initiator to its PDI's run.
    // (A matched initiator's partner lies after it, a matched PDI's before it.)
    const sequence = this.sequence
    for (let runStart = start; runStart <= end;) {
      let runEnd = runStart
      while (runEnd < end && levels[runEnd + 1] === levels[runStart]) runEnd++
      if (!(partner[runStart]! >= 0 && partner[runStart]! < runStart)) {
        let m = 0
        for (let from = runStart, to = runEnd; ;) {
          for (let i = from; i <= to; i++) sequence[m++] = i
          if (!(partner[to]! > to)) break
          from = to = partner[to]!
          while (to < end && levels[to + 1] === levels[from]) to++
        }
        const first = sequence[0]!
        const last = sequence[m - 1]!
        const before = first > start ? levels[first - 1]! : base
        const after = this.classOf(text.charCodeAt(last)) & initiator || last === end ? base : levels[last + 1]!
        this.resolve(text, m, levels[first]!, Math.max(before, levels[first]!) & 1 ? R : L, Math.max(after, levels[last]!) & 1 ? R : L)
      }
      runStart = runEnd + 1
    }
  }

  /** P2–P3 for a first-strong isolate: whether its first strong character (isolates inside skipped) is right to left. */
  private firstStrongIsRtl(text: string, from: number): boolean {
    const types = this.types
    for (let i = from; i < text.length; i++) {
      const type = types[i]!
      if (type & (R | AL)) return true
      if (type & (B | L | PDI)) return false
      if (type & initiator) {
        let depth = 1
        let j = i + 1
        for (; j < text.length && types[j] !== B; j++) {
          if (types[j] === PDI && --depth === 0) break
          if (types[j]! & initiator) depth++
        }
        i = j < text.length && types[j] === PDI ? j : text.length
      }
    }
    return false
  }

  /**
   * W1–W7 and N0–N2 on the isolating run sequence of the first `m` indices of `sequence`, at
   * embedding level `level`, with start and end of sequence classes `sos` and `eos`.
   */
  private resolve(text: string, m: number, level: number, sos: number, eos: number): void {
    const { types, sequence } = this
    const direction = level & 1 ? R : L
    // W1: a mark takes the class of the character before it (an isolate's edge makes it neutral).
    let before = sos
    for (let k = 0; k < m; k++) {
      const i = sequence[k]!
      if (types[i] === NSM) types[i] = before & (initiator | PDI) ? ON : before
      before = types[i]!
    }
    // W2: a European number after Arabic letters is an Arabic number; W3: Arabic letters are R.
    let lastStrong = sos
    for (let k = 0; k < m; k++) {
      const i = sequence[k]!
      const type = types[i]!
      if (type & strong) lastStrong = type
      else if (type === EN && lastStrong === AL) types[i] = AN
    }
    for (let k = 0; k < m; k++) if (types[sequence[k]!] === AL) types[sequence[k]!] = R
    // W4: one separator between two numbers of the same kind joins them.
    for (let k = 1; k < m - 1; k++) {
      const i = sequence[k]!
      const type = types[i]!
      if (!(type & (ES | CS))) continue
      const previous = types[sequence[k - 1]!]!
      if (previous === types[sequence[k + 1]!] && (type === ES ? previous === EN : previous & (EN | AN))) types[i] = previous
    }
    // W5: terminators next to a European number are part of it (bidi-js's loop, step for step).
    for (let k = 0; k < m; k++) {
      if (types[sequence[k]!] !== EN) continue
      for (let j = k - 1; j >= 0 && types[sequence[j]!] === ET; j--) types[sequence[j]!] = EN
      for (k++; k < m && types[sequence[k]!]! & (ET | EN); k++) types[sequence[k]!] = EN
    }
    // W6: the separators and terminators left are neutral; W7: a European number after L is L.
    for (let k = 0; k < m; k++) if (types[sequence[k]!]! & (ET | ES | CS)) types[sequence[k]!] = ON
    lastStrong = sos
    for (let k = 0; k < m; k++) {
      const i = sequence[k]!
      const type = types[i]!
      if (type === EN) {
        if (lastStrong === L) types[i] = L
      } else if (type & strong) {
        lastStrong = type
      }
    }
    this.bracketPairs(text, m, direction, sos)
    // N1 and N2: a run of neutrals between two of the same direction takes it, else the embedding's.
    for (let k = 0; k < m; k++) {
      if (!(types[sequence[k]!]! & neutral)) continue
      const previous = k > 0 ? (types[sequence[k - 1]!]! & rightward ? R : L) : sos
      let last = k
      while (last < m - 1 && types[sequence[last + 1]!]! & neutral) last++
      const next = last < m - 1 ? (types[sequence[last + 1]!]! & rightward ? R : L) : eos
      for (let j = k; j <= last; j++) types[sequence[j]!] = previous === next ? previous : direction
      k = last
    }
  }

  /**
   * N0: a pair of brackets takes the direction of the strong text inside it, the embedding's
   * first, and a mark after a bracket so changed follows it.
   */
  private bracketPairs(text: string, m: number, direction: number, sos: number): void {
    const { types, sequence, openers, pairs } = this
    openers.length = 0
    pairs.length = 0
    // BD16: at most 63 open brackets; a closing bracket pairs with the nearest opener it matches.
    for (let k = 0; k < m; k++) {
      const i = sequence[k]!
      if (!(types[i]! & neutral)) continue
      const kind = this.bracketOf(text.charCodeAt(i))
      if (kind === 2) {
        if (openers.length === 63) break
        openers.push(k)
      } else if (kind === 3) {
        for (let o = openers.length - 1; o >= 0; o--) {
          if (this.matches(text[sequence[openers[o]!]!]!, text[i]!)) {
            pairs.push(openers[o]!, k)
            openers.length = o
            break
          }
        }
      }
    }
    if (!pairs.length) return
    // In the order of the opening brackets.
    const order = Array.from({ length: pairs.length / 2 }, (_, p) => p).sort((a, b) => pairs[2 * a]! - pairs[2 * b]!)
    for (const p of order) {
      const open = pairs[2 * p]!
      const close = pairs[2 * p + 1]!
      let found = false
      let use = 0
      for (let k = open + 1; k < close; k++) {
        const type = types[sequence[k]!]!
        if (!(type & (L | rightward))) continue
        found = true
        if ((type & rightward ? R : L) === direction) {
          use = direction
          break
        }
      }
      if (found && !use) {
        use = sos
        for (let k = open - 1; k >= 0; k--) {
          const type = types[sequence[k]!]!
          if (!(type & (L | rightward))) continue
          use = type & rightward ? R : L
          break
        }
      }
      if (!use) continue
      types[sequence[open]!] = types[sequence[close]!] = use
      if (use === direction) continue
      this.markFollows(text, open + 1, m, use)
      this.markFollows(text, close + 1, m, use)
    }
  }

  /** A mark (NSM before W1) at place `k` of the sequence takes the class of the bracket before it. */
  private markFollows(text: string, k: number, m: number, use: number): void {
    if (k >= m) return
    const i = this.sequence[k]!
    if (this.classOf(text.charCodeAt(i)) === NSM) this.types[i] = use
  }

  /** I1–I2 from each character's embedding level and class, then L1 for a paragraph's end and its tabs. */
  private implicit(text: string, levels: Uint8Array, start: number, end: number, base: number): void {
    const types = this.types
    for (let i = start; i <= end; i++) {
      const type = types[i]!
      const level = levels[i]!
      levels[i] = level & 1 ? (type & (L | EN | AN) ? level + 1 : level) : type & R ? level + 1 : type & (EN | AN) ? level + 2 : level
      if (i === end || this.classOf(text.charCodeAt(i)) & (S | B)) {
        for (let j = i; j >= 0 && this.classOf(text.charCodeAt(j)) & trailing; j--) levels[j] = base
      }
    }
  }

  private bracketOf(code: number): number {
    let kind = this.brackets[code]!
    if (kind === 0) {
      const char = String.fromCharCode(code)
      kind = this.data.openingToClosingBracket(char) !== null ? 2 : this.data.closingToOpeningBracket(char) !== null ? 3 : 1
      this.brackets[code] = kind
    }
    return kind
  }

  /** Whether a closing bracket closes an opening one, canonical equivalents included (as bidi-js has it). */
  private matches(opening: string, closing: string): boolean {
    const data = this.data
    const canonicalClosing = data.getCanonicalBracket(closing)
    const canonicalOpening = data.getCanonicalBracket(opening)
    return opening === data.closingToOpeningBracket(closing) ||
      (canonicalClosing !== null && opening === data.closingToOpeningBracket(canonicalClosing)) ||
      (canonicalOpening !== null && data.openingToClosingBracket(canonicalOpening) === closing)
  }
}
