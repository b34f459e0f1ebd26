// The command table: every command of itudoc with its arguments, its options (type, default,
// allowed values, what they do) and examples. The parser (args.ts), `--help` (help.ts) and
// the "did you mean …?" suggestions all read this table, so adding a command is one entry
// here plus its module commands/<name>.ts (`manifest merge` → commands/manifest-merge.ts),
// which exports `run(parsed: Parsed<typeof commands.<name>.options>)`; adding an option is
// one line in its command's entry (the command then reads it from `values`). The table
// imports nothing heavy: `itudoc --help` and a misspelt command answer without loading the
// pipeline.
import { languages } from '../model/languages.js'
import { defineCommand, type CommandTable } from './spec.js'

const formatNames = ['html', 'docx', 'pdf'] as const
const reportNames = ['text', 'json', 'sarif', 'github'] as const
const modeNames = ['draft', 'submission'] as const
/** The metadata files `itudoc schema` describes (cli/metadata-schema.ts). */
export const schemaFileNames = ['one-file', 'document.yaml', 'language-file'] as const

/** Options several commands share, so they read and print the same everywhere. */
const shared = {
  lang: (what: string) => ({ type: 'string', list: true, value: 'list', choices: languages, description: `languages to ${what}`, defaultNote: 'all' }) as const,
  root: { type: 'string', value: 'dir', description: 'sources root: output paths mirror the folders below it, and no source may reach outside it', defaultNote: 'sources, when every path is inside it' },
} as const

const paths = { name: 'paths', many: true, description: 'documents (a folder of <lang>.md files, or one .md file) and folders of documents', defaultNote: 'sources' } as const

