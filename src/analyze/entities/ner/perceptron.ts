// The averaged perceptron used in training: weights, their running totals for averaging, and
// pruning to the model file. Features outside the fixed vocabulary are ignored.
import { NUM_TAGS, type LinearScorer } from './tagger.js';

export class AveragedPerceptron implements LinearScorer {
  private readonly index: Map<string, number>;
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private clock = 0;

  constructor(readonly features: string[]) {
    this.index = new Map(features.map((f, i) => [f, i]));
    const size = features.length * NUM_TAGS;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  add(feature: string, scores: Float64Array): void {
    const row = this.index.get(feature);
    if (row === undefined) return;
    const base = row * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) scores[t] += this.weights[base + t];
  }

  /** One example seen: the clock advances whether or not the prediction was right. */
  tick(): void {
    this.clock++;
  }

  update(features: string[], gold: number, predicted: number, rate = 1): void {
    if (gold === predicted) return;
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      this.bump(row * NUM_TAGS + gold, rate);
      this.bump(row * NUM_TAGS + predicted, -rate);
    }
  }

  private bump(k: number, delta: number): void {
    this.totals[k] += (this.clock - this.stamps[k]) * this.weights[k];
    this.stamps[k] = this.clock;
    this.weights[k] += delta;
  }

  /** The averaged weights, rows whose largest weight is below `minWeight` dropped. */
  averaged(minWeight: number): { features: string[]; rows: Float32Array[] } {
    const features: string[] = [];
    const rows: Float32Array[] = [];
    for (let r = 0; r < this.features.length; r++) {
      const row = new Float32Array(NUM_TAGS);
      let max = 0;
      for (let t = 0; t < NUM_TAGS; t++) {
        const k = r * NUM_TAGS + t;
        const total = this.totals[k] + (this.clock - this.stamps[k]) * this.weights[k];
        row[t] = total / Math.max(1, this.clock);
        max = Math.max(max, Math.abs(row[t]));
      }
      if (max >= minWeight) {
        features.push(this.features[r]);
        rows.push(row);
      }
    }
    return { features, rows };
  }
}
