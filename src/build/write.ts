// Atomic output: write to a temporary name in the same folder, then rename, so a reader
// (or a failed build) never sees a half-written file. The artifacts of one variant are
// written together: every temporary file first, then the renames, so an error while writing
// any of them replaces none. And nothing is ever written outside the output folder: not
// through `..`, not through a symbolic link inside it.
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { isInside } from './files.js'
import { RefusedError } from './refusal.js'

/**
 * Where `path` would really be written: its deepest existing folder with links followed, plus
 * the segments still to be created. The file itself is not followed: a rename replaces a link
 * rather than writing through it.
 */
function realTarget(path: string): string {
  const absolute = resolve(path)
  let folder = dirname(absolute)
  const rest = [basename(absolute)]
  for (;;) {
    try {
      return join(realpathSync(folder), ...rest)
    } catch {}
    const parent = dirname(folder)
    if (parent === folder) return absolute
    rest.unshift(basename(folder))
    folder = parent
  }
}

/** The real path of the output folder (or of where it will be created). */
export function realOut(outDir: string): string {
  return dirname(realTarget(join(outDir, 'manifest.json')))
}

/**
 * The absolute file of an artifact given by its "/"-separated path below the output folder;
 * throws OutsideOutError when it would resolve outside, lexically or through a link.
 */
export function outputFile(outDir: string, path: string): string {
  const file = resolve(outDir, ...path.split('/'))
  if (!isInside(resolve(outDir), file) || !isInside(realOut(outDir), realTarget(file))) {
    throw new RefusedError(`"${path}" would be written outside the output folder "${outDir}"; nothing was written`)
  }
  return file
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  writeAllAtomic([{ path, data }])
}

/** Write several files all or nothing: every temporary first, then the renames. */
export function writeAllAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): void {
  const temporaries: string[] = []
  try {
    for (const { path, data } of files) {
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      // "wx": never through a file (or link) already there under the temporary name.
      rmSync(temporary, { force: true })
      writeFileSync(temporary, data, { flag: 'wx' })
      temporaries.push(temporary)
    }
  } catch (error) {
    for (const temporary of temporaries) rmSync(temporary, { force: true })
    throw error
  }
  files.forEach(({ path }, i) => renameSync(temporaries[i]!, path))
}
