// Help text and usage errors. A usage error exits with 2 and says what to type instead.
export class UsageError extends Error {}

export const help = `itudoc — compile structured Markdown into ITU documents (HTML, DOCX, PDF)

Usage:
  itudoc build [paths…] [--format html,docx,pdf] [--lang en,fr] [--out out] [--root sources] [--watch] [--embed-fonts] [--jobs N]
  itudoc validate [paths…] [--report text|json|sarif|github] [--mode draft|submission] [--today YYYY-MM-DD] [--lang en,fr]
  itudoc translations [paths…] [--mark] [--lang fr,es]   state of each translation; --mark records it as current
  itudoc import <file.docx> [--template T] [--lang xx] [--out folder]   Word document → itudoc source
  itudoc new <template> [--lang en] [--sector D|T|R] [path]
  itudoc templates                  list templates and their fields
  itudoc schema <template>          JSON Schema of a template's metadata (for editors)

Paths default to "sources". Exit codes: 0 ok, 1 errors in sources, 2 usage error.
`
