// A Map whose keys are known from the start and whose values are made the first time one is
// asked for. The templates are the case: a build of one report need not make the zod schemas
// of the seven other templates (several milliseconds of a small build's start), yet an error
// message lists every template's name, and iterating gives every template, as a Map does.

export class LazyMap<K, V> extends Map<K, V> {
  readonly #keys: K[]
  readonly #make: (key: K) => V

  constructor(keys: Iterable<K>, make: (key: K) => V) {
    super()
    this.#keys = [...keys]
    this.#make = make
  }

  override get(key: K): V | undefined {
    if (!super.has(key) && this.#keys.includes(key)) super.set(key, this.#make(key))
    return super.get(key)
  }

  override set(key: K, value: V): this {
    if (!this.#keys.includes(key)) this.#keys.push(key)
    return super.set(key, value)
  }

  override delete(key: K): boolean {
    const index = this.#keys.indexOf(key)
    if (index < 0) return false
    this.#keys.splice(index, 1)
    super.delete(key)
    return true
  }

  override clear(): void {
    this.#keys.length = 0
    super.clear()
  }

  override has(key: K): boolean {
    return this.#keys.includes(key)
  }

  override get size(): number {
    return this.#keys.length
  }

  override keys(): MapIterator<K> {
    return this.#keys[Symbol.iterator]() as MapIterator<K>
  }

  override values(): MapIterator<V> {
    return this.#all().values()
  }

  override entries(): MapIterator<[K, V]> {
    return this.#all().entries()
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  /** Every entry, made if it was not yet, in the order of the keys. */
  #all(): Map<K, V> {
    return new Map(this.#keys.map((key) => [key, this.get(key)!]))
  }
}
