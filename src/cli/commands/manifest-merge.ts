// itudoc manifest merge: the output folders of sharded builds → one tree, manifest and index.
import { existsSync } from 'node:fs'
import { MergeError, mergeOutputs } from '../../build/merge.js'
import type { Parsed } from '../spec.js'
import type { commands } from '../table.js'
import { UsageError } from '../usage.js'

export async function run({ values, positionals }: Parsed<(typeof commands)['manifest merge']['options']>): Promise<number> {
  if (!positionals.length) throw new UsageError('name the output folders of the shards to merge')
  const missing = positionals.filter((dir) => !existsSync(dir))
  if (missing.length) throw new UsageError(`no such folder: ${missing.join(', ')}`)
  try {
    const { artifacts, files } = await mergeOutputs(positionals, values.out)
    process.stdout.write(`itudoc: ${positionals.length} ${positionals.length === 1 ? 'shard' : 'shards'} merged, ${files} files, ${artifacts} in ${values.out}/manifest.json\n`)
    return 0
  } catch (error) {
    if (!(error instanceof MergeError)) throw error
    process.stderr.write(`itudoc manifest merge: ${error.message}\n`)
    return 1
  }
}
