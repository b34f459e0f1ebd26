// Units and the page geometry ITU documents use (A4, 2 cm margins; see
// shared/reference/itu-conventions.md §5.1). Word styles are defined in twips and
// centimetres; layout works in PDF points.

/** Twips (1/20 pt, Word's unit in styles.xml) → points. */
export const twips = (value: number): number => value / 20
/** Centimetres → points. */
export const cm = (value: number): number => (value * 72) / 2.54

export interface PageGeometry {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** Distance from the top edge to the running header's first baseline box. */
  headerDistance: number
  /** Distance from the bottom edge to the running footer's last line box. */
  footerDistance: number
}

/** A4 portrait with the ITU template margins (1134 tw all round, header 425 tw, footer 709 tw). */
export const a4: PageGeometry = {
  width: 595.28,
  height: 841.89,
  margin: { top: twips(1134), right: twips(1134), bottom: twips(1134), left: twips(1134) },
  headerDistance: twips(425),
  footerDistance: twips(709),
}

/** The same sheet turned sideways, for tables marked `landscape=true`. */
export function landscape(page: PageGeometry): PageGeometry {
  return { ...page, width: page.height, height: page.width }
}

export type Orientation = 'portrait' | 'landscape'

export function geometry(orientation: Orientation): PageGeometry {
  return orientation === 'portrait' ? a4 : landscape(a4)
}

/** Width of the text area between the margins. */
export function textWidth(page: PageGeometry): number {
  return page.width - page.margin.left - page.margin.right
}

/** Height of the text area between the margins. */
export function textHeight(page: PageGeometry): number {
  return page.height - page.margin.top - page.margin.bottom
}
