// What `npm run build` records about the compiled code in dist/build-stamp.json, so a run need
// not work it out again: the hash of the code (part of every artifact's source hash) and the
// shipped locales already parsed and checked (parsing their YAML took a quarter of a tiny
// build's time). Each locale is kept with the hash of its text: an edited locale file is read
// and checked afresh, so the stamp can be stale but never wrong about locales. Running from
// TypeScript sources (tests), there is no stamp and everything is computed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { toFinding, type Finding } from '../model/diagnostic.js'
import type { Locale } from '../model/locale.js'
import { VFile } from 'vfile'
import type { LoadedLocales } from './locales.js'
import { sha256 } from './manifest.js'
import { compiledCodeDirs, localesDir, packageRoot, runningFromSource } from './package-root.js'

export interface BuildStamp {
  /** Hash of the compiled code (dist/src and the bundle), file names and contents. */
  code: string
  /** Valid shipped locales by file name, with the hash of the text they were read from. */
  locales: Record<string, { sha256: string; locale: Locale }>
}

const stampFile = join(packageRoot, 'dist', 'build-stamp.json')

/** Hash of every file under `dir`, names and contents, in a fixed order. */
export function folderHash(dir: string): string {
  const parts: string[] = []
  const add = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) add(path)
      else parts.push(name, readFileSync(path, 'utf8'))
    }
  }
  add(dir)
  return sha256(parts.join('\0'))
}

let stamp: BuildStamp | undefined | null

/** The stamp of the compiled code this process runs, if there is one. */
export function buildStamp(): BuildStamp | undefined {
  if (stamp === undefined) {
    try {
      stamp = runningFromSource ? null : (JSON.parse(readFileSync(stampFile, 'utf8')) as BuildStamp)
    } catch {
      stamp = null
    }
  }
  return stamp ?? undefined
}

/** A shipped locale as `npm run build` checked it, if `text` is still the text of its file. */
export function stampedLocale(name: string, text: string): Locale | undefined {
  const entry = buildStamp()?.locales[name]
  return entry && entry.sha256 === sha256(text) ? entry.locale : undefined
}

/** The shipped locales, with the hash of their files (part of every artifact's source hash). */
export interface ShippedLocales extends LoadedLocales {
  /** Hash of the locale files' names and texts. */
  hash: string
}

/** The last read of locales/ and what its files looked like then (names, sizes, times, working folder). */
let lastRead: { signature: string; result: Promise<ShippedLocales> } | undefined

/** What tells the locale files changed without reading them: a preview or a watch sees an edit. */
function localesSignature(names: readonly string[]): string {
  return [process.cwd(), ...names.map((name) => {
    const stat = statSync(join(localesDir, name), { bigint: true })
    return `${name}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`
  })].join('\0')
}

/**
 * Every locale of locales/, taken from the stamp while their files are unchanged: what the
 * commands read locales through, so none pays for parsing YAML that `npm run build` checked.
 * Only when a file was edited since are the YAML parser and the schema (locales.ts) loaded.
 * A build asks several times (its fingerprint, its findings, each job, the site index): the
 * files are read once, and again only when one of them changed.
 */
export function loadShippedLocales(): Promise<ShippedLocales> {
  const names = readdirSync(localesDir).filter((f) => f.endsWith('.yaml')).sort()
  const signature = localesSignature(names)
  if (lastRead?.signature !== signature) lastRead = { signature, result: readShippedLocales(names) }
  return lastRead.result
}

async function readShippedLocales(names: readonly string[]): Promise<ShippedLocales> {
  const files = names.map((name) => {
    const path = join(localesDir, name)
    return new VFile({ path: relative(process.cwd(), path), value: readFileSync(path, 'utf8') })
  })
  const hash = sha256(names.flatMap((name, i) => [name, String(files[i]!.value)]).join('\0'))
  const stamped = names.map((name, i) => stampedLocale(name, String(files[i]!.value)))
  if (stamped.some((locale) => !locale)) return { ...(await import('./locales.js')).loadLocales(localesDir, stampedLocale), hash }
  return { locales: new Map(stamped.map((locale) => [locale!.lang, locale!])), files, hash }
}

/** The locales, and the problems of itudoc's own locale files as findings. */
export async function localeEnv(): Promise<{ locales: Map<string, Locale>; findings: Finding[]; hash: string }> {
  const { locales, files, hash } = await loadShippedLocales()
  return { locales, findings: files.flatMap((file) => file.messages.map((m) => toFinding(m, file.path))), hash }
}

/** Write dist/build-stamp.json (run by `npm run build`, after compiling). */
export async function writeBuildStamp(): Promise<void> {
  const { checkLocale } = await import('./locales.js')
  const entries: BuildStamp['locales'] = {}
  for (const name of readdirSync(localesDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(localesDir, name), 'utf8')
    const locale = checkLocale(new VFile({ path: name, value: text }))
    if (locale) entries[name] = { sha256: sha256(text), locale }
  }
  // Whichever of the two the CLI runs, its outputs carry the same code hash.
  const code = sha256(compiledCodeDirs.filter((dir) => existsSync(dir)).map(folderHash).join('\0'))
  writeFileSync(stampFile, `${JSON.stringify({ code, locales: entries } satisfies BuildStamp)}\n`)
}
