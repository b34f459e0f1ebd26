// The report formats of `itudoc validate`, by name. Each is a pure function of the findings.
import type { Finding } from '../../model/diagnostic.js'
import { githubReport } from './github.js'
import { jsonReport } from './json.js'
import { sarifReport, type SarifTool } from './sarif.js'
import { textReport, type TextOptions } from './text.js'

export const reportFormats = ['text', 'json', 'sarif', 'github'] as const
export type ReportFormat = (typeof reportFormats)[number]

export function isReportFormat(name: string): name is ReportFormat {
  return (reportFormats as readonly string[]).includes(name)
}

export function reporter(format: ReportFormat, env: TextOptions & { tool: SarifTool }): (findings: readonly Finding[]) => string {
  switch (format) {
    case 'text': return (findings) => textReport(findings, env)
    case 'json': return jsonReport
    case 'sarif': return (findings) => sarifReport(findings, env.tool)
    case 'github': return githubReport
  }
}
