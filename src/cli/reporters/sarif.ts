// Findings as a SARIF 2.1.0 log, the format GitHub code scanning uploads: one run, the tool
// with the catalogue entries of the rules that fired (id, title, help link, default level),
// and one result per finding with its file region. Paths stay relative (to the directory
// validate ran in, normally the repository root), under the base id %SRCROOT%.
import { compareFindings, type Finding, type Severity } from '../../model/diagnostic.js'
import { catalogue } from '../../validate/registry.js'

export interface SarifTool { version: string; informationUri: string }

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/** A relative file path as a URI reference: "/" separators, each segment percent-encoded. */
function uriOf(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}

/** " (¶37: "first words …")" for a finding in a Word file, whose line numbers mean paragraphs. */
export function wordPlace(f: Finding): string {
  if (f.paragraph === undefined || f.paragraph === 0) return ''
  return ` (¶${f.paragraph}${f.excerpt ? `: "${f.excerpt}"` : ''})`
}

export function sarifReport(findings: readonly Finding[], tool: SarifTool): string {
  const sorted = [...findings].sort(compareFindings)
  const ruleIds = [...new Set(sorted.map((f) => f.ruleId))].sort()
  const rules = ruleIds.map((id) => {
    const rule = catalogue.find((r) => r.id === id)
    const url = sorted.find((f) => f.ruleId === id)!.url
    return {
      id,
      ...(rule ? { shortDescription: { text: rule.title } } : {}),
      helpUri: url,
      ...(rule ? { defaultConfiguration: { level: levels[rule.severity] } } : {}),
    }
  })
  const results = sorted.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: levels[f.severity],
    message: { text: `${f.message}${wordPlace(f)}${f.hint ? ` Hint: ${f.hint}` : ''}` },
    // A Word file has paragraphs: the region's line is the paragraph number (docs/importing.md),
    // and the paragraph is also named as a logical location with its first words.
    ...(f.paragraph !== undefined ? { properties: { paragraph: f.paragraph, ...(f.excerpt ? { excerpt: f.excerpt } : {}) } } : {}),
    locations: [{
      ...(f.paragraph !== undefined ? { logicalLocations: [{ name: f.paragraph > 0 ? `¶${f.paragraph}` : 'document', kind: 'element' }] } : {}),
      physicalLocation: {
        artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
        region: {
          startLine: f.line,
          startColumn: f.column,
          ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
          ...(f.endColumn !== undefined && f.endLine !== undefined ? { endColumn: f.endColumn } : {}),
        },
      },
    }],
  }))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'itudoc', version: tool.version, informationUri: tool.informationUri, rules } },
      // vfile counts columns in UTF-16 code units, as JavaScript strings do.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
