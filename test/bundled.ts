// Library code as scripts/bundle.js compiles it into a bundle, with the plugins that patch it:
// the tests of those patches (bundled-pdfkit, bundled-docx) run what the CLI runs.
import { build, type Metafile, type Plugin } from 'esbuild'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export const root = join(import.meta.dirname, '..')

/**
 * Bundle `contents` (an ES module importing what is to be tested) with the plugin exported as
 * `plugin` by the script `script` of scripts/, and run it as load-bundle.ts runs a bundle,
 * with the require of a file in dist/bundle. Its exports, code and metafile.
 */
export async function runBundled<T>(script: string, plugin: string, contents: string): Promise<{ exports: T; code: string; metafile: Metafile }> {
  // A script of scripts/, which the type checker does not read.
  const plugins = (await import(join(root, 'scripts', script))) as Record<string, Plugin>
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [plugins[plugin]!],
  })
  const code = result.outputFiles[0]!.text
  const file = join(root, 'dist', 'bundle', 'bundled-test.cjs')
  const module = { exports: {} as T }
  new Function('exports', 'require', 'module', '__filename', '__dirname', code)(module.exports, createRequire(file), module, file, join(root, 'dist', 'bundle'))
  return { exports: module.exports, code, metafile: result.metafile }
}
