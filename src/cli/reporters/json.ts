// Findings as JSON for scripts: the findings in compiler order and a summary by severity.
import { compareFindings, type Finding } from '../../model/diagnostic.js'

export function jsonReport(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']): number => findings.filter((f) => f.severity === severity).length
  const report = {
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    findings: [...findings].sort(compareFindings),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
