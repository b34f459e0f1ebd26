// Inline nodes → runs. Emphasis and strong extend the run format of the environment; revision
// marks become tracked changes (w:ins / w:del) stamped with the build's clock; comments are
// Word comments anchored where they were written; xrefs are internal hyperlinks to bookmarks.
import { CommentRangeEnd, CommentRangeStart, CommentReference, ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, Tab, TextRun } from 'docx'
import type { Handlers } from '../../walk.js'
import type { DocxContext, DocxOut } from '../context.js'
import { imageRun } from '../images.js'
import { run, textRuns } from '../runs.js'
import { CharStyle } from '../styles.js'

type InlineHandlers = Pick<Handlers<DocxContext, DocxOut>,
  'text' | 'emphasis' | 'strong' | 'strike' | 'inlineCode' | 'break' | 'tab' | 'link' | 'footnoteRef' | 'xref' |
  'inlineImage' | 'insertion' | 'deletion' | 'substitution' | 'reviewComment' | 'highlight'>

export const inlineHandlers: InlineHandlers = {
  text: (node, ctx) => textRuns(ctx, node.value),
  emphasis: (node, ctx) => ctx.with({ run: { ...ctx.env.run, italics: true } }).inlines(node.children),
  strong: (node, ctx) => ctx.with({ run: { ...ctx.env.run, bold: true } }).inlines(node.children),
  strike: (node, ctx) => ctx.with({ run: { ...ctx.env.run, strike: true } }).inlines(node.children),
  highlight: (node, ctx) => ctx.with({ run: { ...ctx.env.run, highlight: true } }).inlines(node.children),
  inlineCode: (node, ctx) => run(ctx.with({ run: { ...ctx.env.run, style: CharStyle.Code } }), { text: node.value }, false),
  break: (_node, ctx) => run(ctx, { break: 1 }),
  tab: (_node, ctx) => run(ctx, { children: [new Tab()] }),
  link: (node, ctx) => new ExternalHyperlink({ link: node.url, children: ctx.with({ run: { ...ctx.env.run, style: CharStyle.Hyperlink } }).inlines(node.children) }),
  footnoteRef: (node, ctx) => {
    // A Word footnote has one reference mark; a second reference to the same note prints its
    // number as a plain superscript mark, as editors do by hand.
    if (ctx.state.referencedFootnotes.has(node.id)) return new TextRun({ text: String(node.number), style: CharStyle.FootnoteReference })
    ctx.state.referencedFootnotes.add(node.id)
    return new FootnoteReferenceRun(ctx.footnoteId(node.id))
  },
  // Cross-references print like the text around them (ITU texts do not colour them).
  xref: (node, ctx) => new InternalHyperlink({ anchor: ctx.bookmark(node.targetId), children: textRuns(ctx, node.text) }),
  inlineImage: (node, ctx) => imageRun(ctx.settings.assetData(node.src), node.src, node.alt, ctx.env.width),
  insertion: (node, ctx) => ctx.with({ revision: 'insertion' }).inlines(node.children),
  deletion: (node, ctx) => ctx.with({ revision: 'deletion' }).inlines(node.children),
  substitution: (node, ctx) => [...ctx.with({ revision: 'deletion' }).inlines(node.deleted), ...ctx.with({ revision: 'insertion' }).inlines(node.inserted)],
  reviewComment: (node, ctx) => {
    const { id, author, date } = ctx.stamp()
    ctx.state.comments.push({ id, author, date: new Date(date), children: [ctx.paragraph({ style: 'Normal', children: textRuns(ctx.with({ revision: undefined, run: {} }), node.value) })] })
    return [new CommentRangeStart(id), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
  },
}
