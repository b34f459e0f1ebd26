// A published text's pages (template `published`): the cover page becomes the document's
// cover, and the body is divided into runs of pages — the front matter (the title block,
// the Summary, History and Keywords lifted out of the body, the Foreword, the contents …,
// page by page, on pages numbered i, ii …) and the body (the title block again, then the
// clauses, from page 1). Runs are marked by `pageRun` blocks in the flat list of blocks, so
// the sections stay top-level blocks for the validator and the language-parity checks.
import type { Position } from 'unist'
import type { Block, Cover, PageRun, Section } from '../model/nodes.js'
import type { CoverSpec, FrontItem, PublishedSpec } from '../model/template.js'
import type { ResolveContext } from './context.js'
import { buildToc } from './toc.js'

export interface PublishEnv {
  spec: PublishedSpec
  ctx: ResolveContext
  /** The template's cover (the title block), resolved afresh for each place it stands. */
  titleBlock(): Cover
  /** Lines of parts resolved into a cover node. */
  lines(spec: CoverSpec): Cover
  position: Position
}

function pageRun(role: PageRun['role'], numbering: PageRun['numbering'], position: Position): PageRun {
  return { type: 'pageRun', role, numbering: { ...numbering }, position }
}

/**
 * Take the top-level sections of a kind that stand before the text proper (its first clause,
 * call or annex) out of the body; an "Introduction" inside clause 6 stays where it is.
 */
function lift(body: Block[], role: Section['role']): Section[] {
  const taken: Section[] = []
  const text = body.findIndex((block) => block.type === 'heading' || block.type === 'call' || block.type === 'annex')
  for (let i = (text < 0 ? body.length : text) - 1; i >= 0; i--) {
    const block = body[i]!
    if (block.type === 'section' && block.role === role) taken.unshift(...(body.splice(i, 1) as Section[]))
  }
  return taken
}

/** The Bibliography is an entry of the contents: give it an anchor if it has none. */
function anchorBibliography(body: Block[], ctx: ResolveContext): void {
  for (const block of body) {
    if (block.type !== 'section' || block.role !== 'bibliography' || block.id) continue
    let id = 'bibliography'
    for (let n = 2; ctx.ids.has(id); n++) id = `bibliography-${n}`
    block.id = id
    ctx.ids.set(id, { node: block, position: block.position })
  }
}

/** The blocks of the body, divided into the front matter's pages and the body's. */
export function publish(children: readonly Block[], env: PublishEnv): Block[] {
  const { spec, ctx, position } = env
  const body = [...children]
  // Sections go to the front matter first, so the contents list only what stays in the body.
  const lifted = new Map<Section['role'], Section[]>()
  for (const item of spec.front.flat()) if ('section' in item) lifted.set(item.section, lift(body, item.section))
  anchorBibliography(body, ctx)

  const place = (item: FrontItem): Block[] => {
    if ('titleBlock' in item) return [env.titleBlock()]
    if ('section' in item) return lifted.get(item.section) ?? []
    if ('toc' in item) return [buildToc(body, ctx.locale.labels.contents, ctx.locale.punctuation.captionSeparator, position)]
    const cover = env.lines(item.lines)
    return cover.children.length ? [cover] : []
  }
  const pages = spec.front.map((page) => page.flatMap(place)).filter((blocks) => blocks.length)
  const front = pages.flatMap((blocks, i): Block[] => (i ? [{ type: 'pageBreak', position }, ...blocks] : blocks))
  return [
    pageRun('front', spec.frontNumbering, position),
    ...front,
    pageRun('body', spec.bodyNumbering, position),
    env.titleBlock(),
    ...body,
  ]
}
