// What the bundle's patches of libraries share (bundled-fontkit.js, bundled-pdfkit.js,
// bundled-docx.js): a rewrite must find the library's text as expected, or the bundle is not
// built. A library that changed is looked at again, never patched wrongly.
import { readFile } from 'node:fs/promises'

/** `code` with each `[from, to]` applied; `from` must occur exactly once. `library` and `script` name them in the message. */
export function replaceOnce(code, file, rewrites, { library, script }) {
  for (const [from, to] of rewrites) {
    const found = code.split(from).length - 1
    if (found !== 1) throw new Error(`${file}: expected this text of ${library} once, found it ${found} times; has ${library} changed? (${script})\n${from}`)
    code = code.replace(from, () => to)
  }
  return code
}

/** An esbuild onLoad callback giving a library file's text through `patch(code, file)`. */
export const loadPatched = (patch) => async (args) => ({ contents: patch(await readFile(args.path, 'utf8'), args.path), loader: 'js' })
