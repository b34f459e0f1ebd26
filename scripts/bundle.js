// The bundled CLI (run by `npm run build`, after tsc): esbuild joins the CLI, the build worker
// and the template modules into a few files in dist/bundle/, because loading some 600 small
// ESM and CommonJS files took most of the start-up of a small build. The writers stay in
// chunks of their own, loaded only for the formats asked for. bin/itudoc.js runs the bundle
// when it is there and dist/src otherwise; the tests and the library API (package.json
// "exports") use the sources and dist/src, never the bundle.
import { build } from 'esbuild'
import { readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist', 'bundle')

// Templates are imported by path at run time (src/build/templates.ts), from
// dist/bundle/templates/<id>/template.js: entries of the same build, so they share the
// bundle's chunks (one zod, one model) instead of loading dist/src beside it.
const templates = Object.fromEntries(
  readdirSync(join(root, 'templates'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => [`templates/${entry.name}/template`, join(root, 'templates', entry.name, 'template.ts')]),
)

// zod's namespace object carries the error messages of some 50 languages (half of zod's
// code, compiled at every start), and `z` keeps them all. itudoc words its own findings
// (src/resolve/schema-messages.ts) and runs zod in English, its default: the bundle gets
// only that one.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    // The stand-in's path is a label: an absolute one would put the checkout's folder into
    // the bundle, and so into the code hash of every artifact.
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: 'zod/v4/locales/index.js', namespace: 'zod-english-only', pluginData: join(dirname(args.importer), '..', 'locales') }
        : undefined)
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: "export { default as en } from './en.js'", resolveDir: args.pluginData }))
  },
}

// fontkit imports brotli's decoder for WOFF2 fonts at load, and with it brotli's 120 KB
// dictionary, written out as a 750 KB script that was a third of what loading the layout
// engine cost (for the PDF, and for the DOCX writer's measures). itudoc ships and reads
// TrueType and OpenType faces only: the bundle gets a decoder that says so, should a WOFF2
// face ever reach fontkit.
const noWoff2 = {
  name: 'no-woff2',
  setup(build) {
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, (args) =>
      /[\\/]node_modules[\\/]fontkit[\\/]/.test(args.importer) ? { path: 'brotli/decompress.js', namespace: 'no-woff2' } : undefined)
    build.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "module.exports = () => { throw new Error('itudoc reads no WOFF2 fonts') }",
      loader: 'js',
    }))
  },
}

// Chunks without a hash get stale copies out of the way; a fresh folder keeps none.
rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  // The pool starts dist/bundle/worker.js by a URL relative to its own chunk: every chunk
  // and both entries must sit in dist/bundle itself.
  entryPoints: { itudoc: 'src/cli/bin.ts', worker: 'src/build/worker.ts', ...templates },
  chunkNames: '[name]-[hash]',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // pdfkit finds its own data files through its package.json ("#standard-fonts/…" imports,
  // data/*.icc beside its code): it must be loaded from node_modules as it is.
  external: ['pdfkit'],
  // CommonJS dependencies call require() for Node's modules, which ESM output lacks.
  banner: { js: "import { createRequire as __itudocCreateRequire } from 'node:module'; const require = __itudocCreateRequire(import.meta.url);" },
  plugins: [zodEnglishOnly, noWoff2],
  // Maps name the TypeScript sources in the stack of an internal error; Node reads them only
  // when bin/itudoc.js turns them on (ITUDOC_DEBUG), so they cost nothing otherwise.
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
})
