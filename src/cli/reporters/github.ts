// Findings as GitHub Actions workflow commands, which the runner turns into annotations on
// the pull request: `::error file=…,line=…,col=…,title=…::message`. Values are escaped as the
// runner's own toolkit does (`%`, CR, LF everywhere; also `:` and `,` in properties), or a
// message with a newline would end the command early.
import { compareFindings, type Finding } from '../../model/diagnostic.js'
import { wordPlace } from './sarif.js'

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function githubReport(findings: readonly Finding[]): string {
  return [...findings].sort(compareFindings).map((f) => {
    const properties: Array<[string, string | number | undefined]> = [
      ['file', f.file], ['line', f.line], ['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn], ['title', f.ruleId],
    ]
    const list = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
    const message = `${f.message}${wordPlace(f)}${f.hint ? `\nhint: ${f.hint}` : ''}`
    return `::${commands[f.severity]} ${list}::${escapeData(message)}\n`
  }).join('')
}
