// The bundled CLI (run by `npm run build`, after tsc): esbuild joins the command line into
// one CommonJS script, dist/bundle/itudoc.cjs; the build command into build.cjs; what builds
// a variant (parser, resolve, HTML writer, template modules) into jobs.cjs, loaded once a
// variant is to be built; the PDF writer with the layout engine (which the DOCX writer measures
// with too) and pdfkit into writers.cjs, and the DOCX writer into docx.cjs, each loaded only
// when a build asks for a format that needs it; the other commands into commands.cjs. Loading some 600 small ESM and CommonJS files took most of the start-up of a
// small build; compiling one large ES module still took a fifth of it, and Node 20 caches no
// compiled code for modules. A script run through vm.Script can have a V8 code cache
// (src/cli/load-bundle.ts, which bin/itudoc.js and the worker load from dist/bundle/load.js),
// hence CommonJS, one file per bundle, and no import() left inside one. bin/itudoc.js runs
// the bundle when it is there and dist/src otherwise; the tests and the library API
// (package.json "exports") use the sources and dist/src, never the bundle.
import { build } from 'esbuild'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundledBidi } from './bundled-bidi.js'
import { bundledFontkit } from './bundled-fontkit.js'
import { bundledPdfkit } from './bundled-pdfkit.js'
import { bundledDocx } from './bundled-docx.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist', 'bundle')
const loader = join(root, 'src', 'cli', 'load-bundle.ts')

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

// The Unicode tries that fontkit (with unicode-properties) and linebreak make when loaded are
// raw DEFLATE data, inflated by tiny-inflate: JavaScript that runs cold at every start, some
// 15 ms of setting up layout. Node's zlib inflates the same bytes in a quarter of the time.
// tiny-inflate's contract: fill `dest` and return it, or the part of it filled.
const nativeInflate = {
  name: 'native-inflate',
  setup(build) {
    build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'native-inflate' }))
    build.onLoad({ filter: /.*/, namespace: 'native-inflate' }, () => ({
      contents: [
        "const { inflateRawSync } = require('node:zlib')",
        'module.exports = (source, dest) => {',
        '  const out = inflateRawSync(source)',
        '  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out)',
        '  return out.length < dest.length ? dest.slice(0, out.length) : dest',
        '}',
      ].join('\n'),
      loader: 'js',
    }))
  },
}

// Templates are imported by path from dist/ (src/build/templates.ts); in the bundle, every
// template folder's module is compiled in and required when the templates are loaded.
const templateIds = readdirSync(join(root, 'templates'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort()
const compiledTemplates = {
  name: 'compiled-templates',
  setup(build) {
    build.onResolve({ filter: /\/bundled-templates\.js$/ }, () => ({ path: 'bundled-templates', namespace: 'compiled-templates' }))
    build.onLoad({ filter: /.*/, namespace: 'compiled-templates' }, () => ({
      contents: `export const bundledTemplates = {\n${templateIds.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(`./templates/${id}/template.ts`)}),`).join('\n')}\n}\n`,
      resolveDir: root,
      loader: 'js',
    }))
  },
}

// Every page shell source under templates/ (.hbs), precompiled with the options the HTML writer
// compiles them with (src/render/html/precompiled-shells.ts says why), keyed by its text.
const require = createRequire(import.meta.url)
const { shellCompileOptions } = await import('../dist/src/render/html/page.js')
const hbsFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? hbsFiles(join(dir, entry.name)) : entry.name.endsWith('.hbs') ? [join(dir, entry.name)] : [])
const precompiledShells = {
  name: 'precompiled-shells',
  setup(build) {
    build.onResolve({ filter: /\/precompiled-shells\.js$/ }, () => ({ path: 'precompiled-shells', namespace: 'precompiled-shells' }))
    build.onLoad({ filter: /.*/, namespace: 'precompiled-shells' }, () => {
      const { precompile } = require('handlebars')
      const sources = [...new Set(hbsFiles(join(root, 'templates')).sort().map((file) => readFileSync(file, 'utf8')))]
      const entries = sources.map((source) => `  [${JSON.stringify(source)}, ${precompile(source, shellCompileOptions)}],`)
      return { contents: `export const precompiledShells = new Map([\n${entries.join('\n')}\n])\n`, loader: 'js' }
    })
  },
}

// Layout and the PDF writer, as formats.ts imports them, come from writers.cjs; the DOCX
// writer from docx.cjs. The docx library is two thirds of the writers' code: in a bundle of
// its own, a PDF build neither reads it nor loads its part of the code cache (and a DOCX
// build, which measures with layout, loads both).
const writerModules = {
  '../layout/index.js': "loadBundle('writers').writers.layout",
  '../render/pdf/index.js': "loadBundle('writers').writers.pdf",
  '../render/docx/index.js': "loadBundle('docx')",
}
const separateWriters = {
  name: 'separate-writers',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(render\/(docx|pdf)|layout)\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]build[\\/]formats\.ts$/.test(args.importer) ? { path: args.path, namespace: 'separate-writers' } : undefined)
    build.onLoad({ filter: /.*/, namespace: 'separate-writers' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(loader)}).${writerModules[args.path]}`,
      resolveDir: root,
      loader: 'js',
    }))
  },
}

