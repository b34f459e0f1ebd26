// Structure rules: what the template requires of the body and in what order — required calls,
// preambular calls before operative ones, required sections (:::summary, :::abstract …)
// and numbered clauses (an ITU-T Recommendation's Scope … Conventions, matched by heading
// text against the locale's labels), and sections left empty. Constructs a template does
// not allow at all are reported by resolve (structure/not-allowed, structure/call-not-allowed).
import { callKind, isCallKey } from '../../model/calls.js'
import type { LabelKey } from '../../model/locale.js'
import type { Block, Call, Heading, Section } from '../../model/nodes.js'
import type { ConstructKey } from '../../model/template.js'
import type { Position } from 'unist'
import { leftOutWithin, node, variantRule, type Emit, type VariantUnderTest } from '../rule.js'
import { inlineText, normalizeLabel } from '../text.js'

/** Calls of the body proper; calls inside annexes are quoted texts, not the document's own. */
function bodyCalls(variant: VariantUnderTest): Call[] {
  return variant.resolved.root.children.filter((b): b is Call => b.type === 'call')
}

function callName(call: Call): string {
  return inlineText(call.label) || call.key
}

/** Where to say something is missing from the body: its first block, else the start of the file. */
function bodyStart(variant: VariantUnderTest): { position: Block['position'] } {
  return variant.resolved.root.children.find((b) => b.type !== 'toc') ?? variant.resolved.root
}

export const callMissing = variantRule<{ calls: string }>({
  id: 'structure/call-missing', severity: 'error', title: 'A call the template requires is missing',
  needs: { fields: [], wholeBody: true },
  message: (d) => `The text has none of the calls ${d.calls}, and needs one.`,
  hint: () => 'Add the operative part, e.g. ":::resolves" with numbered items, after the preambular calls.',
  check(variant, emit) {
    const calls = bodyCalls(variant)
    const lastCall = calls[calls.length - 1]
    for (const group of variant.resolved.template.structure.calls?.required ?? []) {
      // A free-form :::call[…] stands for any call of its kind.
      const satisfied = calls.some((call) => (isCallKey(call.key) ? group.includes(call.key) : group.every((key) => callKind(key) === call.kind)))
      if (satisfied) continue
      const names = group.map((key) => `"${variant.resolved.locale.calls[key]}"`)
      const at = lastCall ? { position: { start: lastCall.position.end, end: lastCall.position.end } } : bodyStart(variant)
      emit(node(variant, at), { calls: names.length > 4 ? `${names.slice(0, 4).join(', ')} …` : names.join(', ') })
    }
  },
})

export const callOrder = variantRule<{ call: string; operative: string }>({
  id: 'structure/call-order', severity: 'error', title: 'A preambular call comes after an operative call',
  needs: { fields: [] },
  message: (d) => `The preambular call "${d.call}" comes after the operative call "${d.operative}".`,
  hint: () => 'Put every preambular call (considering, recalling, noting …) before the first operative call (resolves, invites …).',
  check(variant, emit) {
    let operative: Call | undefined
    for (const call of bodyCalls(variant)) {
      if (call.kind === 'operative') operative ??= call
      else if (operative) emit(node(variant, call), { call: callName(call), operative: callName(operative) })
    }
  },
})

/** A required section or clause, and the block that provides it, if any. */
interface Requirement {
  /** The construct key (`abstract`) or locale label key (`scope`). */
  key: string
  /** What the reader sees, in the variant's language. */
  name: string
  found?: Block
}

function requiredSections(variant: VariantUnderTest): Requirement[] {
  const { template, locale, root } = variant.resolved
  const sections = root.children.filter((b): b is Section => b.type === 'section')
  return (template.structure.requiredSections ?? []).map((key: ConstructKey) => {
    const found = sections.find((s) => s.role === key)
    const name = locale.labels[key as LabelKey] ?? key
    return found ? { key, name, found } : { key, name }
  })
}

function requiredClauses(variant: VariantUnderTest): Requirement[] {
  const { template, locale, root } = variant.resolved
  const headings = root.children.filter((b): b is Heading => b.type === 'heading' && b.depth === 1)
  return (template.structure.requiredClauses ?? []).map((key: LabelKey) => {
    const name = locale.labels[key]
    const found = headings.find((h) => normalizeLabel(inlineText(h.children)) === normalizeLabel(name))
    return found ? { key, name, found } : { key, name }
  })
}

function kinds(variant: VariantUnderTest): Array<{ kind: 'section' | 'clause'; requirements: Requirement[] }> {
  return [{ kind: 'section', requirements: requiredSections(variant) }, { kind: 'clause', requirements: requiredClauses(variant) }]
}

