// Inline nodes → styled text: one handler per inline node type (a missing one is a
// compile error), as the writers do. Labels, xref texts and footnote numbers come from the
// resolved tree; nothing is counted here.
import type { Inline, InlineMap } from '../../model/nodes.js'
import { BREAK, TAB, TextBuilder, type InlineObject, type RunStyle, type StyledText } from './styled.js'

/** What inline collection needs from the document: image sizes, where footnote marks link to. */
export interface InlineEnv {
  /** Size in points an inline image is set at, or undefined if it cannot be shown. */
  inlineImage(src: string, lineSize: number): InlineObject | undefined
  /** Prefix of footnote destinations: "" in a document, "d2-" in a publication's second document. */
  footnoteScope: string
}

/** Colours of revision marks and links (Word's defaults for tracked changes and hyperlinks). */
export const colours = {
  link: '#0000ee',
  inserted: '#0047ab',
  deleted: '#b00000',
  comment: '#5a5a5a',
  commentBackground: '#fff2a8',
  highlight: '#ffff00',
} as const

type InlineHandlers = { [T in keyof InlineMap]: (node: InlineMap[T], out: TextBuilder, env: InlineEnv) => void }

const all = (nodes: readonly Inline[], out: TextBuilder, env: InlineEnv): void => {
  for (const node of nodes) (handlers[node.type] as (n: Inline, o: TextBuilder, e: InlineEnv) => void)(node, out, env)
}

const handlers: InlineHandlers = {
  text: (node, out) => out.append(node.value, node.position),
  emphasis: (node, out, env) => out.styled({ italic: !out.style.italic }, () => all(node.children, out, env)),
  strong: (node, out, env) => out.styled({ bold: true }, () => all(node.children, out, env)),
  strike: (node, out, env) => out.styled({ strike: out.style.color ?? '#000000' }, () => all(node.children, out, env)),
  inlineCode: (node, out) => out.append(node.value, node.position),
  break: (node, out) => out.placeholder(BREAK, node.position),
  tab: (node, out) => out.placeholder(TAB, node.position),
  link: (node, out, env) =>
    out.linked({ url: node.url }, () => out.styled({ color: colours.link, underline: colours.link }, () => all(node.children, out, env))),
  footnoteRef: (node, out, env) =>
    out.linked({ destination: footnoteDestination(env.footnoteScope, node.number) }, () => out.footnoteMark(node.number, node.id, node.position)),
  xref: (node, out) => out.linked({ destination: node.targetId }, () => out.append(node.text, node.position)),
  inlineImage: (node, out, env) => {
    const object = env.inlineImage(node.src, out.style.size)
    if (object) out.object(object, node.position)
    else out.append(node.alt, node.position)
  },
  insertion: (node, out, env) => out.styled({ color: colours.inserted, underline: colours.inserted }, () => all(node.children, out, env)),
  deletion: (node, out, env) => out.styled({ color: colours.deleted, strike: colours.deleted }, () => all(node.children, out, env)),
  substitution: (node, out, env) => {
    handlers.deletion({ type: 'deletion', children: node.deleted, position: node.position }, out, env)
    handlers.insertion({ type: 'insertion', children: node.inserted, position: node.position }, out, env)
  },
  reviewComment: (node, out) =>
    out.styled({ italic: true, color: colours.comment, highlight: colours.commentBackground, size: out.style.size * 0.85 }, () =>
      out.append(` [${node.value}]`, node.position)),
  highlight: (node, out, env) => out.styled({ highlight: colours.highlight }, () => all(node.children, out, env)),
}

/**
 * Named destination of a footnote's text (footnote marks link to it): "fn-2" in a document,
 * "d3-fn-2" in a publication's third document, as the HTML writer names its anchors.
 */
export function footnoteDestination(scope: string, number: number): string {
  return `${scope}fn-${number}`
}

/** Flatten inline runs (several runs are joined, e.g. a label and its text) into styled text. */
export interface InlineRun {
  inlines: readonly Inline[]
  /** Style changes for this run (a bold number, an italic label). */
  style?: Partial<RunStyle>
  /** Text after the run: a tab (label + tab, as ITU types it) or punctuation. */
  separator?: string
  /** Structure element of the run when it is not the paragraph's (Lbl). */
  tag?: number
}

export function collectInlines(runs: readonly InlineRun[], base: RunStyle, env: InlineEnv): StyledText {
  const out = new TextBuilder(base)
  for (const run of runs) {
    const body = (): void => out.styled(run.style ?? {}, () => {
      all(run.inlines, out, env)
      if (run.separator === TAB) out.placeholder(TAB)
      else if (run.separator) out.append(run.separator, undefined, { preserve: true })
    })
    if (run.tag === undefined) body()
    else out.tagged(run.tag, body)
  }
  return out.finish()
}
