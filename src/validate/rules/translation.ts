// Language-variant rules: every variant has the structure of the original (the same calls in
// the same order, as many items in each, the same sections, tables, figures, footnotes and
// annexes), and a translation marked with `itudoc translations --mark` is still based on the
// original's current text.
import { documentRule, metadataKey, node } from '../rule.js'
import { originalVariant, recordedMark, structureDifference, translationState } from '../translations.js'

export const structureDiffers = documentRule<{ lang: string; original: string; difference: string }>({
  id: 'translation/structure-differs', severity: 'error', title: 'A language variant\'s structure differs from the original',
  needs: { fields: ['original-language'], wholeBody: true },
  message: (d) => `The ${d.lang} variant differs from the ${d.original} original: ${d.difference}.`,
  hint: () => 'Every variant keeps the original\'s calls in the same order, the same number of items in each, and the same clauses, definitions, lists, sections, tables, figures, notes, footnotes and annexes.',
  check(document, emit) {
    if (document.variants.length < 2) return
    const original = originalVariant(document)
    for (const variant of document.variants) {
      if (variant === original) continue
      const difference = structureDifference(original, variant)
      if (difference) emit(node(variant, difference), { lang: variant.lang, original: original.lang, difference: difference.description })
    }
  },
})

export const stale = documentRule<{ lang: string; original: string }>({
  id: 'translation/stale', severity: 'warning', blocksSubmission: true, title: 'The original changed after the translation was marked current',
  needs: { fields: ['original-language'] },
  message: (d) => `The ${d.original} original has changed since this ${d.lang} translation was marked as translated from it.`,
  hint: () => 'Update the translation, then run `itudoc translations --mark` to record that it is current again.',
  check(document, emit) {
    const original = originalVariant(document)
    const text = { lang: original.lang, text: String(original.file.value) }
    for (const variant of document.variants) {
      if (translationState({ lang: variant.lang, mark: recordedMark(variant) }, text) === 'stale') {
        emit(metadataKey(variant, 'translated-from'), { lang: variant.lang, original: original.lang })
      }
    }
  },
})

export const translationChecks = [structureDiffers, stale]
