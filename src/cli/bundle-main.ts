// What dist/bundle/itudoc.cjs exports (scripts/bundle.js): the command line alone, which
// bin/itudoc.js runs. `itudoc --help` or a misspelt command reads nothing more; the commands
// come from build.cjs (src/cli/bundled-build.ts) and commands.cjs (bundled-commands.ts).
export { main } from './index.js'