// The command line (itudoc.cjs) takes `build` from build.cjs (src/cli/bundled-build.ts), and
// every other command, and build's watcher, from commands.cjs (src/cli/bundled-commands.ts).
const commandExports = { 'manifest-merge': 'manifestMerge' }
const fromBundle = (bundle, name) => ({ path: `${bundle}/${name}`, namespace: 'separate-commands' })
const separateCommands = {
  name: 'separate-commands',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) => {
      const name = args.path.slice('./commands/'.length, -'.js'.length)
      if (!/[\\/]src[\\/]cli[\\/]spec\.ts$/.test(args.importer)) return undefined
      return name === 'build' ? fromBundle('build', 'build') : fromBundle('commands', commandExports[name] ?? name)
    })
    build.onResolve({ filter: /^\.\.\/\.\.\/build\/watch\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]commands[\\/]build\.ts$/.test(args.importer) ? fromBundle('commands', 'watch') : undefined)
    build.onLoad({ filter: /.*/, namespace: 'separate-commands' }, (args) => {
      const [bundle, name] = args.path.split('/')
      return { contents: `module.exports = require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)})[${JSON.stringify(name)}]`, resolveDir: root, loader: 'js' }
    })
  },
}

// micromark (src/parse/micromark.ts), parseMarkdown's fallback, comes from markdown.cjs, loaded
// on the first source the fast parser declines: most builds never read its ~450 KB of code.
const separateMicromark = {
  name: 'separate-micromark',
  setup(build) {
    build.onResolve({ filter: /^\.\/micromark\.js$/ }, (args) =>
      /[\\/]src[\\/]parse[\\/]index\.ts$/.test(args.importer) ? { path: 'markdown', namespace: 'separate-micromark' } : undefined)
    build.onLoad({ filter: /.*/, namespace: 'separate-micromark' }, () => ({
      contents: `exports.micromarkParse = (source) => require(${JSON.stringify(loader)}).loadBundle('markdown').micromarkParse(source)`,
      resolveDir: root,
      loader: 'js',
    }))
  },
}

