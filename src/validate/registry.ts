// The rule catalogue: the rules parse and resolve report (src/model/rules.ts) and the
// validation rules below, group by group. docs/rules.md documents every entry, and the
// broken-input corpus has an ok and a not-ok fixture for each (test/e2e/broken.test.ts).
import type { Rule } from '../model/diagnostic.js'
import { coreRules, importRules, markdownRules, metadataRules, sourceRules, structureRules } from '../model/rules.js'
import type { AnyValidationRule } from './rule.js'
import { contributionChecks } from './rules/contribution.js'
import { liaisonChecks } from './rules/liaison.js'
import { metadataChecks } from './rules/metadata.js'
import { resolutionChecks } from './rules/resolution.js'
import { structureChecks } from './rules/structure.js'
import { translationChecks } from './rules/translation.js'

export const validationRules: readonly AnyValidationRule[] = [
  ...metadataChecks, ...structureChecks, ...contributionChecks, ...liaisonChecks, ...resolutionChecks, ...translationChecks,
]

/** Every rule itudoc can report, core rules first, then those of Word files. */
export const catalogue: readonly Rule<never>[] = [...coreRules, ...(Object.values(importRules) as Rule<never>[]), ...validationRules]

/**
 * Rules about the form of a Markdown source, not about the document: its encoding, its YAML,
 * its directive and CriticMarkup syntax, its list-tables, its translations' bookkeeping. A
 * source imported from Word is itudoc's own writing, so `validate file.docx` skips them (and
 * says so in one info finding).
 */
export const sourceFormRules: readonly Rule<never>[] = [
  sourceRules.encoding, sourceRules.reservedCharacter, sourceRules.pathEscape,
  metadataRules.yamlSyntax, metadataRules.unknownField,
  ...Object.values(markdownRules), structureRules.badListTable,
  ...translationChecks,
] as readonly Rule<never>[]
