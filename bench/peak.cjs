// Preloaded (node --require) into an itudoc process the benchmark times: at exit it writes the
// process's peak resident memory and CPU time (worker threads included: they share the
// process) to the file ITUDOC_BENCH_PEAK names, since a parent cannot read them from Node.
// CPU time matters on a shared machine, where wall time swings with the other load.
// CommonJS, as itudoc's own start-up is: an ES module here would start Node's module loader
// in every timed run, some 10 ms that are not itudoc's.
'use strict'
const { writeFileSync } = require('node:fs')

const target = process.env.ITUDOC_BENCH_PEAK
if (target) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage()
    writeFileSync(target, JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024, cpuMs: (user + system) / 1000 }))
  })
}
