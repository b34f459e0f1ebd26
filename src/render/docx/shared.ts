// What the documents of one build share in DOCX: the parts that depend only on settings many
// documents have in common, made, formatted and written out once. The styles part depends on
// the fonts, language and body alignment alone, and the theme is docx's Office theme in every
// document, yet building, formatting and writing them again for every document was a third
// of the writer's time. Most parts also deflate to the same bytes in every document (zip.ts).
import { Document, type BaseXmlComponent, type IPropertiesOptions, type IXmlableObject, type Styles, type Theme } from 'docx'
import { compiler, type PartOverride } from './compiler.js'
import { buildStyles, type StyleSettings } from './styles.js'
import { createDeflateCache, type DeflateCache } from './zip.js'

/** A part made once: its component, formatted once, and its XML as the package holds it. */
export interface SharedPart<T> {
  component: T
  /** The component formatting to an empty element, for the compiler to format when it is given the part's XML. */
  blank: T
  /** The part's path and XML. */
  override: PartOverride
}

/** Made once per build and handed to every document it writes. */
export interface DocxShared {
  /** The styles part of each style settings, by settings. */
  styles: Map<string, SharedPart<Styles>>
  /** The theme part, the same in every document. */
  theme?: SharedPart<Theme>
  /** Deflated bytes of parts that came out the same in several documents. */
  deflated: DeflateCache
}

/** `threadPool`: large parts may be deflated in zlib's thread pool (../deflate.ts). */
export function createDocxShared({ threadPool = true }: { threadPool?: boolean } = {}): DocxShared {
  return { styles: new Map(), deflated: createDeflateCache({ threadPool }) }
}

/**
 * `component`, answering every request to format it with `xml`. docx formats a part again for
 * every document, and page layout reads the styles and theme back to estimate TOC page
 * numbers; neither changes the object. Everything else (a theme's colours) is still read
 * from the component.
 */
function formattedAs<T extends BaseXmlComponent>(component: T, xml: IXmlableObject): T {
  return Object.assign(Object.create(component) as T, { prepForXml: (): IXmlableObject => xml })
}

/** A part of `owner` as docx compiled it, and its component formatted as it was written. */
function sharedPart<T extends BaseXmlComponent>(owner: Document, compiled: ReadonlyMap<string, unknown>, component: T, path: string): SharedPart<T> {
  const xml = component.prepForXml({ file: owner, viewWrapper: owner.Document, stack: [] })
  const data = compiled.get(path)
  if (!xml || typeof data !== 'string') throw new Error(`DOCX writer: docx made no ${path}`)
  const root = Object.keys(xml)[0]!
  return { component: formattedAs(component, xml), blank: formattedAs(component, { [root]: {} }), override: { path, data } }
}

/**
 * The styles part of these settings (with the default styles docx adds to every document)
 * and docx's Office theme, which every document carries (none asks for another). The first
 * time either is asked for, docx makes them as for any document, in a document of its own.
 * Only parts that read nothing of their document are shared: ITU styles use no numbering
 * and no relationships.
 */
export function sharedParts(shared: DocxShared, settings: StyleSettings): SharedParts {
  const { fonts, language, justified } = settings
  const key = JSON.stringify([fonts.latin, fonts.complex, fonts.eastAsia, language, justified])
  let styles = shared.styles.get(key)
  if (!styles || !shared.theme) {
    const owner = new Document({ sections: [], styles: buildStyles(settings) })
    const compiled = compiler.compile(owner)
    styles ??= sharedPart(owner, compiled, owner.Styles, 'word/styles.xml')
    shared.styles.set(key, styles)
    shared.theme ??= sharedPart(owner, compiled, owner.Theme, 'word/theme/theme1.xml')
  }
  return { styles, theme: shared.theme }
}

/** The parts a document takes from those made before, instead of building its own. */
export interface SharedParts {
  styles: SharedPart<Styles>
  theme: SharedPart<Theme>
}

/**
 * A document whose styles and theme are parts made before. When nothing reads them back
 * while the package is compiled, the compiler is given their XML as overrides and formats
 * blanks in their place, rather than write the same XML out again; docx reads them back
 * only to lay out page numbers, in documents with page references.
 */
export class SharedPartsDocument extends Document {
  private readonly parts: { styles: Styles; theme: Theme }
  /** The parts to give the compiler ready-made. */
  readonly overrides: readonly PartOverride[]

  constructor(options: IPropertiesOptions, shared: SharedParts, { isReadBack }: { isReadBack: boolean }) {
    super(options)
    const { styles, theme } = shared
    this.parts = isReadBack ? { styles: styles.component, theme: theme.component } : { styles: styles.blank, theme: theme.blank }
    this.overrides = isReadBack ? [] : [styles.override, theme.override]
  }

  override get Styles(): Styles {
    return this.parts.styles
  }

  override get Theme(): Theme {
    return this.parts.theme
  }
}
