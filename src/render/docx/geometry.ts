// Page geometry of ITU documents (itu-conventions.md §5.1): A4, 2 cm margins all round,
// header and footer 1 cm from the edge. Lengths in twips (567 = 1 cm).
export const pageWidth = 11906
export const pageHeight = 16838
export const margin = 1134
export const headerDistance = 567
export const footerDistance = 567
/** Text width of a portrait page: where ITU's right tab stops (TOC page numbers, footers) sit. */
export const portraitTextWidth = pageWidth - 2 * margin
/** Text width of a landscape page (wide tables). */
export const landscapeTextWidth = pageHeight - 2 * margin
/**
 * One ITU indent step: 1.4 cm. It is also the document's default tab stop, so a label typed
 * before a tab ("a)<tab>", "1<tab>") puts the text at 1.4 cm, as in ITU's files (docx cannot
 * give a style tab stops of its own).
 */
export const indent = 794