export const commands = {
  build: defineCommand({
    summary: 'build documents into HTML, DOCX and PDF, with out/manifest.json',
    description: 'Builds every document × language × format. Unchanged artifacts are not rendered again; a document with an error writes nothing.',
    args: [paths],
    options: {
      format: { type: 'string', list: true, value: 'list', choices: formatNames, default: 'html,docx,pdf', description: 'formats to write' },
      lang: shared.lang('build'),
      out: { type: 'string', value: 'dir', default: 'out', description: 'output folder' },
      root: shared.root,
      quiet: { type: 'boolean', short: 'q', description: 'print findings only: no progress, no summary line' },
      verbose: { type: 'boolean', description: 'list each artifact as it is written' },
      watch: { type: 'boolean', short: 'w', description: 'stay running and rebuild what changed when a source changes' },
      jobs: { type: 'string', short: 'j', value: 'N', description: 'worker threads for resolving and rendering', defaultNote: 'all cores for a large build, else one' },
      'embed-fonts': { type: 'boolean', description: 'embed the shipped fonts in DOCX files instead of naming Word\'s fonts' },
      shard: { type: 'string', value: 'i/n', description: 'build only share i of n (balanced by source size) for one CI runner; join the shares with itudoc manifest merge', defaultNote: 'everything' },
    },
    examples: [
      { command: 'itudoc build', note: 'everything under sources/ into out/' },
      { command: 'itudoc build sources --shard 2/3 --out out-2', note: 'the second of three CI runners' },
      { command: 'itudoc build sources/wtdc-25 --format pdf --lang en,fr', note: 'English and French PDFs of one meeting' },
    ],
  }),
  preview: defineCommand({
    summary: 'build, serve out/ on localhost and rebuild and reload the page when a source changes',
    description: 'Builds the documents, serves the output folder on 127.0.0.1, watches the sources, templates and locales, rebuilds what changed and reloads the open pages; findings show in the terminal and over the page.',
    args: [paths],
    options: {
      port: { type: 'string', short: 'p', value: 'port', default: '4000', description: 'port to serve on (0: any free port)' },
      host: { type: 'string', value: 'address', default: '127.0.0.1', description: 'address to bind (another than 127.0.0.1 exposes the preview to the network)' },
      format: { type: 'string', list: true, value: 'list', choices: formatNames, default: 'html', description: 'formats to write on each rebuild' },
      lang: shared.lang('build'),
      out: { type: 'string', value: 'dir', default: 'out', description: 'output folder (served)' },
      root: shared.root,
    },
    examples: [
      { command: 'itudoc preview sources/sg1', note: 'open http://127.0.0.1:4000/ and edit a contribution' },
      { command: 'itudoc preview --port 0 --format html,pdf', note: 'any free port, PDFs too' },
    ],
  }),
  'manifest merge': defineCommand({
    summary: 'join the outputs of sharded builds into one tree and manifest',
    description: 'Copies the output folders of builds run with --shard i/n into one folder and writes the manifest and index a single build would have written. Shards that disagree are an error.',
    args: [{ name: 'folders', many: true, required: true, description: 'output folders of the shards' }],
    options: {
      out: { type: 'string', value: 'dir', default: 'out', description: 'folder to merge into' },
    },
    examples: [{ command: 'itudoc manifest merge out-1 out-2 out-3 --out out', note: 'after three CI runners' }],
  }),
  validate: defineCommand({
    summary: 'check documents against the template rules, print every finding',
    description: 'Checks what build checks and the rules a secretariat applies on receipt (cover fields, structure, deadlines, revision marks, page limits, translations). Exit 1 on any error.',
    args: [paths],
    options: {
      report: { type: 'string', value: 'format', choices: reportNames, default: 'text', description: 'report format' },
      mode: { type: 'string', value: 'mode', choices: modeNames, default: 'draft', description: 'draft checks the document as written; submission checks deadlines from today and turns blocking warnings into errors' },
      today: { type: 'string', value: 'YYYY-MM-DD', description: 'the date to check deadlines against', defaultNote: 'today in submission mode, the document\'s own dates in draft mode' },
      lang: shared.lang('report on'),
      root: shared.root,
    },
    examples: [
      { command: 'itudoc validate sources/sg1/contribution-community-networks', note: 'check one contribution' },
      { command: 'itudoc validate sources --mode submission --report sarif > itudoc.sarif', note: 'for GitHub code scanning' },
    ],
  }),
  translations: defineCommand({
    summary: 'show whether each translation is current, stale or never marked',
    description: 'Lists each translation of each multi-language document with its state: current, stale (the original changed since the mark), missing (never marked) or differs (its clauses, definitions, lists, calls or items are not the original\'s, whatever the mark says). With --mark, records that the translations now match their original\'s current text; a variant whose structure differs is not marked, and the command exits with 1.',
    args: [paths],
    options: {
      mark: { type: 'boolean', description: 'record the translations as current' },
      lang: shared.lang('show or mark'),
      root: shared.root,
    },
    examples: [
      { command: 'itudoc translations sources/wtdc-25', note: 'the state of every translation' },
      { command: 'itudoc translations sources/wtdc-25 --mark --lang fr', note: 'fr.md now matches its original' },
    ],
  }),
  import: defineCommand({
    summary: 'turn a Word document (.docx) into an itudoc source',
    description: 'Reads a .docx (ITU\'s Word styles, or plain Word, pandoc or LibreOffice files with typed labels), finds its template from the cover, and writes front matter + Markdown + directives. What it cannot map is kept as plain Markdown with a warning at the Word paragraph (file.docx:¶N). A file that is not a Word document, or is damaged, is one error and exit 1.',
    args: [{ name: 'file.docx', required: true, description: 'the Word document to import' }],
    options: {
      template: { type: 'string', value: 'template', description: 'the template to import into', defaultNote: 'the one whose cover matches best' },
      lang: { type: 'string', value: 'lang', choices: languages, description: 'the document\'s language', defaultNote: 'from the Word styles and the file name' },
      out: { type: 'string', value: 'path', description: 'a folder to write document.yaml + <lang>.md + images into, or a .md file; existing files are never overwritten', defaultNote: '<file>.md beside the Word file' },
    },
    examples: [
      { command: 'itudoc import T-REC-E.119-201704-I!!MSW-E.docx --out sources/t/e-119', note: 'a Recommendation into a document folder' },
      { command: 'itudoc import contribution.docx', note: 'writes contribution.md beside it' },
    ],
  }),
  new: defineCommand({
    summary: 'write a skeleton document that builds as it is',
    description: 'Writes a new source from a template\'s skeleton. A path ending in .md is a one-file document; any other path is a document folder.',
    args: [
      { name: 'template', required: true, description: 'the template (itudoc templates lists them)' },
      { name: 'path', description: 'file or folder to write', defaultNote: '<template>.md' },
    ],
    options: {
      lang: { type: 'string', value: 'lang', choices: languages, default: 'en', description: 'language of the skeleton' },
      sector: { type: 'string', value: 'D|T|R', description: 'ITU Sector for templates that vary by sector (D, T or R)', defaultNote: 'the template\'s' },
    },
    examples: [
      { command: 'itudoc new contribution sources/sg1/my-contribution', note: 'a contribution folder with en.md' },
      { command: 'itudoc new resolution res-99.md --lang fr', note: 'a one-file French resolution' },
    ],
  }),
  templates: defineCommand({
    summary: 'list the templates and their metadata fields',
    args: [],
    options: {},
    examples: [{ command: 'itudoc templates' }],
  }),
  schema: defineCommand({
    summary: 'print the JSON Schema of a template\'s metadata (for editors)',
    description: 'A document is one .md file, or a folder of document.yaml (what every language shares) and <lang>.md files (what differs by language); each file has its own schema, since in a folder no one file must hold every required field.',
    args: [{ name: 'template', required: true, description: 'the template (itudoc templates lists them)' }],
    options: {
      file: { type: 'string', value: 'file', choices: schemaFileNames, default: 'one-file', description: 'the file the schema is for: a one-file document\'s front matter, a folder\'s document.yaml, or a language file\'s front matter in a folder' },
    },
    examples: [
      { command: 'itudoc schema contribution > contribution.schema.json', note: 'for the YAML language server' },
      { command: 'itudoc schema resolution --file document.yaml', note: 'for the document.yaml of a resolution folder' },
    ],
  }),
} satisfies CommandTable

export type CommandName = keyof typeof commands
