/**
 * Bounded maps from fixed-length sequences of 32-bit words to values: open
 * addressing over the words themselves, compared in full on every probe, so two
 * keys share an entry only when every word is equal and the key cannot collide
 * whatever the words hold; the caller decides what each word means (see
 * `decideFor`). A lookup is a few integer reads rather than one `Map` lookup per
 * word (the number keys of a `Map` are hashed and chained, and the maps of a
 * large cache no longer sit in the processor's cache).
 */
class IntKeyTable<V> {
  private count = 0;
  /** Per table slot, the index of its entry, or -1. */
  private slots = new Int32Array(64).fill(-1);
  /** The words of entry e at [e·width, (e + 1)·width). */
  private keys: Int32Array;
  private readonly values: V[] = [];

  constructor(
    private readonly width: number,
    private readonly limit: number,
  ) {
    this.keys = new Int32Array(32 * width);
  }

  get size(): number {
    return this.count;
  }

  /** The entry holding `key` (its first `width` words), or -1. */
  find(key: ArrayLike<number>, h: number): number {
    const { slots, keys, width } = this;
    const mask = slots.length - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const e = slots[p];
      if (e < 0) return -1;
      let w = 0;
      const at = e * width;
      while (w < width && keys[at + w] === key[w]) w++;
      if (w === width) return e;
    }
  }

  value(e: number): V {
    return this.values[e];
  }

  set(key: ArrayLike<number>, h: number, value: V): void {
    if (this.count >= this.limit) return;
    const found = this.find(key, h);
    if (found >= 0) {
      this.values[found] = value;
      return;
    }
    const e = this.count++;
    if ((e + 1) * this.width > this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    for (let w = 0; w < this.width; w++) this.keys[e * this.width + w] = key[w] ?? 0;
    this.values.push(value);
    // At most half full: probes stay short.
    if (2 * this.count > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e, h);
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let p = h & mask;
    while (this.slots[p] >= 0) p = (p + 1) & mask;
    this.slots[p] = e;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    const key = new Int32Array(this.width);
    for (let e = 0; e < this.count; e++) {
      for (let w = 0; w < this.width; w++) key[w] = this.keys[e * this.width + w];
      this.place(e, hashWords(key, this.width));
    }
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashWords(key: ArrayLike<number>, width: number): number {
  let h = 0x2545f491;
  for (let w = 0; w < width; w++) h = mix(h ^ (key[w] ?? 0));
  return h;
}

/** Values keyed by `width` 32-bit words (an Int32Array holding at least that many). */
export class WordKeyedCache<V> {
  private readonly table: IntKeyTable<V>;

  constructor(
    /** Words per key. */
    readonly width: number,
    /** Entries kept at most; later ones are not cached. */
    readonly limit: number,
  ) {
    if (!Number.isInteger(width) || width < 1) throw new RangeError('width must be at least 1');
    this.table = new IntKeyTable<V>(width, limit);
  }

  get size(): number {
    return this.table.size;
  }

  get(key: Int32Array): V | undefined {
    const e = this.table.find(key, hashWords(key, this.width));
    return e < 0 ? undefined : this.table.value(e);
  }

  set(key: Int32Array, value: V): void {
    this.table.set(key, hashWords(key, this.width), value);
  }
}

/**
 * Values keyed by two small non-negative integers (each below 2^31), as a
 * two-word key: one number key above 2^31 would be a boxed double, slower to
 * hash and garbage on every lookup. Stops growing at `limit`.
 */
export class PairKeyedCache<V> {
  private readonly table: IntKeyTable<V>;
  private readonly key = new Int32Array(2);

  constructor(limit: number) {
    this.table = new IntKeyTable<V>(2, limit);
  }

  get size(): number {
    return this.table.size;
  }

  get(a: number, b: number): V | undefined {
    const key = this.key;
    key[0] = a;
    key[1] = b;
    const e = this.table.find(key, mix(mix(0x2545f491 ^ a) ^ b));
    return e < 0 ? undefined : this.table.value(e);
  }

  set(a: number, b: number, value: V): void {
    const key = this.key;
    key[0] = a;
    key[1] = b;
    this.table.set(key, mix(mix(0x2545f491 ^ a) ^ b), value);
  }
}
