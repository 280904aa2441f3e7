/**
 * A bounded map from fixed-length sequences of 32-bit words to values: a trie
 * of maps, one level per word. Two keys share an entry only when every word is
 * equal, so the key cannot collide whatever the words hold; the caller decides
 * what each word means (see `decideFor`).
 */
export class WordKeyedCache<V> {
  private readonly root = new Map<number, unknown>();
  private count = 0;

  constructor(
    /** Words per key. */
    readonly width: number,
    /** Entries kept at most; later ones are not cached. */
    readonly limit: number,
  ) {
    if (!Number.isInteger(width) || width < 1) throw new RangeError('width must be at least 1');
  }

  get size(): number {
    return this.count;
  }

  get(key: Int32Array): V | undefined {
    let node = this.root;
    const last = this.width - 1;
    for (let i = 0; i < last; i++) {
      const next = node.get(key[i] ?? 0) as Map<number, unknown> | undefined;
      if (next === undefined) return undefined;
      node = next;
    }
    return node.get(key[last] ?? 0) as V | undefined;
  }

  set(key: Int32Array, value: V): void {
    if (this.count >= this.limit) return;
    let node = this.root;
    const last = this.width - 1;
    for (let i = 0; i < last; i++) {
      const word = key[i] ?? 0;
      let next = node.get(word) as Map<number, unknown> | undefined;
      if (next === undefined) {
        next = new Map<number, unknown>();
        node.set(word, next);
      }
      node = next;
    }
    const word = key[last] ?? 0;
    if (!node.has(word)) this.count++;
    node.set(word, value);
  }
}

/**
 * Values keyed by two small non-negative integers (each below 2^31), looked up
 * as two small-integer map keys: one number key above 2^31 would be a boxed
 * double, slower to hash and garbage on every lookup. Stops growing at `limit`.
 */
export class PairKeyedCache<V> {
  private readonly outer = new Map<number, Map<number, V>>();
  private count = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.count;
  }

  get(a: number, b: number): V | undefined {
    return this.outer.get(a)?.get(b);
  }

  set(a: number, b: number, value: V): void {
    if (this.count >= this.limit) return;
    let inner = this.outer.get(a);
    if (inner === undefined) {
      inner = new Map();
      this.outer.set(a, inner);
    }
    if (!inner.has(b)) this.count++;
    inner.set(b, value);
  }
}
