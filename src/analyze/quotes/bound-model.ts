// The trained content-boundary model (data/models/quote-bounds.json, written by
// `npm run train:quote-bounds`): one weight per hashed feature of bound-features.ts; of the
// candidate ends of a content span the one with the highest summed weight wins. Without the file
// (or with DOSSIER_NO_BOUND_MODEL set) the rules' own ends stand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../entities/ner/model.js';
import type { QuoteContext } from './context.js';
import { WeightTable } from './weight-table.js';
import { endFeatures, MAX_BOUND_FEATURES, type BoundContext } from './bound-features.js';

export const BOUND_MODEL_FILE = 'quote-bounds.json';

export interface BoundModelFile {
  /** What the model was trained on and how (for people reading the file). */
  trainedOn: string;
  /** A candidate end must beat the rule's own end by more than this to replace it. */
  margin: number;
  keys: number[];
  weights: number[];
}

export class BoundModel {
  private readonly table: WeightTable;
  private readonly features = new Int32Array(MAX_BOUND_FEATURES);

  constructor(
    keys: ArrayLike<number>,
    weights: ArrayLike<number>,
    readonly margin: number,
    readonly trainedOn = '',
  ) {
    this.table = new WeightTable(keys, weights);
  }

  /** The model's score for ending the content at boundary e. */
  score(ctx: QuoteContext, b: BoundContext, e: number): number {
    const n = endFeatures(ctx, b, e, this.features);
    return this.table.sum(this.features, n);
  }
}

/** The shipped model, or DOSSIER_BOUND_MODEL (a model trained on part of the data, to measure it). */
export function boundModelPath(): string {
  if (process.env.DOSSIER_BOUND_MODEL) return process.env.DOSSIER_BOUND_MODEL;
  return join(packageRoot(), 'data', 'models', BOUND_MODEL_FILE);
}

let loaded: BoundModel | null | undefined;

/** The model shipped in data/models, or null when there is none (e.g. while training it). */
export function boundModel(): BoundModel | null {
  if (loaded !== undefined) return loaded;
  const path = boundModelPath();
  if (process.env.DOSSIER_NO_BOUND_MODEL || !existsSync(path)) return (loaded = null);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as BoundModelFile;
  return (loaded = new BoundModel(raw.keys, raw.weights, raw.margin, raw.trainedOn));
}
