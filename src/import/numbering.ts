// numbering.xml: Word's automatic numbering. The importer needs, for a numbered paragraph,
// its level, whether it is a bullet or a number, the scheme (decimal, letters, roman) and
// the label Word shows ("a)", "1.", "3.2"). Counters follow Word: instances (w:num) of one
// abstract definition share counters unless an instance restarts them (w:startOverride, as
// pandoc writes for every new list), and a level restarts when a level above it advances.
import { child, children, val, type XmlElement } from './xml.js'

export type NumberFormat = 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman' | 'bullet' | 'none' | 'other'

interface Level { start: number; format: NumberFormat; text: string; restart?: number }

export interface NumberedLabel {
  /** The label as Word prints it ("a)", "1.", "3.2", "•"). */
  text: string
  format: NumberFormat
  /** 0-based level (w:ilvl). */
  level: number
  /** The counter value at this level. */
  value: number
  /** The abstract list the paragraph belongs to (paragraphs of one list share it). */
  list: string
}

export interface Numbering {
  /** Advance the counters for a numbered paragraph and return its label (undefined for numId 0 or unknown lists). */
  next(numId: string, ilvl: number): NumberedLabel | undefined
}

const formats = new Set(['decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none'])

function readLevel(lvl: XmlElement): Level {
  const format = val(lvl, 'w:numFmt') ?? 'decimal'
  const level: Level = {
    start: Number(val(lvl, 'w:start') ?? 1),
    format: (formats.has(format) ? format : format === 'decimalZero' ? 'decimal' : 'other') as NumberFormat,
    text: val(lvl, 'w:lvlText') ?? '',
  }
  const restart = val(lvl, 'w:lvlRestart')
  if (restart !== undefined) level.restart = Number(restart)
  return level
}

const roman = (n: number): string => {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [value, digits] of table) while (n >= value) { out += digits; n -= value }
  return out
}

const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1)

export function formatCounter(format: NumberFormat, n: number): string {
  switch (format) {
    case 'lowerLetter': return letter(n)
    case 'upperLetter': return letter(n).toUpperCase()
    case 'lowerRoman': return roman(n)
    case 'upperRoman': return roman(n).toUpperCase()
    case 'none': return ''
    default: return String(n)
  }
}

export function readNumbering(xml: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Level[]>()
  for (const abstract of children(xml, 'w:abstractNum')) {
    const levels: Level[] = []
    for (const lvl of children(abstract, 'w:lvl')) levels[Number(lvl.attrs['w:ilvl'] ?? 0)] = readLevel(lvl)
    abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', levels)
  }
  const instances = new Map<string, { abstract: string; starts: Map<number, number>; levels: Map<number, Level> }>()
  for (const num of children(xml, 'w:num')) {
    const starts = new Map<number, number>()
    const levels = new Map<number, Level>()
    for (const override of children(num, 'w:lvlOverride')) {
      const ilvl = Number(override.attrs['w:ilvl'] ?? 0)
      const start = val(override, 'w:startOverride')
      if (start !== undefined) starts.set(ilvl, Number(start))
      const lvl = child(override, 'w:lvl')
      if (lvl) levels.set(ilvl, readLevel(lvl))
    }
    instances.set(num.attrs['w:numId'] ?? '', { abstract: val(num, 'w:abstractNumId') ?? '', starts, levels })
  }
  const counters = new Map<string, number[]>()
  const started = new Set<string>()
  return {
    next(numId, ilvl) {
      const instance = instances.get(numId)
      const abstract = instance ? abstracts.get(instance.abstract) : undefined
      if (!instance || !abstract || numId === '0') return undefined
      const levelOf = (i: number): Level => instance.levels.get(i) ?? abstract[i] ?? { start: 1, format: 'decimal', text: `%${i + 1}.` }
      const key = instance.abstract
      let values = counters.get(key)
      if (!values || (!started.has(numId) && instance.starts.size)) {
        values = []
        counters.set(key, values)
      }
      if (!started.has(numId)) {
        started.add(numId)
        for (const [i, start] of instance.starts) values[i] = start - 1
      }
      const level = levelOf(ilvl)
      // A deeper item before any item of a level above counts that level as started: "3.1"
      // shows the start value 3, and the next item of the level above is 4, as Word prints it.
      for (let i = 0; i < ilvl; i++) values[i] ??= levelOf(i).start
      values[ilvl] = (values[ilvl] ?? level.start - 1) + 1
      // Deeper levels restart when this one advances.
      for (let i = ilvl + 1; i < values.length; i++) {
        const deeper = levelOf(i)
        if (deeper.restart === undefined || deeper.restart > ilvl) values[i] = (instance.starts.get(i) ?? deeper.start) - 1
      }
      const text = level.format === 'bullet' ? level.text : level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1
        const value = values[i] ?? levelOf(i).start
        return formatCounter(levelOf(i).format, value)
      })
      return { text, format: level.format, level: ilvl, value: values[ilvl]!, list: `${key}` }
    },
  }
}
