// Metadata rules that the templates' zod schemas cannot express because they relate two
// fields or depend on the sector: fields the sector requires, Questions that belong to
// another study group, study groups that do not exist. Types, formats (dates, e-mail,
// phone, Question numbers, language codes) and required fields are checked by the schemas
// in resolve and reported as metadata/field-*.
import { variantRule, metadataKey, type VariantUnderTest } from '../rule.js'

/** Fields a template requires in one sector only (the schema makes them optional). */
const sectorFields: ReadonlyArray<{ template: string; sector: string; field: string; why: string }> = [
  { template: 'liaison-statement', sector: 'T', field: 'study-group', why: 'the ITU-T liaison statement header names the study group' },
  { template: 'recommendation', sector: 'T', field: 'study-group', why: 'an ITU-T Recommendation is approved by a study group' },
]

/**
 * Study groups of each Sector in the 2025-2028 study period. ITU-T: WTSA-24 merged SG9 and
 * SG16 into SG21 (from memory of the WTSA-24 outcome, not checked against the reference).
 */
const studyGroups: Record<string, readonly number[]> = {
  D: [1, 2],
  T: [2, 3, 5, 11, 12, 13, 15, 17, 20, 21],
  R: [1, 3, 4, 5, 6, 7],
}
const studyPeriod = '2025-2028'

const sectorNames: Record<string, string> = { D: 'ITU-D', T: 'ITU-T', R: 'ITU-R' }

function sectorOf(variant: VariantUnderTest): string | undefined {
  const sector = variant.resolved.metadata.meta.sector
  return typeof sector === 'string' ? sector : undefined
}

/** The Questions a document is about, and the metadata key that names them. */
function questionsOf(variant: VariantUnderTest): { key: string; questions: string[] } | undefined {
  const meta = variant.resolved.metadata.meta
  if (Array.isArray(meta.questions)) return { key: 'questions', questions: meta.questions as string[] }
  const origin = (meta.questions as { origin?: unknown } | undefined)?.origin
  if (Array.isArray(origin)) return { key: 'questions', questions: origin as string[] }
  if (typeof meta.question === 'string') return { key: 'question', questions: [meta.question] }
  return undefined
}

export const sectorFieldMissing = variantRule<{ field: string; sector: string; template: string; why: string }>({
  id: 'metadata/sector-field-missing', severity: 'error', title: 'A field the document\'s sector requires is missing',
  needs: { fields: ['sector', ...new Set(sectorFields.map((f) => f.field))] },
  templates: [...new Set(sectorFields.map((f) => f.template))],
  message: (d) => `Field "${d.field}" is required in ${d.sector} ${d.template.replace('-', ' ')}s.`,
  hint: (d) => `Add "${d.field}:" to the front matter or to document.yaml (${d.why}).`,
  check(variant, emit) {
    const sector = sectorOf(variant)
    const template = variant.resolved.template.id
    for (const rule of sectorFields) {
      if (rule.template !== template || rule.sector !== sector || variant.resolved.metadata.meta[rule.field] != null) continue
      emit(metadataKey(variant, 'sector'), { field: rule.field, sector: sectorNames[rule.sector] ?? rule.sector, template, why: rule.why })
    }
  },
})

export const questionStudyGroup = variantRule<{ question: string; group: string; studyGroup: number }>({
  id: 'metadata/question-study-group', severity: 'error', title: 'A Question belongs to another study group than the document',
  needs: { fields: ['study-group', 'questions', 'question'] },
  message: (d) => `Question ${d.question} belongs to Study Group ${d.group}, but the document is from Study Group ${d.studyGroup}.`,
  hint: () => 'A Question number is "<question>/<study group>": fix the Question or the "study-group" field.',
  check(variant, emit) {
    const studyGroup = variant.resolved.metadata.meta['study-group']
    const named = questionsOf(variant)
    if (typeof studyGroup !== 'number' || !named) return
    for (const question of named.questions) {
      const group = question.split('/')[1]
      if (group !== undefined && Number(group) !== studyGroup) emit(metadataKey(variant, named.key), { question, group, studyGroup })
    }
  },
})

export const unknownStudyGroup = variantRule<{ studyGroup: number; sector: string; known: string }>({
  id: 'metadata/unknown-study-group', severity: 'warning', title: 'The study group does not exist in the sector\'s current study period',
  needs: { fields: ['study-group', 'sector', 'study-period'] },
  message: (d) => `${d.sector} has no Study Group ${d.studyGroup} in the ${studyPeriod} study period.`,
  hint: (d) => `${d.sector} study groups: ${d.known}.`,
  check(variant, emit) {
    const meta = variant.resolved.metadata.meta
    const studyGroup = meta['study-group']
    const sector = sectorOf(variant)
    const known = sector ? studyGroups[sector] : undefined
    // Older documents name the groups of their own study period; only the current one is known here.
    if (typeof studyGroup !== 'number' || !known || (meta['study-period'] ?? studyPeriod) !== studyPeriod) return
    if (!known.includes(studyGroup)) emit(metadataKey(variant, 'study-group'), { studyGroup, sector: sectorNames[sector!]!, known: known.join(', ') })
  },
})

export const metadataChecks = [sectorFieldMissing, questionStudyGroup, unknownStudyGroup]
