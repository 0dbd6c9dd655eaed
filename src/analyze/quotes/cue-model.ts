// The trained attribution-cue model (data/models/quote-cues.json, written by `npm run train:quotes`):
// one weight per hashed feature of cue-features.ts; a verb whose summed weight passes the model's
// threshold is an attribution cue even where the cue lexicon does not list it. Without the file
// the model scores nothing and the lexicon alone decides.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../entities/ner/model.js';
import type { QuoteContext } from './context.js';
import { WeightTable } from './weight-table.js';
import { WordFilter } from './word-filter.js';
import { cueFeatures, MAX_CUE_FEATURES } from './cue-features.js';

export const CUE_MODEL_FILE = 'quote-cues.json';

export interface CueModelFile {
  /** What the model was trained on and how (for people reading the file). */
  trainedOn: string;
  /** Above this score a verb the lexicon does not list is taken as a cue. */
  threshold: number;
  /** The verbs (lemmas) seen as cues in training often enough: only these are scored. */
  lemmas: string[];
  keys: number[];
  weights: number[];
}

export class CueModel {
  private readonly table: WeightTable;
  private readonly features = new Int32Array(MAX_CUE_FEATURES);
  private readonly lemmas: Set<string>;
  /** knows() is asked about every verb the lexicon does not list: most are answered without a lookup. */
  private readonly lemmaFilter: WordFilter;

  constructor(
    keys: ArrayLike<number>,
    weights: ArrayLike<number>,
    readonly threshold: number,
    /** What the model was trained on (the file's own note). */
    lemmas: Iterable<string>,
    readonly trainedOn = '',
  ) {
    this.lemmas = new Set(lemmas);
    this.lemmaFilter = new WordFilter(this.lemmas);
    this.table = new WeightTable(keys, weights);
  }

  /** Whether the model decides on this verb at all (it was a cue often enough in training). */
  knows(lemma: string): boolean {
    return this.lemmaFilter.mayHold(lemma) && this.lemmas.has(lemma);
  }

  /** The model's score for token i as a cue (positive: a cue); lexClass is the lexicon's verdict. */
  score(ctx: QuoteContext, i: number, lexClass: string): number {
    const n = cueFeatures(ctx, i, lexClass, this.features);
    return this.table.sum(this.features, n);
  }
}

export function cueModelPath(): string {
  return join(packageRoot(), 'data', 'models', CUE_MODEL_FILE);
}

let loaded: CueModel | null | undefined;

/** The model shipped in data/models, or null when there is none (e.g. while training it). */
export function cueModel(): CueModel | null {
  if (loaded !== undefined) return loaded;
  const path = cueModelPath();
  if (process.env.DOSSIER_NO_CUE_MODEL || !existsSync(path)) return (loaded = null);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as CueModelFile;
  return (loaded = new CueModel(raw.keys, raw.weights, raw.threshold, raw.lemmas, raw.trainedOn));
}
