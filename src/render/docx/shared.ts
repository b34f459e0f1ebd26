// What the documents of one build share in DOCX: the parts that depend only on settings many
// documents have in common, made and formatted once. The styles part depends on the fonts,
// language and body alignment alone, and the theme is docx's Office theme in every document,
// yet building and formatting them again for every document was a third of the writer's
// time. Most parts also deflate to the same bytes in every document (zip.ts).
import { Document, type BaseXmlComponent, type IContext, type IPropertiesOptions, type IXmlableObject, type Styles, type Theme } from 'docx'
import { buildStyles, type StyleSettings } from './styles.js'
import { createDeflateCache, type DeflateCache } from './zip.js'

/** Made once per build and handed to every document it writes. */
export interface DocxShared {
  /** The formatted styles part of each style settings, by settings. */
  styles: Map<string, Styles>
  /** The formatted theme part, the same in every document. */
  theme?: Theme
  /** Deflated bytes of parts that came out the same in several documents. */
  deflated: DeflateCache
}

export function createDocxShared(): DocxShared {
  return { styles: new Map(), deflated: createDeflateCache() }
}

/**
 * `component` as it formats in `context`, formatted there once: what docx then formats in
 * every document is this XML object. Only for parts that read nothing of their document
 * (ITU styles use no numbering and no relationships); neither docx's compiler nor its page
 * layout, which reads the styles and theme to estimate TOC page numbers, changes the object.
 * Everything else (a theme's colours) is still read from the component.
 */
function formattedOnce<T extends BaseXmlComponent>(component: T, context: IContext): T {
  const xml = component.prepForXml(context)
  if (!xml) throw new Error(`DOCX writer: docx formatted no ${component.constructor.name}`)
  return Object.assign(Object.create(component) as T, { prepForXml: (): IXmlableObject => xml })
}

/** A document of its own, for docx to make a part as it makes it for any document. */
function partsOwner(options: Omit<IPropertiesOptions, 'sections'>): { owner: Document; context: IContext } {
  const owner = new Document({ sections: [], ...options })
  return { owner, context: { file: owner, viewWrapper: owner.Document, stack: [] } }
}

/** The styles part of these settings, with the default styles docx adds to every document. */
export function sharedStyles(shared: DocxShared, settings: StyleSettings): Styles {
  const { fonts, language, justified } = settings
  const key = JSON.stringify([fonts.latin, fonts.complex, fonts.eastAsia, language, justified])
  let styles = shared.styles.get(key)
  if (!styles) {
    const { owner, context } = partsOwner({ styles: buildStyles(settings) })
    styles = formattedOnce(owner.Styles, context)
    shared.styles.set(key, styles)
  }
  return styles
}

/** docx's Office theme, which every document carries (none asks for another). */
export function sharedTheme(shared: DocxShared): Theme {
  if (!shared.theme) {
    const { owner, context } = partsOwner({})
    shared.theme = formattedOnce(owner.Theme, context)
  }
  return shared.theme
}

/** The parts a document takes from those made before, instead of building and formatting its own. */
export interface SharedParts {
  styles: Styles
  theme: Theme
}

/** A document whose styles and theme are parts made before. */
export class SharedPartsDocument extends Document {
  constructor(options: IPropertiesOptions, private readonly shared: SharedParts) {
    super(options)
  }

  override get Styles(): Styles {
    return this.shared.styles
  }

  override get Theme(): Theme {
    return this.shared.theme
  }
}
