// Rules of the texts adopted by conferences and forums (resolutions, opinions, and the
// preambular/operative Recommendations of ITU-D and ITU-R): the punctuation of call items
// (each item ends with ";", the last item of a call with ",", the last operative item of the
// text with "."; counted over the WTDC-25 resolutions, reference §4.2), the convening line's
// final comma, and a number used twice within the set of documents validated together.
import type { Block, Call, ListItem, Paragraph } from '../../model/nodes.js'
import { collectionRule, leftOutWithin, metadataKey, node, variantRule, type Emit, type VariantUnderTest } from '../rule.js'
import { inlineText } from '../text.js'

/** The punctuation marks, in Latin/Cyrillic, Arabic and Chinese forms. */
const marks = {
  semicolon: { shown: ';', accepts: [';', '؛', '；'] },
  comma: { shown: ',', accepts: [',', '،', '，'] },
  period: { shown: '.', accepts: ['.', '。'] },
} as const
type Mark = keyof typeof marks

/** One item of a call: a list item, or a paragraph that is not the lead-in of a list. */
type CallItem = ListItem | Paragraph

function callItems(call: Call): CallItem[] {
  return call.children.flatMap((child, i): CallItem[] => {
    if (child.type === 'list') return child.children
    // "that national regulatory authorities … should:" introduces the list after it.
    if (child.type === 'paragraph') return call.children[i + 1]?.type === 'list' ? [] : [child]
    return []
  })
}

/** The last character of an item's text: nested lists end where their own last item ends. */
function lastCharacter(block: Block): string {
  if (block.type === 'paragraph') return inlineText(block.children).trimEnd().slice(-1)
  if (block.type === 'list' || block.type === 'listItem') {
    const last = block.children[block.children.length - 1]
    return last ? lastCharacter(last) : ''
  }
  return ''
}

interface PunctuationData { item: string; call: string; expected: string; found: string }

/** Each item of each body call, with the mark it should end with. */
function expectations(variant: VariantUnderTest): Array<{ item: CallItem; call: Call; index: number; expected: Mark }> {
  const calls = variant.resolved.root.children.filter((b): b is Call => b.type === 'call')
  const lastOperative = calls.filter((c) => c.kind === 'operative').pop()
  return calls.flatMap((call) => {
    const items = callItems(call)
    return items.map((item, index) => {
      const isLast = index === items.length - 1
      const expected: Mark = !isLast ? 'semicolon' : call === lastOperative ? 'period' : 'comma'
      return { item, call, index, expected }
    })
  })
}

function punctuationCheck(which: (expected: Mark) => boolean) {
  return (variant: VariantUnderTest, emit: Emit<PunctuationData>): void => {
    for (const { item, call, index, expected } of expectations(variant)) {
      // An item that lost content to an error may have lost its last word.
      if (!which(expected) || leftOutWithin(variant, item.position.start, item.position.end)) continue
      const found = lastCharacter(item)
      if ((marks[expected].accepts as readonly string[]).includes(found)) continue
      const label = item.type === 'listItem' && item.number.label ? item.number.label : String(index + 1)
      emit(node(variant, item), { item: label, call: inlineText(call.label) || call.key, expected: marks[expected].shown, found: found || 'nothing' })
    }
  }
}

const callTemplates = ['resolution', 'opinion', 'recommendation']

export const itemPunctuation = variantRule<PunctuationData>({
  id: 'resolution/item-punctuation', severity: 'warning', title: 'A call item other than the last does not end with a semicolon',
  needs: { fields: [] },
  templates: callTemplates,
  message: (d) => `Item ${d.item} of "${d.call}" should end with "${d.expected}", not "${d.found}".`,
  hint: () => 'In ITU texts every item of a call but the last ends with a semicolon.',
  check: punctuationCheck((expected) => expected === 'semicolon'),
})

export const callPunctuation = variantRule<PunctuationData>({
  id: 'resolution/call-punctuation', severity: 'warning', title: 'The last item of a call does not end with a comma',
  needs: { fields: [] },
  templates: callTemplates,
  message: (d) => `The last item (${d.item}) of "${d.call}" should end with "${d.expected}", not "${d.found}".`,
  hint: () => 'In ITU texts the last item of each call ends with a comma; only the last operative item of the whole text ends with a full stop.',
  check: punctuationCheck((expected) => expected === 'comma'),
})

export const finalPunctuation = variantRule<PunctuationData>({
  id: 'resolution/final-punctuation', severity: 'warning', title: 'The last operative item of the text does not end with a full stop',
  needs: { fields: [] },
  templates: callTemplates,
  message: (d) => `The last item (${d.item}) of the text, in "${d.call}", should end with "${d.expected}", not "${d.found}".`,
  hint: () => 'The last operative item of a resolution or opinion ends the text with a full stop.',
  check: punctuationCheck((expected) => expected === 'period'),
})

export const conveningPunctuation = variantRule<{ found: string }>({
  id: 'resolution/convening-punctuation', severity: 'warning', title: 'The convening line does not end with a comma',
  needs: { fields: ['convening'] },
  templates: callTemplates,
  message: (d) => `The convening line should end with ",", not "${d.found}".`,
  hint: () => 'Write it as ITU does: "The World Telecommunication Development Conference (Baku, 2025),".',
  check(variant, emit) {
    const convening = variant.resolved.metadata.meta.convening
    if (typeof convening !== 'string') return
    const found = convening.trimEnd().slice(-1)
    if (!(marks.comma.accepts as readonly string[]).includes(found)) emit(metadataKey(variant, 'convening'), { found })
  },
})

/** What makes two texts the same one: "RESOLUTION 37" of the WTDC, "DRAFT OPINION 3" of a forum. */
function identity(variant: VariantUnderTest): string | undefined {
  const meta = variant.resolved.metadata.meta
  if (meta.number === undefined) return undefined
  return [variant.resolved.template.id, meta.body ?? meta.forum ?? meta.sector ?? '', String(meta.number)].join('\u0000')
}

export const duplicateNumber = collectionRule<{ template: string; number: string; first: string }>({
  id: 'resolution/duplicate-number', severity: 'error', title: 'Two texts of the same kind have the same number',
  needs: { fields: ['number', 'body', 'forum', 'sector'] },
  templates: ['resolution', 'opinion', 'recommendation'],
  message: (d) => `This ${d.template} has number ${d.number}, already used by ${d.first}.`,
  hint: () => 'Renumber one of them: numbers are unique within a conference\'s resolutions or a forum\'s opinions.',
  check(documents, emit) {
    const first = new Map<string, string>()
    for (const document of documents) {
      const variant = document.variants[0]!
      const key = identity(variant)
      if (key === undefined) continue
      const earlier = first.get(key)
      if (earlier === undefined) first.set(key, document.id)
      else emit(metadataKey(variant, 'number'), { template: variant.resolved.template.id, number: String(variant.resolved.metadata.meta.number), first: earlier })
    }
  },
})

export const resolutionChecks = [itemPunctuation, callPunctuation, finalPunctuation, conveningPunctuation, duplicateNumber]
