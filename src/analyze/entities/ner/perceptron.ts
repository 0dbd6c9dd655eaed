// The averaged perceptron used in training: weights, their running totals for averaging, and
// pruning to the model file. Features outside the fixed vocabulary (a FeatureIndex) are ignored.
import type { FeatureIndex } from './hashing.js';
import { NUM_TAGS, type LinearScorer } from './tagger.js';

export class AveragedPerceptron implements LinearScorer {
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private clock = 0;

  constructor(readonly index: FeatureIndex) {
    const size = index.size * NUM_TAGS;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  addAll(features: Int32Array, count: number, scores: Float64Array): void {
    for (let k = 0; k < count; k++) {
      const row = this.index.get(features[k]);
      if (row < 0) continue;
      const base = row * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += this.weights[base + t];
    }
  }

  /** One example seen: the clock advances whether or not the prediction was right. */
  tick(): void {
    this.clock++;
  }

  update(features: Int32Array, count: number, gold: number, predicted: number, rate = 1): void {
    if (gold === predicted) return;
    for (let k = 0; k < count; k++) {
      const row = this.index.get(features[k]);
      if (row < 0) continue;
      this.bump(row * NUM_TAGS + gold, rate);
      this.bump(row * NUM_TAGS + predicted, -rate);
    }
  }

  /** Adds `delta` to the weights of `tag` for features[0..count) (structured updates). */
  add(features: Int32Array, count: number, tag: number, delta: number): void {
    for (let k = 0; k < count; k++) {
      const row = this.index.get(features[k]);
      if (row >= 0) this.bump(row * NUM_TAGS + tag, delta);
    }
  }

  private bump(k: number, delta: number): void {
    this.totals[k] += (this.clock - this.stamps[k]) * this.weights[k];
    this.stamps[k] = this.clock;
    this.weights[k] += delta;
  }

  /** The averaged weights (keys and rows of NUM_TAGS), rows whose largest weight is below `minWeight` dropped. */
  averaged(minWeight: number): { keys: Int32Array; rows: Float32Array } {
    const all = this.index.keysByRow();
    const keys: number[] = [];
    const rows: number[] = [];
    const row = new Float32Array(NUM_TAGS);
    for (let r = 0; r < all.length; r++) {
      let max = 0;
      for (let t = 0; t < NUM_TAGS; t++) {
        const k = r * NUM_TAGS + t;
        const total = this.totals[k] + (this.clock - this.stamps[k]) * this.weights[k];
        row[t] = total / Math.max(1, this.clock);
        max = Math.max(max, Math.abs(row[t]));
      }
      if (max > 0 && max >= minWeight) {
        keys.push(all[r]);
        for (let t = 0; t < NUM_TAGS; t++) rows.push(row[t]);
      }
    }
    return { keys: Int32Array.from(keys), rows: Float32Array.from(rows) };
  }
}
