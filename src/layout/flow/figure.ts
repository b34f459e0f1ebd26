// Figures: the image centred, scaled to fit the column and at most part of a page, kept
// with its caption below ("Figure 1 – Title", bold, centred). An image layout cannot draw
// (not PNG or JPEG) becomes a framed placeholder with its alternative text, and a finding.
import type { BlockMap } from '../../model/nodes.js'
import type { Item } from '../frame.js'
import { rules, styles } from '../styles.js'
import { geometry, textHeight } from '../units.js'
import type { BlockHandler } from './context.js'
import { emptySlice } from './slice.js'
import { label } from './text.js'

/** A figure takes at most this share of the text area's height, leaving room for its caption. */
const maxShare = 0.6
/** Pixels are taken at 96 per inch, as browsers and Word do without other information. */
const pointsPerPixel = 0.75

export const figureHandlers: { figure: BlockHandler<BlockMap['figure']> } = {
  figure: (node, flow, env) => {
    const tag = flow.kit.struct.add('Figure', env.tag, { alt: node.alt })
    const size = flow.images.size(node.src)
    const maxHeight = textHeight(geometry(env.orientation)) * maxShare
    let width: number
    let height: number
    if (size) {
      const scale = Math.min(1, env.width / (size.width * pointsPerPixel), maxHeight / (size.height * pointsPerPixel))
      width = size.width * pointsPerPixel * scale
      height = size.height * pointsPerPixel * scale
    } else {
      flow.kit.problems.push({ kind: 'unsupportedImage', src: node.src, position: node.position })
      width = env.width / 2
      height = 72
    }
    const x = env.left + (env.width - width) / 2
    const rect = { x, y: 0, width, height }
    const items: Item[] = node.id ? [{ kind: 'destination', name: node.id, x: env.left, y: 0 }] : []
    items.push(size ? { kind: 'image', rect, src: node.src, tag } : { kind: 'rect', rect, stroke: '#808080', lineWidth: rules.hairline })
    flow.emit({ ...emptySlice(env.orientation), height, before: styles.figure.before, keepWithNext: true, items })
    if (!size) flow.paragraph([{ inlines: label(node.alt, node.position) }], { ...styles.figureCaption, bold: false }, { ...env, tag }, { keepWithNext: true })
    const caption = node.caption
    flow.paragraph([{ inlines: label(caption.label, node.position), separator: caption.separator }, { inlines: caption.text }], styles.figureCaption, env, { role: 'Caption' })
  },
}
