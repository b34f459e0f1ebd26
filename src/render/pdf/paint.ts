// Painting one page's items with pdfkit, exactly where layout put them: text runs at their
// baselines (shaped the way layout measured them), rules, rectangles, images, links and
// named destinations. No measuring, no wrapping, no decisions.
import type PDFDocument from 'pdfkit'
import type { Item, Page } from '../../layout/frame.js'
import type { Tagger } from './tags.js'
import type { TextWriter } from './text.js'

type Doc = InstanceType<typeof PDFDocument>

export interface PaintContext {
  doc: Doc
  tagger: Tagger
  text: TextWriter
  /** Image bytes by source path. */
  image(src: string): Uint8Array | undefined
}

function paintItem(item: Item, ctx: PaintContext): void {
  const { doc, tagger } = ctx
  switch (item.kind) {
    case 'text':
      tagger.mark(item.tag)
      ctx.text.write(item)
      return
    case 'line':
      tagger.mark(undefined)
      doc.save().moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).strokeColor(item.color ?? '#000000').stroke().restore()
      return
    case 'rect': {
      tagger.mark(undefined)
      const { x, y, width, height } = item.rect
      doc.save().rect(x, y, width, height)
      if (item.fill) doc.fillColor(item.fill)
      if (item.stroke) doc.lineWidth(item.lineWidth ?? 0.5).strokeColor(item.stroke)
      if (item.fill && item.stroke) doc.fillAndStroke()
      else if (item.fill) doc.fill()
      else doc.stroke()
      doc.restore()
      return
    }
    case 'image': {
      const data = ctx.image(item.src)
      if (!data) return
      tagger.mark(item.tag)
      doc.image(Buffer.from(data.buffer, data.byteOffset, data.byteLength), item.rect.x, item.rect.y, { width: item.rect.width, height: item.rect.height })
      return
    }
    case 'link': {
      const { x, y, width, height } = item.rect
      const options = item.tag !== undefined ? { structParent: tagger.element(item.tag) } : {}
      if (item.url) doc.link(x, y, width, height, item.url, options as PDFKit.Mixins.AnnotationOption)
      else if (item.destination) doc.goTo(x, y, width, height, item.destination, options as PDFKit.Mixins.AnnotationOption)
      return
    }
    case 'destination':
      doc.addNamedDestination(item.name, 'XYZ', item.x, item.y, null as unknown as number)
      return
  }
}

export function paintPage(page: Page, ctx: PaintContext): void {
  ctx.doc.addPage({ size: [page.width, page.height], margin: 0 })
  ctx.tagger.startPage(page.number)
  for (const item of page.items) paintItem(item, ctx)
  ctx.tagger.close()
}
