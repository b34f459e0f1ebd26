// The catalogue of rules that parse, resolve and build report. Each rule is data (id,
// severity, message, hint); the code that detects it lives in the stage that can see it.
// Validation rules (src/validate/rules/*) add their own entries to the same registry.
import { defineRule } from './diagnostic.js'

export const sourceRules = {
  missingFile: defineRule<{ path: string }>({
    id: 'source/missing-file', severity: 'error', title: 'A named source file or folder does not exist',
    message: (d) => `Cannot find "${d.path}".`,
    hint: () => 'Check the path; documents are folders with <lang>.md files, or single .md files.',
  }),
  encoding: defineRule<{ byte: number }>({
    id: 'source/encoding', severity: 'error', title: 'A source file is not valid UTF-8',
    message: (d) => `The file is not valid UTF-8 (invalid byte at offset ${d.byte}).`,
    hint: () => 'Save the file as UTF-8 (without a byte-order mark if possible).',
  }),
  empty: defineRule({
    id: 'source/empty', severity: 'error', title: 'A source file is empty',
    message: () => 'The file is empty.',
    hint: () => 'Write the front matter and body, or start from `itudoc new <template>`.',
  }),
  unknownLanguage: defineRule<{ lang: string }>({
    id: 'source/unknown-language', severity: 'error', title: 'A language is not one of the six ITU languages',
    message: (d) => `Unknown language "${d.lang}".`,
    hint: () => 'Use one of: en, fr, es, ru, ar, zh (name variants en.md, fr.md, …).',
  }),
  reservedCharacter: defineRule<{ char: string }>({
    id: 'source/reserved-character', severity: 'error', title: 'A character itudoc reserves for revision marks appears in the source',
    message: (d) => `The character U+${d.char.codePointAt(0)!.toString(16).toUpperCase()} is reserved.`,
    hint: () => 'Remove it; it is used internally to parse CriticMarkup.',
  }),
  pathEscape: defineRule<{ path: string }>({
    id: 'source/path-escape', severity: 'error', title: 'A path points outside the sources root',
    message: (d) => `"${d.path}" is outside the sources folder.`,
    hint: () => 'Keep images and included files inside the sources folder (a symbolic link must point inside it too).',
  }),
  unreadable: defineRule<{ path: string; reason: string }>({
    id: 'source/unreadable', severity: 'error', title: 'A source path is not a regular file that can be read',
    message: (d) => `"${d.path}" cannot be read: ${d.reason}.`,
    hint: () => 'Sources, images and included documents must be regular files (not pipes, devices or link loops).',
  }),
  tooLarge: defineRule<{ path: string; size: string; limit: string }>({
    id: 'source/too-large', severity: 'error', title: 'A source file or image is larger than its limit',
    message: (d) => `"${d.path}" is ${d.size}, more than the limit of ${d.limit}.`,
    hint: () => 'Split the document, or reduce the image (docs/rules.md lists the limits).',
  }),
  badImage: defineRule<{ path: string; reason: string }>({
    id: 'source/bad-image', severity: 'error', title: 'An image is not a PNG, JPEG, GIF or safe SVG that can be measured',
    message: (d) => `Image "${d.path}" ${d.reason}.`,
    hint: () => 'Use a PNG (drawings, screenshots) or JPEG (photographs); an SVG needs a size and no scripts or external links.',
  }),
  badCharacter: defineRule<{ code: string; name: string }>({
    id: 'source/bad-character', severity: 'error', title: 'A character that no output can print',
    message: (d) => `The character ${d.code} (${d.name}) cannot be printed in any output.`,
    hint: () => 'Remove it; it is usually left over from a copy and paste or a conversion.',
  }),
  bidiControl: defineRule<{ code: string }>({
    id: 'source/bidi-control', severity: 'warning', title: 'A bidirectional control character outside right-to-left text',
    message: (d) => `The invisible bidirectional control ${d.code} reorders the text around it.`,
    hint: () => 'Remove it: text outside Arabic needs no direction controls, and they can make a text read differently from how it displays.',
  }),
}

