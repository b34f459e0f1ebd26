// itudoc new <template> [--lang xx] [path]: write a skeleton source that builds as it is.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadTemplates } from '../../build/templates.js'
import { writeAtomic } from '../../build/write.js'
import { checkLanguages } from '../options.js'
import { UsageError } from '../usage.js'

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string', default: 'en' } } })
  const [id, target] = positionals
  const templates = await loadTemplates()
  const loaded = id ? templates.get(id) : undefined
  if (!loaded) throw new UsageError(`name a template: ${[...templates.keys()].join(', ')}`)
  const [lang] = checkLanguages([values.lang])!
  // A path ending in .md is a one-file document; anything else is a document folder.
  const path = !target ? `${id}.md` : target.endsWith('.md') ? target : join(target, `${lang}.md`)
  if (existsSync(path)) throw new UsageError(`${path} already exists; choose another path`)
  let skeleton = readFileSync(join(loaded.dir, 'skeleton.md'), 'utf8')
  skeleton = target && !target.endsWith('.md') ? skeleton.replace(/^lang: .*\n/m, '') : skeleton.replace(/^lang: .*$/m, `lang: ${lang}`)
  writeAtomic(path, skeleton)
  process.stdout.write(`itudoc: wrote ${path}; build it with: itudoc build ${path}\n`)
  return 0
}
