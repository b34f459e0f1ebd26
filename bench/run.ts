// `npm run bench`: runs the benchmarks and prints one line per measurement.
import { benchPdf } from './pdf.js'

await benchPdf((line) => process.stdout.write(`${line}\n`))