export const metadataRules = {
  unclosedFrontMatter: defineRule({
    id: 'metadata/unclosed-front-matter', severity: 'error', title: 'The front matter is never closed',
    message: () => 'The front matter opened by "---" is never closed.',
    hint: () => 'End the metadata with a line holding only "---".',
  }),
  yamlLimit: defineRule<{ reason: string }>({
    id: 'metadata/yaml-limit', severity: 'error', title: 'Front matter or document.yaml is over a resource limit',
    message: (d) => `The YAML ${d.reason}.`,
    hint: () => 'Metadata is a few keys: write values out instead of repeating aliases, and keep it under 1 MB.',
  }),
  yamlSyntax: defineRule<{ reason: string }>({
    id: 'metadata/yaml-syntax', severity: 'error', title: 'Front matter or document.yaml is not valid YAML',
    message: (d) => `YAML syntax error: ${d.reason}`,
    hint: () => 'Fix the YAML; quote values that contain ": " or start with a special character.',
  }),
  unknownTemplate: defineRule<{ template: string; known: string }>({
    id: 'metadata/unknown-template', severity: 'error', title: 'The template named in the metadata does not exist',
    message: (d) => `Unknown template "${d.template}".`,
    hint: (d) => `Use one of: ${d.known}.`,
  }),
  fieldMissing: defineRule<{ field: string }>({
    id: 'metadata/field-missing', severity: 'error', title: 'A required metadata field is missing',
    message: (d) => `Required field "${d.field}" is missing.`,
    hint: (d) => `Add "${d.field}:" to the front matter or to document.yaml.`,
  }),
  fieldType: defineRule<{ field: string; reason: string }>({
    id: 'metadata/field-type', severity: 'error', title: 'A metadata field has the wrong type or value',
    message: (d) => `Field "${d.field}" ${d.reason}.`,
    hint: () => 'See `itudoc schema <template>` for the expected type.',
  }),
  unknownField: defineRule<{ field: string; template: string }>({
    id: 'metadata/unknown-field', severity: 'error', title: 'A metadata field is not part of the template',
    message: (d) => `Unknown field "${d.field}" for template "${d.template}".`,
    hint: () => 'Check the spelling (keys are kebab-case); `itudoc templates` lists every field.',
  }),
}

export const markdownRules = {
  rawHtml: defineRule({
    id: 'markdown/raw-html', severity: 'error', leavesOut: true, title: 'Raw HTML in a source',
    message: () => 'Raw HTML is not allowed in sources.',
    hint: () => 'Use Markdown or an itudoc directive instead; HTML never reaches any output.',
  }),
  unknownDirective: defineRule<{ name: string }>({
    id: 'markdown/unknown-directive', severity: 'error', leavesOut: true, title: 'A directive that itudoc does not know',
    message: (d) => `Unknown directive "${d.name}".`,
    hint: () => 'See docs/source-format.md for the directives (calls, box, note, annex, table, figure, ref …).',
  }),
  unclosedContainer: defineRule<{ name: string }>({
    id: 'markdown/unclosed-container', severity: 'error', leavesOut: true, title: 'A ::: container is never closed',
    message: (d) => `The container ":::${d.name}" is not closed.`,
    hint: () => 'Close it with a line of at least as many colons (":::").',
  }),
  badAttribute: defineRule<{ name: string; value: string; expected: string }>({
    id: 'markdown/bad-attribute', severity: 'error', leavesOut: true, title: 'A directive attribute has an invalid value',
    message: (d) => `Attribute ${d.name}="${d.value}" is invalid.`,
    hint: (d) => `Expected ${d.expected}.`,
  }),
  unsafeLink: defineRule<{ url: string }>({
    id: 'markdown/unsafe-link', severity: 'error', title: 'A link uses a scheme other than http, https or mailto',
    message: (d) => `Link "${d.url}" is not allowed.`,
    hint: () => 'Use an http(s) or mailto link, or :ref{#id} for a cross-reference.',
  }),
  tooDeep: defineRule<{ limit: number }>({
    id: 'markdown/too-deep', severity: 'error', title: 'Lists, quotes, containers or emphasis nested too deep',
    message: (d) => `Nested more than ${d.limit} levels deep.`,
    hint: () => 'Flatten the structure: ITU texts use a few levels of lists and containers.',
  }),
  unclosedRevision: defineRule<{ mark: string }>({
    id: 'markdown/unclosed-revision', severity: 'error', title: 'A CriticMarkup revision mark is not closed in the same paragraph',
    message: (d) => `The revision mark "${d.mark}" is not closed in this paragraph.`,
    hint: () => 'Close {++ with ++}, {-- with --}, {~~ with ~~}, {>> with <<} inside the same paragraph.',
  }),
}