// The pool (build.cjs) takes what builds a variant from jobs.cjs (src/build/bundled-jobs.ts),
// and so does the build stamp the checking of an edited locale file (build/locales.ts): the
// YAML parser and zod, half a megabyte that build.cjs would otherwise read at every start.
const separateJobs = {
  name: 'separate-jobs',
  setup(build) {
    build.onResolve({ filter: /^\.\/variant-job\.js$/ }, (args) =>
      /[\\/]src[\\/]build[\\/]pool\.ts$/.test(args.importer) ? { path: 'jobs', namespace: 'separate-jobs' } : undefined)
    build.onResolve({ filter: /^\.\/locales\.js$/ }, (args) =>
      /[\\/]src[\\/]build[\\/]build-stamp\.ts$/.test(args.importer) ? { path: 'locales', namespace: 'separate-jobs' } : undefined)
    build.onLoad({ filter: /.*/, namespace: 'separate-jobs' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(loader)}).loadBundle('jobs')${args.path === 'locales' ? '.locales' : ''}`,
      resolveDir: root,
      loader: 'js',
    }))
  },
}

// Chunks without a hash get stale copies out of the way; a fresh folder keeps none. The code
// caches of the bundles replaced go too.
rmSync(outdir, { recursive: true, force: true })
rmSync(join(root, 'dist', 'code-cache'), { recursive: true, force: true })
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Whitespace and comments are a third of the code, read and kept in memory at every start.
  // Names stay, and the maps lead a stack back to the sources.
  minifyWhitespace: true,
  legalComments: 'none',
  // Maps name the TypeScript sources in the stack of an internal error; Node reads them only
  // when bin/itudoc.js turns them on (ITUDOC_DEBUG), so they cost nothing otherwise.
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
}
const scripts = {
  ...common,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // A module's own URL (package-root.ts finds the package from it; pool.ts the worker) is
  // the bundle's.
  define: { 'import.meta.url': '__itudocModuleUrl' },
  // A vm.Script has no import(): a module imported when needed (node:worker_threads for a
  // pool) is required then.
  supported: { 'dynamic-import': false },
  banner: { js: "var __itudocModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
}
// The loader itself, run by bin/itudoc.js and the worker thread (worker.js, below): CommonJS
// too, as is all of dist/bundle (its package.json), so no run starts Node's ES module loader.
await build({ ...scripts, entryPoints: { load: loader }, outExtension: { '.js': '.js' } })
writeFileSync(join(outdir, 'package.json'), '{\n  "type": "commonjs"\n}\n')
await build({ ...scripts, entryPoints: { itudoc: 'src/cli/bundle-main.ts', build: 'src/cli/bundled-build.ts' }, plugins: [zodEnglishOnly, noWoff2, bundledBidi, bundledFontkit, nativeInflate, bundledPdfkit, compiledTemplates, precompiledShells, separateWriters, separateCommands, separateJobs, separateMicromark] })
await build({ ...scripts, entryPoints: { jobs: 'src/build/bundled-jobs.ts' }, plugins: [zodEnglishOnly, noWoff2, bundledBidi, bundledFontkit, nativeInflate, bundledPdfkit, compiledTemplates, precompiledShells, separateWriters, separateMicromark] })
await build({ ...scripts, entryPoints: { commands: 'src/cli/bundled-commands.ts', writers: 'src/build/bundled-writers.ts', docx: 'src/render/docx/index.ts' }, plugins: [zodEnglishOnly, noWoff2, bundledBidi, bundledFontkit, nativeInflate, bundledPdfkit, bundledDocx, compiledTemplates, precompiledShells, separateWriters, separateMicromark] })
await build({ ...scripts, entryPoints: { markdown: 'src/parse/micromark.ts' } })
// esbuild writes ASCII (charset) but for regular expression literals, which keep their
// characters as they are. Escaped too (\uXXXX means the same character in a pattern, with or
// without the u flag), every bundle is ASCII: load-bundle.ts reads it as latin1, a one-byte
// string half the size of the two-byte string UTF-8 text with one non-ASCII character makes,
// and faster to read. Only a pattern's `source` shows the escape; the maps' columns after one
// on its line are off by a few characters.
for (const name of readdirSync(outdir).filter((file) => file.endsWith('.cjs'))) {
  const file = join(outdir, name)
  const code = readFileSync(file, 'utf8')
  const ascii = code.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (ascii !== code) writeFileSync(file, ascii)
}

// The pool starts a worker from ./worker.js beside the code that runs it (pool.ts).
writeFileSync(join(outdir, 'worker.js'), "// A build worker thread of the bundled CLI (scripts/bundle.js).\nrequire('./load.js').loadBundle('jobs').serveJobs()\n")
