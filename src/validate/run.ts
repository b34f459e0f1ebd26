// Run the validation rules over a set of resolved documents: each variant rule on every
// variant of a template it applies to, each document rule on every document, each
// collection rule once. Findings are created by `report` (so they carry id, severity for the
// mode, hint and URL) and returned as plain Findings.
import { report, toFinding, type Finding } from '../model/diagnostic.js'
import { validationRules } from './registry.js'
import { hasWhatItNeeds, type DocumentUnderTest, type Emit, type Place, type ValidateOptions, type AnyValidationRule, type VariantUnderTest } from './rule.js'

function appliesTo(rule: AnyValidationRule, templateId: string): boolean {
  return !rule.templates || rule.templates.includes(templateId)
}

/**
 * Group variants by document, keeping the order in which they were given. `incomplete` names
 * the documents some of whose variants are missing here because they did not resolve.
 */
export function groupDocuments(variants: readonly VariantUnderTest[], incomplete: ReadonlySet<string> = new Set()): DocumentUnderTest[] {
  const documents = new Map<string, DocumentUnderTest>()
  for (const variant of variants) {
    const document = documents.get(variant.documentId) ?? { id: variant.documentId, variants: [], complete: !incomplete.has(variant.documentId) }
    document.variants.push(variant)
    documents.set(variant.documentId, document)
  }
  return [...documents.values()]
}

export async function validate(variants: readonly VariantUnderTest[], options: ValidateOptions, incomplete: ReadonlySet<string> = new Set()): Promise<Finding[]> {
  const findings: Finding[] = []
  const seen = new Set<string>()
  const emitFor = (rule: AnyValidationRule): Emit<object> => (at: Place, data: object) => {
    const message = report(at.file, rule, at, data as never)
    const finding = toFinding(message, at.file.path)
    // A key in document.yaml is shared by every variant: report it once.
    const key = `${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}:${finding.message}`
    if (!seen.has(key)) findings.push(finding)
    seen.add(key)
  }
  const documents = groupDocuments(variants, incomplete)

  // Every rule runs on every variant that has what it reads, whatever else is wrong with it.
  for (const rule of validationRules) {
    const emit = emitFor(rule)
    const sound = (variant: VariantUnderTest): boolean => appliesTo(rule, variant.resolved.template.id) && hasWhatItNeeds(variant, rule.needs)
    if (rule.scope === 'variant') {
      for (const variant of variants) if (sound(variant)) await rule.check(variant, emit, options)
    } else if (rule.scope === 'document') {
      // Comparing variants without the one that failed would compare them with the wrong original.
      for (const document of documents) if (document.complete && document.variants.every(sound)) rule.check(document, emit, options)
    } else {
      rule.check(documents.filter((d) => d.variants.every(sound)), emit, options)
    }
  }
  return findings
}