export const structureRules = {
  notAllowed: defineRule<{ construct: string; template: string }>({
    id: 'structure/not-allowed', severity: 'error', leavesOut: true, title: 'A construct the template does not allow',
    message: (d) => `"${d.construct}" is not allowed in a ${d.template}.`,
    hint: () => 'See `itudoc templates` for what each template accepts.',
  }),
  callNotAllowed: defineRule<{ call: string; template: string }>({
    id: 'structure/call-not-allowed', severity: 'error', leavesOut: true, title: 'A call the template does not allow',
    message: (d) => `The call "${d.call}" is not allowed in a ${d.template}.`,
    hint: () => 'Use one of the template\'s calls, or a free-form :::call[…].',
  }),
  emptyContainer: defineRule<{ name: string }>({
    id: 'structure/empty-container', severity: 'error', title: 'A container has no content',
    message: (d) => `":::${d.name}" is empty.`,
    hint: () => 'Write its content between the opening and closing lines, or remove it.',
  }),
  misplaced: defineRule<{ construct: string; where: string }>({
    id: 'structure/misplaced', severity: 'error', title: 'A construct is used where it cannot appear',
    message: (d) => `"${d.construct}" cannot appear ${d.where}.`,
    hint: (d) => (d.where === 'inside a footnote' ? `Move the ${d.construct} out of the footnote into the text; a footnote holds paragraphs and lists.` : `Move the ${d.construct} to the top level of the document, after the body.`),
  }),
  figureWithoutImage: defineRule({
    id: 'structure/figure-without-image', severity: 'error', leavesOut: true, title: 'A :::figure has no image',
    message: () => 'The figure holds no image.',
    hint: () => 'Put one Markdown image ![alt text](path.png) inside the figure.',
  }),
  emptyHeading: defineRule({
    id: 'structure/empty-heading', severity: 'error', title: 'A heading has no text',
    message: () => 'The heading has no text.',
    hint: () => 'Write the heading\'s title after the # marks, or remove it.',
  }),
  tableTooLarge: defineRule<{ rows: number; columns: number }>({
    id: 'structure/table-too-large', severity: 'error', leavesOut: true, title: 'A table has more columns or cells than any page can show',
    message: (d) => `The table has ${d.columns} columns and ${d.rows} rows, over the limit of 64 columns and 100,000 cells.`,
    hint: () => 'Split the table, or publish the data as a separate spreadsheet.',
  }),
  badListTable: defineRule<{ reason: string }>({
    id: 'structure/bad-list-table', severity: 'error', leavesOut: true, title: 'A :::table list-table is malformed',
    message: (d) => `Malformed list-table: ${d.reason}.`,
    hint: () => 'Write a list of rows, each row a list of cells: "- - cell" / "  - cell".',
  }),
}

export const referenceRules = {
  broken: defineRule<{ id: string }>({
    id: 'xref/broken', severity: 'error', title: 'A cross-reference points to an id that does not exist',
    message: (d) => `Cross-reference to "#${d.id}", which does not exist.`,
    hint: () => 'Give the target an id ({#id} on a table, figure, annex or heading) or fix the reference.',
  }),
  duplicateId: defineRule<{ id: string }>({
    id: 'xref/duplicate-id', severity: 'error', title: 'Two elements have the same id',
    message: (d) => `The id "#${d.id}" is used twice.`,
    hint: () => 'Ids must be unique in a document.',
  }),
  missingAlt: defineRule({
    id: 'figure/missing-alt', severity: 'error', title: 'An image has no alternative text',
    message: () => 'The image has no alternative text.',
    hint: () => 'Describe the image between the brackets: ![A map of the sites](map.png).',
  }),
  missingImage: defineRule<{ path: string }>({
    id: 'figure/missing-image', severity: 'error', title: 'An image file does not exist',
    message: (d) => `Image "${d.path}" does not exist.`,
    hint: () => 'Paths are relative to the document folder.',
  }),
}

