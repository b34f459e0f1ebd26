// The page shells' handlebars sources, precompiled, by source text. In the TypeScript sources
// and dist/src there are none (page.ts compiles a shell the first time it is used); the bundle
// (scripts/bundle.js) replaces this module with the precompiled form of every .hbs file under
// templates/, so a run neither loads handlebars' compiler nor compiles the shell it uses (a
// tenth of a one-paragraph build's time). A shell edited after `npm run build` is not in the
// map and is compiled as from the sources.
export const precompiledShells: ReadonlyMap<string, unknown> | undefined = undefined
