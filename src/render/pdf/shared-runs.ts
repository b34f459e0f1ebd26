// pdfkit shapes text again for every document it draws (its shaping cache lives in the
// per-document font object), and for right-to-left runs on every occurrence; shaping
// (fontkit's GSUB and GPOS lookups) was a fifth of a PDF build. The fonts are parsed once
// per build (index.ts), so each distinct (font, features, text) is shaped once per build
// here and the run reused by every document. Shaping is a function of the font and the text
// alone (glyphs.ts gives each glyph the characters of its own call), so a document's bytes
// do not depend on the documents drawn before it.
import type * as fontkit from 'fontkit'

/** The part of pdfkit's EmbeddedFont this cache replaces. */
export interface RunShaper {
  font: fontkit.Font
  layoutRun(text: string, features?: unknown): unknown
}

// pdfkit scales a run's positions to its 1000-unit space in place; the scale is the font's
// own (1000 / units per em), the same for every document, so scaled runs are shared as they are.
const runsByFont = new WeakMap<fontkit.Font, Map<string, unknown>>()
const sharing = new WeakSet<object>()

/** Make one document's pdfkit font take its shaped runs from (and give them to) the build-wide cache. */
export function shareShapedRuns(embedded: RunShaper): void {
  if (sharing.has(embedded)) return
  sharing.add(embedded)
  let runs = runsByFont.get(embedded.font)
  if (!runs) runsByFont.set(embedded.font, (runs = new Map()))
  const shape = embedded.layoutRun.bind(embedded)
  embedded.layoutRun = (text, features) => {
    const key = `${Array.isArray(features) ? features.join(',') : features === undefined ? '-' : JSON.stringify(features)}\u0000${text}`
    let run = runs.get(key)
    if (run === undefined) {
      run = shape(text, features)
      runs.set(key, run)
    }
    return run
  }
}