export const localeRules = {
  invalid: defineRule<{ key: string; reason: string }>({
    id: 'locale/invalid', severity: 'error', title: 'A locale file is incomplete or has an unknown key',
    message: (d) => `Locale key "${d.key}": ${d.reason}`,
    hint: () => 'Every label every template prints must exist in every locale; see src/model/locale.ts.',
  }),
  patternSlot: defineRule<{ pattern: string; slot: string }>({
    id: 'locale/pattern-slot', severity: 'error', title: 'A locale pattern uses a slot the template does not fill',
    message: (d) => `Pattern "${d.pattern}" uses "{${d.slot}}", which has no value here.`,
    hint: () => 'Fix the pattern in the locale file, or give the field a value.',
  }),
}

/** Found while rendering an output (build reports them on the variant's source). */
export const renderRules = {
  missingGlyph: defineRule<{ char: string }>({
    id: 'pdf/missing-glyph', severity: 'error', title: 'A character that no PDF font covers',
    message: (d) => `No font covers "${d.char}" (U+${d.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); it cannot be printed.`,
    hint: () => 'Replace the character, or write it in a script itudoc ships fonts for (Latin, Cyrillic, Greek, Arabic, Chinese).',
  }),
  unsupportedImage: defineRule<{ path: string }>({
    id: 'pdf/unsupported-image', severity: 'warning', title: 'An image format the PDF writer cannot embed',
    message: (d) => `Image "${d.path}" is not PNG or JPEG; the PDF shows a placeholder.`,
    hint: () => 'Convert the image to PNG (drawings, screenshots) or JPEG (photographs).',
  }),
}

export const publicationRules = {
  missingDocument: defineRule<{ path: string; lang: string }>({
    id: 'publication/missing-document', severity: 'error', title: 'A document a publication compiles does not exist in its language',
    message: (d) => `"${d.path}" has no ${d.lang} variant to compile.`,
    hint: () => 'Paths are relative to the publication\'s folder and name a document folder or a .md file inside the sources.',
  }),
  documentHasErrors: defineRule<{ path: string }>({
    id: 'publication/document-has-errors', severity: 'error', title: 'A document a publication compiles has errors',
    message: (d) => `"${d.path}" has errors, so it cannot be compiled into the publication.`,
    hint: () => 'Fix it first: itudoc validate on its folder or file lists its errors.',
  }),
  partTitleMissing: defineRule<{ part: number; lang: string }>({
    id: 'publication/part-title-missing', severity: 'error', title: 'A part of a publication has no title in the variant\'s language',
    message: (d) => `Part ${d.part} has no ${d.lang} title.`,
    hint: (d) => `Give the title in every language: title: { en: …, ${d.lang}: … }.`,
  }),
  cycle: defineRule<{ path: string }>({
    id: 'publication/cycle', severity: 'error', title: 'A publication compiles itself',
    message: (d) => `"${d.path}" compiles the publication that compiles it.`,
    hint: () => 'A publication can compile documents, not itself or a publication that contains it.',
  }),
}

/**
 * Reported by `itudoc import` and by `itudoc validate file.docx`, at a Word paragraph (¶).
 * Not core rules: `build` reads Markdown sources only, so it never reports them.
 */
