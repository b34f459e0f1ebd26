// mdast phrasing content → IR inlines. Raw HTML is reported and dropped; links are limited
// to safe schemes; `:ref{#id}` becomes an Xref whose text is filled in by xrefs.ts.
import type { PhrasingContent } from 'mdast'
import type { Position } from 'unist'
import { markdownRules, referenceRules, sourceRules } from '../model/rules.js'
import type { Inline } from '../model/nodes.js'
import type { AssetCheck, ResolveContext } from './context.js'
import { restoreMarkers } from '../parse/criticmarkup.js'

const safeUrl = /^(https?:|mailto:)/i

function pos(node: { position?: Position | undefined }): Position {
  return node.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
}

/** Split text at tab characters: a tab is a real tab stop in ITU layouts (ABBR<tab>Expansion). */
function textWithTabs(value: string, position: Position): Inline[] {
  if (!value.includes('\t')) return [{ type: 'text', value, position }]
  const out: Inline[] = []
  value.split('\t').forEach((part, i) => {
    if (i > 0) out.push({ type: 'tab', position })
    if (part) out.push({ type: 'text', value: part, position })
  })
  return out
}

export function convertInlines(nodes: readonly PhrasingContent[], ctx: ResolveContext): Inline[] {
  // One finding per run of raw HTML: `<b>x</b>` is one mistake, not two.
  let reportedHtml = false
  return nodes.flatMap((node) => {
    if (node.type === 'html') {
      if (!reportedHtml) ctx.report(markdownRules.rawHtml, node, {})
      reportedHtml = true
      return []
    }
    return convertInline(node, ctx)
  })
}

function convertInline(node: PhrasingContent, ctx: ResolveContext): Inline[] {
  const position = pos(node)
  switch (node.type) {
    case 'text':
      return textWithTabs(node.value, position)
    case 'emphasis':
      return [{ type: 'emphasis', children: convertInlines(node.children, ctx), position }]
    case 'strong':
      return [{ type: 'strong', children: convertInlines(node.children, ctx), position }]
    case 'delete':
      return [{ type: 'strike', children: convertInlines(node.children, ctx), position }]
    case 'inlineCode':
      return [{ type: 'inlineCode', value: restoreMarkers(node.value), position }]
    case 'break':
      return [{ type: 'break', position }]
    case 'link':
      return convertLink(node.url, node.children, position, ctx)
    case 'linkReference': {
      const definition = ctx.linkDefinitions.get(node.identifier)
      return definition ? convertLink(definition, node.children, position, ctx) : convertInlines(node.children, ctx)
    }
    case 'image':
    case 'imageReference': {
      const alt = node.alt ?? ''
      if (!alt.trim()) ctx.report(referenceRules.missingAlt, node, {})
      const url = node.type === 'image' ? node.url : ctx.linkDefinitions.get(node.identifier) ?? ''
      const asset = checkImage(url, node, ctx)
      return [{ type: 'inlineImage', src: asset.path, alt, position }]
    }
    case 'footnoteReference':
      // micromark only makes a reference when a definition exists; numbered by numbering.ts.
      return [{ type: 'footnoteRef', id: node.identifier, number: 0, position }]
    case 'textDirective':
      return convertTextDirective(node, ctx)
    case 'revision':
      switch (node.kind) {
        case 'insert':
          return [{ type: 'insertion', children: convertInlines(node.children, ctx), position }]
        case 'delete':
          return [{ type: 'deletion', children: convertInlines(node.children, ctx), position }]
        case 'highlight':
          return [{ type: 'highlight', children: convertInlines(node.children, ctx), position }]
        case 'comment':
          return [{ type: 'reviewComment', value: plainText(node.children), position }]
        case 'substitute':
          return [{ type: 'substitution', deleted: convertInlines(node.children, ctx), inserted: convertInlines(node.inserted ?? [], ctx), position }]
      }
  }
  return []
}

/** Check the image a source names, and report at the reference why it cannot be shown. */
export function checkImage(url: string, at: { position?: Position | undefined }, ctx: ResolveContext): AssetCheck {
  const asset = ctx.assets.checkAsset(ctx.file.path, url)
  switch (asset.status) {
    case 'escape': ctx.report(sourceRules.pathEscape, at, { path: url }); break
    case 'missing': ctx.report(referenceRules.missingImage, at, { path: url }); break
    case 'unreadable': ctx.report(sourceRules.unreadable, at, { path: url, reason: asset.reason }); break
    case 'too-large': ctx.report(sourceRules.tooLarge, at, { path: url, size: asset.size, limit: asset.limit }); break
    case 'bad-image': ctx.report(sourceRules.badImage, at, { path: url, reason: asset.reason }); break
    case 'ok': break
  }
  return asset
}

function convertLink(url: string, children: PhrasingContent[], position: Position, ctx: ResolveContext): Inline[] {
  const content = convertInlines(children, ctx)
  if (!safeUrl.test(url)) {
    ctx.report(markdownRules.unsafeLink, { position }, { url })
    return content
  }
  return [{ type: 'link', url, children: content, position }]
}

function convertTextDirective(node: Extract<PhrasingContent, { type: 'textDirective' }>, ctx: ResolveContext): Inline[] {
  const position = pos(node)
  if (node.name === 'ref') {
    const id = node.attributes?.id ?? ''
    if (!id) {
      ctx.report(markdownRules.badAttribute, node, { name: 'id', value: '', expected: 'a target like :ref{#annex-1}' })
      return []
    }
    return [{ type: 'xref', targetId: id, text: '', position }]
  }
  // "see:this" or "10:30am" look like text directives to remark-directive; a bare name
  // without label or attributes is ordinary text, not a typo of a directive.
  const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0
  const original = ctx.source.slice(position.start.offset, position.end.offset)
  if (bare) return [{ type: 'text', value: original, position }]
  ctx.report(markdownRules.unknownDirective, node, { name: node.name })
  return []
}

/** The plain text of phrasing content (for comments, alt text, titles). */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('')
}

/** The plain text of IR inlines. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text': case 'inlineCode': return n.value
        case 'tab': return '\t'
        case 'break': return ' '
        case 'xref': return n.text
        case 'footnoteRef': case 'reviewComment': case 'inlineImage': return ''
        case 'substitution': return inlineText(n.inserted)
        case 'deletion': return ''
        default: return inlineText(n.children)
      }
    })
    .join('')
}
