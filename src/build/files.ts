// Reading the files a build is made from, defensively: every path is resolved with symlinks
// followed and must stay inside the sources root; only regular files are read (a FIFO would
// block the build, /dev/zero would never end), each up to a size limit. Every refusal is a
// plain value the caller turns into a finding at the place that named the file.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Size limits (bytes), documented in docs/rules.md (source/too-large). */
export const limits = {
  /** A Markdown variant: ten times the largest real ITU text, and still built in a few minutes. */
  markdown: 16 * 1024 * 1024,
  /** document.yaml (and the front matter: resolve checks it). */
  yaml: 1024 * 1024,
  /** An image. */
  image: 32 * 1024 * 1024,
  /** An artifact of an earlier build, read back to check that it is unchanged. */
  artifact: 1024 * 1024 * 1024,
} as const

export type Refusal =
  /** Does not exist (or a dangling symlink). */
  | { status: 'missing' }
  /** Resolves (through a symlink or `..`) outside the sources root. */
  | { status: 'escape' }
  /** Not a regular file: a folder, FIFO, socket or device, or a symlink loop, or unreadable. */
  | { status: 'unreadable'; reason: string }
  | { status: 'too-large'; size: number; limit: number }

/** Whether `path` is `folder` or lies below it (both absolute, already resolved). */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path)
  return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside))
}

/** Why a file system call failed, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ELOOP') return 'a symbolic link that leads to itself (a loop)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENAMETOOLONG') return 'the path is too long'
  if (code === 'ENOTDIR') return 'a part of the path is not a folder'
  return (error as Error).message
}

/** The real path (symlinks followed) of `path`, or why there is none. */
export function realPath(path: string): { real: string } | Refusal {
  try {
    return { real: realpathSync(path) }
  } catch (error) {
    const code = (error as { code?: string }).code
    return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', reason: reasonOf(error) }
  }
}

/** The real path of a sources root (the root itself may be reached through a symlink). */
export function realRoot(root: string): string {
  const found = realPath(root)
  return 'real' in found ? found.real : resolve(root)
}

/** `path`'s real location, if it stays inside the (real) root. */
export function resolveInside(realRootPath: string, path: string): { real: string } | Refusal {
  const found = realPath(path)
  if (!('real' in found)) return found
  return isInside(realRootPath, found.real) ? found : { status: 'escape' }
}

const kindOf = (mode: number): string => {
  const type = mode & constants.S_IFMT
  if (type === constants.S_IFDIR) return 'a folder'
  if (type === constants.S_IFIFO) return 'a FIFO (named pipe)'
  if (type === constants.S_IFCHR || type === constants.S_IFBLK) return 'a device'
  if (type === constants.S_IFSOCK) return 'a socket'
  return 'not a regular file'
}

/**
 * Read a regular file of at most `limit` bytes. Opened without blocking (a FIFO would
 * otherwise wait for a writer) and checked on the open descriptor, so nothing swapped in
 * between the check and the read is read.
 */
export function readRegular(path: string, limit: number): { bytes: Buffer } | Refusal {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as { code?: string }).code
    return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', reason: reasonOf(error) }
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) return { status: 'unreadable', reason: kindOf(stats.mode) }
    if (stats.size > limit) return { status: 'too-large', size: stats.size, limit }
    // The size can change while reading (a file being written): never read past the limit.
    const bytes = Buffer.alloc(Math.min(stats.size, limit) + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, bytes, length, bytes.length - length, null)
      if (read === 0) break
      length += read
      if (length > limit) return { status: 'too-large', size: length, limit }
    }
    return { bytes: bytes.subarray(0, length) }
  } catch (error) {
    return { status: 'unreadable', reason: reasonOf(error) }
  } finally {
    closeSync(fd)
  }
}

/** Read a file that must resolve inside the real sources root. */
export function readInside(realRootPath: string, path: string, limit: number): { bytes: Buffer; real: string } | Refusal {
  const found = resolveInside(realRootPath, path)
  if (!('real' in found)) return found
  const read = readRegular(found.real, limit)
  return 'bytes' in read ? { bytes: read.bytes, real: found.real } : read
}

/** "12.3 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Read an asset named by a resolved tree (relative to the sources root) for a writer, with the same checks. */
export function readAsset(root: string, src: string): Uint8Array {
  const read = readInside(realRoot(root), join(root, src), limits.image)
  if (!('bytes' in read)) throw new Error(`the image "${src}" cannot be read (${read.status}) although resolve accepted it`)
  return read.bytes
}
