// What the documents of one build share in DOCX: the parts that depend only on settings many
// documents have in common, made once. The styles part depends on the fonts, language and
// body alignment alone, yet building and formatting it for every document was a third of
// the writer's time; and most parts deflate to the same bytes in every document (zip.ts).
import { Document, Styles, type IPropertiesOptions, type IXmlableObject } from 'docx'
import { buildStyles, type StyleSettings } from './styles.js'
import { createDeflateCache, type DeflateCache } from './zip.js'

/** Made once per build and handed to every document it writes. */
export interface DocxShared {
  /** The formatted styles part of each style settings, by settings. */
  styles: Map<string, Styles>
  /** Deflated bytes of parts that came out the same in several documents. */
  deflated: DeflateCache
}

export function createDocxShared(): DocxShared {
  return { styles: new Map(), deflated: createDeflateCache() }
}

/**
 * A styles part formatted once. Formatting reads nothing of the document (ITU styles use no
 * numbering and no relationships), and neither the compiler nor docx's page layout, which
 * reads the styles to estimate TOC page numbers, changes the formatted object.
 */
class FormattedStyles extends Styles {
  constructor(private readonly xml: IXmlableObject) {
    super({})
  }

  override prepForXml(): IXmlableObject {
    return this.xml
  }
}

/** The styles part of these settings, made by docx as it makes any document's, once. */
export function sharedStyles(shared: DocxShared, settings: StyleSettings): Styles {
  const { fonts, language, justified } = settings
  const key = JSON.stringify([fonts.latin, fonts.complex, fonts.eastAsia, language, justified])
  let styles = shared.styles.get(key)
  if (!styles) {
    // A document of its own, so that docx adds its default styles as it does for every document.
    const owner = new Document({ sections: [], styles: buildStyles(settings) })
    styles = new FormattedStyles(owner.Styles.prepForXml({ file: owner, viewWrapper: owner.Document, stack: [] }))
    shared.styles.set(key, styles)
  }
  return styles
}

/** A document whose styles part is one made before (docx would build and format its own). */
export class SharedStylesDocument extends Document {
  constructor(options: IPropertiesOptions, private readonly formattedStyles: Styles) {
    super(options)
  }

  override get Styles(): Styles {
    return this.formattedStyles
  }
}