/** Report the required parts that are missing, where they belong; `which` picks the sections a rule reports. */
function reportMissing(variant: VariantUnderTest, which: (kind: 'section' | 'clause', key: string) => boolean, emit: Emit<{ kind: 'section' | 'clause'; key: string; name: string; where: string }>): void {
  for (const { kind, requirements } of kinds(variant)) {
    requirements.forEach((requirement, i) => {
      if (requirement.found || !which(kind, requirement.key)) return
      // Point where it belongs: at the next required part present, else after the previous one.
      const next = requirements.slice(i + 1).find((r) => r.found)
      const previous = requirements.slice(0, i).reverse().find((r) => r.found)
      const where = next ? ` (expected before "${next.name}")` : previous ? ` (expected after "${previous.name}")` : ''
      emit(node(variant, next?.found ?? previous?.found ?? bodyStart(variant)), { kind, key: requirement.key, name: requirement.name, where })
    })
  }
}

/** Whether a required section is one that only texts adopted after its rule must have. */
function ofNewTexts(variant: VariantUnderTest, kind: 'section' | 'clause', key: string): boolean {
  return kind === 'section' && (variant.resolved.template.structure.requiredOfNewTexts ?? []).includes(key as ConstructKey)
}

export const sectionMissing = variantRule<{ kind: 'section' | 'clause'; key: string; name: string; where: string }>({
  id: 'structure/section-missing', severity: 'error', title: 'A section or clause the template requires is missing',
  needs: { fields: [], wholeBody: true },
  message: (d) => `The ${d.kind} "${d.name}" is missing${d.where}.`,
  hint: (d) => (d.kind === 'clause'
    ? `Add a heading "# ${d.name}"; a clause with nothing to say holds one paragraph, "None."`
    : `Add the section as a container: ":::${d.key}", its text, then ":::".`),
  check(variant, emit) {
    reportMissing(variant, (kind, key) => !ofNewTexts(variant, kind, key), emit)
  },
})

export const newTextSectionMissing = variantRule<{ kind: 'section' | 'clause'; key: string; name: string; where: string }>({
  id: 'structure/new-text-section-missing', severity: 'warning', blocksSubmission: true, title: 'A section that new texts require is missing',
  needs: { fields: [], wholeBody: true },
  message: (d) => `The section "${d.name}" is missing${d.where}; a new text needs it, though texts adopted before the rule may lack it.`,
  hint: (d) => `Add the section as a container: ":::${d.key}", its text, then ":::" (for Keywords: terms in alphabetical order, separated by commas).`,
  check(variant, emit) {
    reportMissing(variant, (kind, key) => ofNewTexts(variant, kind, key), emit)
  },
})

export const sectionOrder = variantRule<{ kind: 'section' | 'clause'; name: string; before: string }>({
  id: 'structure/section-order', severity: 'error', title: 'Required sections or clauses are out of order',
  needs: { fields: [] },
  message: (d) => `The ${d.kind} "${d.name}" should come before "${d.before}".`,
  hint: () => 'Move it: the template requires its sections and clauses in a fixed order (ITU-T: Scope, References, Definitions, Abbreviations and acronyms, Conventions).',
  check(variant, emit) {
    for (const { kind, requirements } of kinds(variant)) {
      const present = requirements.map((r, rank) => ({ ...r, rank })).filter((r) => r.found)
      const inDocument = [...present].sort((a, b) => (a.found!.position.start.offset ?? 0) - (b.found!.position.start.offset ?? 0))
      let latest: (typeof present)[number] | undefined
      for (const requirement of inDocument) {
        if (latest && requirement.rank < latest.rank) emit(node(variant, requirement.found!), { kind, name: requirement.name, before: latest.name })
        else latest = requirement
      }
    }
  },
})

/** `end`: where the blocks' parent ends (undefined at the top level: the end of the file). */
function checkEmpty(blocks: readonly Block[], end: Position['end'] | undefined, variant: VariantUnderTest, emit: Emit<{ what: string }>): void {
  blocks.forEach((block, i) => {
    if (block.type === 'heading') {
      const next = blocks[i + 1]
      if (next && !(next.type === 'heading' && next.depth <= block.depth)) return
      // Content an error left out under the heading was its content (a publication's part
      // heading spans its own list of documents, so a document left out counts too).
      if (!leftOutWithin(variant, block.position.start, next?.position.start ?? end)) emit(node(variant, block), { what: `"${inlineText(block.children)}"` })
    } else if (block.type === 'annex') {
      if (!block.children.length && !leftOutWithin(variant, block.position.start, block.position.end)) emit(node(variant, block), { what: block.label || 'the annex' })
      checkEmpty(block.children, block.position.end, variant, emit)
    }
  })
}

export const emptySection = variantRule<{ what: string }>({
  id: 'structure/empty-section', severity: 'warning', blocksSubmission: true, title: 'A heading or annex has no content',
  needs: { fields: [] },
  message: (d) => `The section ${d.what} is empty.`,
  hint: () => 'Write its text, or "None." where the template requires the clause but there is nothing to say; remove it otherwise.',
  check(variant, emit) {
    checkEmpty(variant.resolved.root.children, undefined, variant, emit)
  },
})

export const structureChecks = [callMissing, callOrder, sectionMissing, newTextSectionMissing, sectionOrder, emptySection]
