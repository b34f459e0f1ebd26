import { describe, expect, it } from 'vitest'
import { LazyMap } from '../../../src/build/lazy-map.js'

describe('LazyMap', () => {
  const counting = () => {
    const made: string[] = []
    const map = new LazyMap(['b', 'a', 'c'], (key) => {
      made.push(key)
      return key.toUpperCase()
    })
    return { map, made }
  }

  it('knows its keys and size without making a value', () => {
    const { map, made } = counting()
    expect([...map.keys()]).toEqual(['b', 'a', 'c'])
    expect(map.size).toBe(3)
    expect(map.has('a')).toBe(true)
    expect(map.has('z')).toBe(false)
    expect(made).toEqual([])
  })

  it('makes a value once, when it is first asked for', () => {
    const { map, made } = counting()
    expect(map.get('a')).toBe('A')
    expect(map.get('a')).toBe('A')
    expect(map.get('z')).toBeUndefined()
    expect(made).toEqual(['a'])
  })

  it('iterates as a Map, every value made, in the order of the keys', () => {
    const { map, made } = counting()
    map.get('c')
    expect([...map]).toEqual([['b', 'B'], ['a', 'A'], ['c', 'C']])
    expect([...map.values()]).toEqual(['B', 'A', 'C'])
    const seen: string[] = []
    map.forEach((value, key) => seen.push(`${key}=${value}`))
    expect(seen).toEqual(['b=B', 'a=A', 'c=C'])
    expect(made).toEqual(['c', 'b', 'a'])
  })

  it('takes set, delete and clear as a Map does', () => {
    const { map, made } = counting()
    map.set('d', 'dd')
    map.set('a', 'aa')
    expect(map.delete('b')).toBe(true)
    expect(map.delete('z')).toBe(false)
    expect([...map]).toEqual([['a', 'aa'], ['c', 'C'], ['d', 'dd']])
    map.clear()
    expect(map.size).toBe(0)
    expect([...map.keys()]).toEqual([])
    expect(made).toEqual(['c'])
  })
})
