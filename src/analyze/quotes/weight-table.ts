// The weight lookup of the small quote models (cue-model.ts, bound-model.ts): feature hash → weight.
// FeatureIndex (the recogniser's) maps a key to a row through a presence bitmap, its slots and then
// the weights array: three scattered reads for a feature the model holds. These models are small
// (thousands of keys) and asked millions of times per corpus, so each slot holds the key and its
// weight side by side: one read per probe, and no bitmap (it costs as much as the probe it saves).

export class WeightTable {
  /** Slot s is [key, weight] at 2s and 2s + 1; keys are int32 (exact as doubles), NaN marks an empty slot. */
  private readonly slots: Float64Array;
  private readonly mask: number;

  /** Keys with their weights; where a key repeats, its first weight holds (as FeatureIndex.add keeps its first row). */
  constructor(keys: ArrayLike<number>, weights: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2; // at most half full: probes stay short
    this.slots = new Float64Array(cap * 2).fill(NaN);
    this.mask = cap - 1;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] | 0;
      let s = key & this.mask;
      while (!Number.isNaN(this.slots[2 * s]) && this.slots[2 * s] !== key) s = (s + 1) & this.mask;
      if (this.slots[2 * s] === key) continue;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = weights[k];
    }
  }

  /** The weights of features[0 .. n) summed in order (a feature the model lacks adds nothing). */
  sum(features: Int32Array, n: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const key = features[k];
      for (let s = key & mask; ; s = (s + 1) & mask) {
        const held = slots[2 * s];
        if (held === key) {
          sum += slots[2 * s + 1];
          break;
        }
        if (held !== held) break; // NaN: an empty slot, the key is not in the model
      }
    }
    return sum;
  }
}