export const importRules = {
  notDocx: defineRule<{ reason: string }>({
    id: 'import/not-docx', severity: 'error', title: 'A file given as a Word document is not one',
    message: (d) => `Cannot import: ${d.reason}.`,
    hint: () => 'Give a .docx file saved by Word, LibreOffice or another word processor (File › Save As › Word Document).',
  }),
  damaged: defineRule<{ reason: string }>({
    id: 'import/damaged', severity: 'error', title: 'A Word document is damaged, truncated or unsafe to unpack',
    message: (d) => `Cannot import: ${d.reason}.`,
    hint: () => 'Open the file in Word or LibreOffice and save it again; a file cut short in transfer must be copied again.',
  }),
  unmappedStyle: defineRule<{ style: string; count: number }>({
    id: 'import/unmapped-style', severity: 'warning', title: 'A paragraph style has no ITU meaning',
    message: (d) => `Paragraph style "${d.style}" is not an ITU style; ${d.count === 1 ? 'this paragraph is' : `its ${d.count} paragraphs are`} imported as body text.`,
    hint: () => 'Apply the ITU style (heading 1, enumlev1, Note, Call …) in Word, or check the imported text; see docs/import.md for the styles itudoc recognises.',
  }),
  unsupported: defineRule<{ what: string }>({
    id: 'import/unsupported', severity: 'warning', title: 'Word content that itudoc sources cannot hold',
    message: (d) => `${/^[aeiou]/i.test(d.what) ? 'An' : 'A'} ${d.what} cannot be represented in an itudoc source; its text is kept as plain text.`,
    hint: () => 'Replace it by a PNG image (equations, charts, drawings: in Word, copy it and paste it as a picture) or by text, and check the imported paragraph.',
  }),
  altMissing: defineRule({
    id: 'import/alt-missing', severity: 'warning', title: 'An image has no alternative text in Word',
    message: () => 'The image has no alternative text; its caption is used instead.',
    hint: () => 'Describe the image (Word: right-click › Edit Alt Text), or edit the alt text in the imported source.',
  }),
  mergedCells: defineRule({
    id: 'import/merged-cells', severity: 'warning', title: 'A table has merged cells',
    message: () => 'The table has merged cells; itudoc tables do not merge cells, so the merged cells are split and the text stays in the first.',
    hint: () => 'Check the imported table; repeat the text in each cell if the meaning needs it.',
  }),
  lettering: defineRule<{ template: string }>({
    id: 'import/lettering', severity: 'warning', title: 'A lettered list outside calls in a template that numbers lists',
    message: (d) => `Items lettered a), b) … outside a call are numbered 1), 2) … in a ${d.template}.`,
    hint: () => 'Nest the items under a numbered item (they are then lettered), or keep the numbers.',
  }),
  figureWithoutImage: defineRule({
    id: 'import/figure-without-image', severity: 'warning', title: 'A figure caption without an image',
    message: () => 'This figure caption has no image before or after it (the drawing may be an embedded object); the caption is kept as text.',
    hint: () => 'Save the drawing as a picture (PNG) in Word, or add the image to the imported figure.',
  }),
  frontMatter: defineRule<{ count: number; last: number }>({
    id: 'import/front-matter', severity: 'info', title: 'A published Recommendation\'s front matter is not imported',
    message: (d) => `The publisher's front matter (cover page, foreword, notices, table of contents: ${d.count} paragraphs and tables up to ¶${d.last}) is not part of the Recommendation's text and is not imported.`,
  }),
  backMatter: defineRule<{ first: number }>({
    id: 'import/back-matter', severity: 'info', title: 'A published Recommendation\'s back page is not imported',
    message: (d) => `The publisher's back page (the list of the Recommendation series, from ¶${d.first} to the end) is not part of the Recommendation's text and is not imported.`,
  }),
  sourceOnly: defineRule<{ rules: string }>({
    id: 'import/source-only-rules', severity: 'info', title: 'Rules that check only Markdown sources are skipped for a Word file',
    message: (d) => `Checked as a Word document: rules that apply to Markdown sources only were skipped (${d.rules}).`,
  }),
}

export const coreRules = [
  ...Object.values(sourceRules), ...Object.values(metadataRules), ...Object.values(markdownRules),
  ...Object.values(structureRules), ...Object.values(referenceRules), ...Object.values(localeRules), ...Object.values(publicationRules),
  ...Object.values(renderRules),
]
