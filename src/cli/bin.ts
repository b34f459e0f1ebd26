// Process entry point: run the CLI and set the exit code (bin/itudoc.js loads the compiled copy;
// `npx tsx src/cli/bin.ts …` runs it straight from the TypeScript sources).
import { main } from './index.js'

process.exitCode = await main(process.argv.slice(2))
