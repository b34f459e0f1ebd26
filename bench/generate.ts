// A large, realistic source for the benchmark: ~1 MB of Markdown in the resolution template,
// as a conference's collected texts would be — many calls with lettered and numbered items,
// nested lists, footnotes, revision marks and tables in annexes.
const words = 'telecommunication development access network rural spectrum infrastructure capacity regulatory affordable services digital skills resilience emergency broadband policy cooperation data security inclusion community'.split(' ')

function sentence(seed: number, length: number): string {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!)
  return out.join(' ')
}

export function generateLargeSource(targetBytes = 1_000_000): string {
  const parts: string[] = [`---
template: resolution
body: WTDC
number: 1
revised: true
place: Geneva
year: 2026
title: Collected resolutions (benchmark)
convening: The World Telecommunication Development Conference (Geneva, 2026),
---
`]
  const notes: string[] = []
  let size = parts[0]!.length
  let n = 0
  while (size < targetBytes) {
    n += 1
    const block = `
:::considering
1. that ${sentence(n, 18)};[^n${n}]
2. that ${sentence(n + 1, 22)}:
   1. ${sentence(n + 2, 9)};
   2. ${sentence(n + 3, 11)};
3. that ${sentence(n + 4, 16)},
:::

:::recognizing
1. that ${sentence(n + 5, 20)} {++${sentence(n + 6, 3)}++};
2. that ${sentence(n + 7, 14)},
:::

:::resolves
1. to ${sentence(n + 8, 17)};
2. to ${sentence(n + 9, 21)}:
   1. ${sentence(n + 10, 8)};
   2. ${sentence(n + 11, 8)};
3. to ${sentence(n + 12, 12)};
:::

:::table[Activities ${n}]{#t${n} widths="3,2,1" header=1}
| Activity | Partners | Year |
|---|---|---|
| ${sentence(n, 6)} | ${sentence(n + 1, 3)} | 2026 |
| ${sentence(n + 2, 6)} | ${sentence(n + 3, 3)} | 2027 |
:::
`
    notes.push(`[^n${n}]: ${sentence(n + 13, 15)}.`)
    parts.push(block)
    size += block.length + notes[notes.length - 1]!.length
  }
  return `${parts.join('')}\n${notes.join('\n')}\n`
}
