// Integer feature hashing: a feature is a 32-bit hash of its template and its values, computed from
// per-word hashes without building strings; FeatureIndex maps those hashes to weight rows.

/** 32-bit FNV-1a over UTF-16 code units, then a finaliser so that every bit depends on every input. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** strHash(s.slice(from, to)) without making the slice. */
export function strHashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** MurmurHash3's 32-bit finaliser. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A feature of template `template` with one value (a hash or a small integer). */
export function feat1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** A feature of template `template` with two values. */
export function feat2(template: number, a: number, b: number): number {
  return fmix(feat1(template, a) + Math.imul(b ^ 0x5bd1e995, 0x27d4eb2f));
}

/** A feature of template `template` with three values. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return fmix(feat2(template, a, b) + Math.imul(c ^ 0x68e31da4, 0x165667b1));
}

/**
 * Open-addressing table from feature hash to row number (rows are numbered in insertion order).
 * Each slot is two Int32s side by side, key then row + 1 (0 marks an empty slot): one cache line per probe.
 */
export class FeatureIndex {
  private slots: Int32Array;
  private mask: number;
  /**
   * One bit per 2^20 buckets of a key's high bits, set for every key held: most features a text
   * asks about (word pairs) are not in a model, and this 128 KiB stays in cache where the slots do not.
   */
  private readonly present = new Int32Array(1 << 15);
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  /**
   * The index of distinct keys, row r for keys[r]: the slots `add` would fill one key at a time,
   * placed in one tight loop (a model's 70,000 rows load in a third of the time).
   */
  static ofKeys(keys: Int32Array): FeatureIndex {
    const index = new FeatureIndex(keys.length);
    const slots = index.slots;
    const mask = index.mask;
    const present = index.present;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r];
      let s = key & mask;
      while (slots[2 * s + 1] !== 0) {
        if (slots[2 * s] === key) throw new Error(`feature ${key} listed twice`);
        s = (s + 1) & mask;
      }
      slots[2 * s] = key;
      slots[2 * s + 1] = r + 1;
      const bucket = key >>> 12;
      present[bucket >>> 5] |= 1 << (bucket & 31);
    }
    index.size = keys.length;
    return index;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    const bucket = key >>> 12;
    if ((this.present[bucket >>> 5] & (1 << (bucket & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const r = slots[2 * s + 1];
      if (r === 0) return -1;
      if (slots[2 * s] === key) return r - 1;
      s = (s + 1) & mask;
    }
  }

  /** The row of `key`, added at the end when new. */
  add(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    this.place(key, this.size + 1);
    return this.size++;
  }

  private place(key: number, row1: number): void {
    let s = key & this.mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = key;
    this.slots[2 * s + 1] = row1;
    const bucket = key >>> 12;
    this.present[bucket >>> 5] |= 1 << (bucket & 31);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s], old[s + 1]);
  }

  /** Keys by row number. */
  keysByRow(): Int32Array {
    const out = new Int32Array(this.size);
    for (let s = 0; s < this.slots.length; s += 2)
      if (this.slots[s + 1] !== 0) out[this.slots[s + 1] - 1] = this.slots[s];
    return out;
  }
}
