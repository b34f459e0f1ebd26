// Atomic output: write to a temporary name in the same folder, then rename, so a reader
// (or a failed build) never sees a half-written file. The artifacts of one variant are
// written together: every temporary file first, then the renames, so an error while writing
// any of them replaces none. One artifact may go ahead of its siblings (a document's HTML
// while its DOCX and PDF are rendered) as long as the file it replaces is kept until they are
// written, and put back if they are not. And nothing is ever written outside the output
// folder: not through `..`, not through a symbolic link inside it.
import { constants, copyFileSync, linkSync, mkdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
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
      // The native call: one system call, where the JavaScript one looks at every segment
      // (this runs for each artifact of every up-to-date check).
      return join(realpathSync.native(folder), ...rest)
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

/** Remove a file if it is there: one unlink, where rmSync looks at the path in JavaScript first. */
function removeIfThere(path: string): void {
  try {
    unlinkSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/**
 * Make a temporary file beside `path` with `create` (which must refuse a name already taken:
 * never writing through a file or link left there), its folders created when missing;
 * returns the temporary's name. A build writes hundreds of files into folders that mostly
 * exist, and a temporary of the same name (left by a process of the same id, stopped in the
 * middle of a write) is rarer still: the folders are made, and such a leftover removed, only
 * when the file cannot be made (each had cost a system call for every file written).
 */
function makeTemporary(path: string, create: (temporary: string) => void): string {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    create(temporary)
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException
    if (code === 'EEXIST') removeIfThere(temporary)
    else if (code === 'ENOENT') mkdirSync(dirname(path), { recursive: true })
    else throw error
    create(temporary)
  }
  return temporary
}

/** Write `data` to a temporary file beside `path`; returns the temporary's name. */
function writeTemporary(path: string, data: string | Uint8Array): string {
  return makeTemporary(path, (temporary) => writeFileSync(temporary, data, { flag: 'wx' }))
}

/**
 * Copy the file `source` to `path` atomically: the kernel copies, no byte passes through
 * JavaScript, and a file system that can shares the blocks until either file changes (a
 * copy-on-write clone). Never a hard link: a tool writing into the output file in place
 * would change the installed file too.
 */
export function copyAtomic(source: string, path: string): void {
  renameSync(makeTemporary(path, (temporary) => copyFileSync(source, temporary, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE)), path)
}

/** Write several files all or nothing: every temporary first, then the renames. */
export function writeAllAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): void {
  const temporaries: string[] = []
  try {
    for (const { path, data } of files) temporaries.push(writeTemporary(path, data))
  } catch (error) {
    for (const temporary of temporaries) removeIfThere(temporary)
    throw error
  }
  files.forEach(({ path }, i) => renameSync(temporaries[i]!, path))
}

/** A file written ahead of the others of its set, until the set is known to be complete. */
export interface Provisional {
  /** The set is written: forget the file this one replaced. */
  commit(): void
  /** The set failed: put back the file this one replaced (or remove it if there was none). */
  rollback(): void
}

/**
 * Write one file at once (atomically), keeping the file it replaces as a hard link beside it
 * until commit or rollback: a reader sees the new file right away, and a failure later in
 * its set leaves the old one exactly as it was. Undefined, with nothing written, where the
 * old file cannot be kept (a file system without hard links): the caller writes it with the
 * rest of its set then.
 */
export function writeProvisional(path: string, data: string | Uint8Array): Provisional | undefined {
  const kept = `${path}.${process.pid}.old`
  removeIfThere(kept)
  let hadFile = true
  try {
    // A hard link, not a copy: instant whatever the size, and a link planted at `path` is
    // kept as the link it is (link(2) does not follow it), as the rename back restores it.
    linkSync(path, kept)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined
    hadFile = false
  }
  try {
    renameSync(writeTemporary(path, data), path)
  } catch (error) {
    removeIfThere(`${path}.${process.pid}.tmp`)
    removeIfThere(kept)
    throw error
  }
  return {
    commit: () => removeIfThere(kept),
    rollback: () => (hadFile ? renameSync(kept, path) : removeIfThere(path)),
  }
}
