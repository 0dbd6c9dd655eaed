// The weight lookup of the small quote models (cue-model.ts, bound-model.ts): feature hash → weight.
// FeatureIndex (the recogniser's) maps a key to a row through a presence bitmap, its slots and then
// the weights array: three scattered reads for a feature the model holds, and nine in ten asked
// are held. Here a slot holds the key beside the number of its weight among the model's distinct
// weights (about a thousand: the files keep two decimals), so a lookup reads one slot, and the
// table is small enough to stay in cache between articles, while the other components run.

export class WeightTable {
  /** Slot s is [key, 1 + index into `values`] at 2s and 2s + 1; 0 in the second marks an empty slot. */
  private readonly slots: Int32Array;
  /** The distinct weights: the same doubles as the file's, so sums come out as they did (0 and -0 may share one: adding either to a sum that starts at 0 gives the same). */
  private readonly values: Float64Array;
  private readonly mask: number;

  /** Keys with their weights; where a key repeats, its first weight holds (as FeatureIndex.add keeps its first row). */
  constructor(keys: ArrayLike<number>, weights: ArrayLike<number>) {
    let cap = 16;
    while (cap * 0.7 < keys.length) cap *= 2; // at most 70% full: probes stay within a cache line or two
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    const valueIndex = new Map<number, number>();
    const values: number[] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] | 0;
      let s = key & this.mask;
      while (this.slots[2 * s + 1] !== 0 && this.slots[2 * s] !== key) s = (s + 1) & this.mask;
      if (this.slots[2 * s + 1] !== 0) continue;
      let v = valueIndex.get(weights[k]);
      if (v === undefined) {
        v = values.length;
        values.push(weights[k]);
        valueIndex.set(weights[k], v);
      }
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = v + 1;
    }
    this.values = Float64Array.from(values);
  }

  /** The weights of features[0 .. n) summed in order (a feature the model lacks adds nothing). */
  sum(features: Int32Array, n: number): number {
    const slots = this.slots;
    const values = this.values;
    const mask = this.mask;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const key = features[k];
      for (let s = key & mask; ; s = (s + 1) & mask) {
        const v = slots[2 * s + 1];
        if (v === 0) break; // an empty slot: the key is not in the model
        if (slots[2 * s] === key) {
          sum += values[v - 1];
          break;
        }
      }
    }
    return sum;
  }
}
