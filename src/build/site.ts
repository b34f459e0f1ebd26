// out/index.html: every document of the build, grouped by folder, with its title, template and
// number and, per language, links to its HTML, DOCX and PDF. Made from the manifest alone, so
// a merged sharded build writes the very same page as a single build. Relative links only:
// the page works from file:// and from a server.
import { languages } from '../model/languages.js'
import type { Locale } from '../model/locale.js'
import { escapeHtml, hrefOf } from '../render/html/nav.js'
import { loadShippedLocales } from './build-stamp.js'
import { serializeManifest, type Manifest, type ManifestEntry } from './manifest.js'
import { limits, readRegular } from './files.js'
import { outputFile, writeAtomic } from './write.js'

const formatOrder = ['html', 'docx', 'pdf']
const byKey = <T>(key: (item: T) => string | number) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)

interface SiteDocument { id: string; folder: string; entries: ManifestEntry[] }

function documentsOf(artifacts: readonly ManifestEntry[]): SiteDocument[] {
  const documents = new Map<string, SiteDocument>()
  for (const entry of artifacts) {
    const folder = entry.document.includes('/') ? entry.document.slice(0, entry.document.lastIndexOf('/')) : ''
    const document = documents.get(entry.document) ?? { id: entry.document, folder, entries: [] }
    document.entries.push(entry)
    documents.set(entry.document, document)
  }
  return [...documents.values()].sort(byKey((d) => d.id))
}

const langRank = (lang: string): number => {
  const rank = (languages as readonly string[]).indexOf(lang)
  return rank < 0 ? languages.length : rank
}

/** The index page of the artifacts; `locales` give each language's name and direction. */
export function siteHtml(manifest: Manifest, locales: ReadonlyMap<string, Locale>): string {
  const documents = documentsOf(manifest.artifacts)
  const folders = [...new Set(documents.map((d) => d.folder))].sort()
  const sections = folders.map((folder) => {
    const rows = documents.filter((d) => d.folder === folder).map((document) => {
      const langs = [...new Set(document.entries.map((e) => e.lang))].sort(byKey(langRank))
      // The title in the first language in ITU's order (English when there is one).
      const first = document.entries.filter((e) => e.lang === langs[0]).find((e) => e.title) ?? document.entries[0]!
      const locale = locales.get(first.lang)
      const title = first.title ?? document.id
      const number = document.entries.find((e) => e.number)?.number ?? ''
      const cells = langs.map((lang) => {
        const own = locales.get(lang)
        const attrs = `lang="${lang}" dir="${own?.direction ?? 'ltr'}"`
        const links = document.entries
          .filter((e) => e.lang === lang)
          .sort(byKey((e) => formatOrder.indexOf(e.format)))
          .map((e) => `<a href="${hrefOf(e.path)}" hreflang="${lang}" aria-label="${escapeHtml(`${own?.name ?? lang} ${e.format.toUpperCase()}`)}">${e.format.toUpperCase()}</a>`)
        return `<li><span ${attrs}>${escapeHtml(own?.name ?? lang)}</span>: ${links.join(' · ')}</li>`
      })
      return [
        '<tr>',
        `<th scope="row" lang="${first.lang}" dir="${locale?.direction ?? 'ltr'}">${escapeHtml(title)}<br><code>${escapeHtml(document.id)}</code></th>`,
        `<td>${escapeHtml(first.template)}</td>`,
        `<td>${escapeHtml(number)}</td>`,
        `<td><ul>${cells.join('')}</ul></td>`,
        '</tr>',
      ].join('')
    })
    const heading = folder || '(top level)'
    const id = `folder-${folder.replace(/[^A-Za-z0-9-]/g, '-') || 'top'}`
    return [
      `<section aria-labelledby="${id}">`,
      `<h2 id="${id}">${escapeHtml(heading)}</h2>`,
      '<table>',
      '<thead><tr><th scope="col">Document</th><th scope="col">Template</th><th scope="col">Number</th><th scope="col">Languages and formats</th></tr></thead>',
      `<tbody>${rows.join('\n')}</tbody>`,
      '</table>',
      '</section>',
    ].join('\n')
  })
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(manifest.generator)}">
<title>Documents</title>
<style>
body { font: 11pt/1.5 sans-serif; margin: 0 auto; max-width: 70em; padding: 1em 2em; color: #111; background: #fff; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
th, td { text-align: start; vertical-align: top; border-bottom: 1px solid #ccc; padding: 0.4em 0.6em; }
th[scope="row"] { font-weight: normal; }
code { font-size: 9pt; color: #444; }
ul { list-style: none; margin: 0; padding: 0; }
a { color: #0645ad; }
</style>
</head>
<body>
<main>
<h1>Documents</h1>
<p>${documents.length} documents, ${manifest.artifacts.length} files.</p>
${sections.join('\n')}
</main>
</body>
</html>
`
}

/** A file of the output folder, written only when its content changes (`keepMissing`: a missing file stays missing). */
function writeChanged(outDir: string, name: string, text: string, keepMissing: boolean): void {
  const path = outputFile(outDir, name)
  const there = readRegular(path, limits.artifact)
  if (!('bytes' in there) ? !keepMissing : there.bytes.toString('utf8') !== text) writeAtomic(path, text)
}

/** out/manifest.json and out/index.html: a build with no artifacts creates neither. */
export async function writeManifestAndSite(outDir: string, manifest: Manifest): Promise<void> {
  const empty = manifest.artifacts.length === 0
  writeChanged(outDir, 'manifest.json', serializeManifest(manifest), empty)
  if (!empty) writeChanged(outDir, 'index.html', siteHtml(manifest, (await loadShippedLocales()).locales), false)
}
