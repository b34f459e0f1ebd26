import { describe, expect, it } from 'vitest'
import type { Block, Call, List } from '../../src/model/nodes.js'
import { resolution, resolveText } from '../helpers.js'


const labels = (list: Block | undefined): string[] => (list as List).children.map((item) => item.number.label)

describe('calls', () => {
  it('letters preambular items and numbers operative items, restarting in every call', async () => {
    const { doc, findings } = await resolveText(resolution(`:::considering
1. one;
2. two,
:::

:::recognizing
1. three;
2. four,
:::

:::resolves
1. five;
2. six.
:::`))
    expect(findings).toEqual([])
    const calls = doc!.root.children as Call[]
    expect(calls.map((c) => c.kind)).toEqual(['preambular', 'preambular', 'operative'])
    expect(labels(calls[0]!.children[0])).toEqual(['a)', 'b)'])
    expect(labels(calls[1]!.children[0])).toEqual(['a)', 'b)'])
    expect(labels(calls[2]!.children[0])).toEqual(['1', '2'])
  })

  it('nests i), ii) under letters and a), b) under numbers', async () => {
    const { doc } = await resolveText(resolution(`:::considering
1. that:
   1. first;
   2. second,
:::

:::resolves
1. to:
   1. act;
   2. report.
:::`))
    const [considering, resolves] = doc!.root.children as Call[]
    const nestedIn = (call: Call) => ((call.children[0] as List).children[0]!.children[1] as List)
    expect(labels(nestedIn(considering!))).toEqual(['i)', 'ii)'])
    expect(labels(nestedIn(resolves!))).toEqual(['a)', 'b)'])
  })

  it('prints addressees and free-form calls, which turn operative after the first operative call', async () => {
    const { doc } = await resolveText(resolution(`:::call[having examined]
Text.
:::

:::invites[Member States]
1. to act.
:::

:::call[further invites]
1. to report.
:::`))
    const calls = doc!.root.children as Call[]
    expect(calls.map((c) => [c.kind, c.label.map((l) => ('value' in l ? l.value : '')).join('')])).toEqual([
      ['preambular', 'having examined'],
      ['operative', 'invites Member States'],
      ['operative', 'further invites'],
    ])
    expect(labels(calls[2]!.children[0])).toEqual(['1'])
  })
})
