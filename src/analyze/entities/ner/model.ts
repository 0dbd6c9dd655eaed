// The model (data/models/ner.bin, model-file.ts): feature hashes, quantised weight rows, the
// gazetteer, word clusters and the feature options. Written by scripts/train-ner.ts, read once per process.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContextScores } from './context-scores.js';
import { PAD, type LineContext, type WordMemory } from './features.js';
import { feat1, feat2 } from './hashing.js';
import { Gazetteer, packGazetteer, type GazetteerLists } from './gazetteer.js';
import { FeatureIndex } from './hashing.js';
import {
  DEFAULT_FEATURES,
  featuresFrom,
  featuresTo,
  Lexicon,
  LIMIT as LEXICON_LIMIT,
  NEIGHBOURS,
  T,
  type Clusters,
  type FeatureOptions,
  type WordInfo,
} from './lexicon.js';
import { NUM_LABELS, TAGS, labelIndex } from './tags.js';
import { NUM_TAGS, type LinearScorer, type TaggerResources } from './tagger.js';
import { packTable, TABLE_LENGTH, unpackTable } from './transition-table.js';
import { ScorePool } from './score-pool.js';
import { readModelFile, writeModelFile } from './model-file.js';

export const MODEL_FILE = 'ner.bin';
/** Transition tables kept before they are made again (424 bytes each; real text needs a few thousand). */
const TABLE_LIMIT = 16_384;

/** The package root: the nearest folder above this module holding package.json (src/ or dist/src/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function defaultModelPath(): string {
  return join(packageRoot(), 'data', 'models', MODEL_FILE);
}

export class NerModel implements LinearScorer, TaggerResources {
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
  private readonly index: FeatureIndex;

  constructor(
    keys: Int32Array,
    private readonly weights: Float32Array,
    gazetteer: Gazetteer,
    clusters: Clusters | null,
    options: FeatureOptions,
  ) {
    this.index = FeatureIndex.ofKeys(keys);
    this.gazetteer = gazetteer;
    this.lexicon = new Lexicon(clusters, options);
    this.context = new ContextScores(this.index, weights, options.memoryShare);
  }

  private readonly context: ContextScores;

  /** viterbi.ts emission scores of a line: the words' cached sums, then the context features'. */
  emissionScores(
    ctx: LineContext,
    remembered: Array<WordMemory | undefined>,
    out: Float64Array,
    outside: Uint8Array | null = null,
  ): void {
    this.ensureWordSums(ctx, outside);
    this.context.lineScores(ctx, remembered, this.pool.data, out, outside);
  }

  addAll(features: Int32Array, count: number, scores: Float64Array): void {
    const w = this.weights;
    for (let k = 0; k < count; k++) {
      const row = this.index.get(features[k]);
      if (row < 0) continue;
      const base = row * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += w[base + t];
    }
  }

  /**
   * Sums a word's weights into a new block of the pool: its own features (unless `own` is false: a
   * word only read as a neighbour), then as each neighbour.
   */
  private wordSums(w: WordInfo, own: boolean): void {
    const at = this.pool.take();
    w.scoresAt = at;
    w.scoresGeneration = this.pool.generation;
    w.ownGeneration = -1;
    this.sumGroups(w, own ? 0 : 1, NEIGHBOURS.length);
  }

  /** Sums the word's feature groups from..to (0: its own, k: as neighbour k) into its block. */
  private sumGroups(w: WordInfo, from: number, to: number): void {
    const at = w.scoresAt;
    const out = this.pool.data;
    const v = this.sumScratch;
    const weights = this.weights;
    if (from === 0) w.ownGeneration = this.pool.generation;
    for (let group = from; group <= to; group++) {
      v.fill(0);
      for (let m = featuresFrom(w, group); m < featuresTo(w, group); m++) {
        const row = this.index.get(w.features[m]);
        if (row < 0) continue;
        for (let t = 0; t < NUM_TAGS; t++) v[t] += weights[row * NUM_TAGS + t];
      }
      // summed in double precision, kept in single (the cache is the per-word memory)
      const first = at + group * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) out[first + t] = v[t];
    }
  }
  /** The words' blocks, as many as the lexicon keeps words. */
  private readonly pool = new ScorePool(NUM_TAGS * (1 + NEIGHBOURS.length), LEXICON_LIMIT, (n) => new Float32Array(n));
  private readonly sumScratch = new Float64Array(NUM_TAGS);

  /** The transition tables (transition-table.ts layout) of words, shapes and remembered labels. */
  private readonly tables = new ScorePool(TABLE_LENGTH, TABLE_LIMIT, (n) => new Float32Array(n));

  /** Remembered label → the offset of its scores with the previous tag (-1: not made yet). */
  private readonly memoryTrans = new Int32Array(NUM_LABELS + 1).fill(-1);

  /** Shape → the offset of the scores of the previous tag, and of the previous tag with the shape. */
  private readonly shapeTrans = new Map<number, number>();

  /** A full K × K table while it is summed: single precision after every addition, as it is kept. */
  private readonly full = new Float32Array(NUM_TAGS * NUM_TAGS);

  /** Adds the weights of feature `key` to row `prev` of this.full. */
  private addRow(prev: number, key: number): void {
    const row = this.index.get(key);
    if (row < 0) return;
    const w = this.weights;
    const table = this.full;
    for (let t = 0; t < NUM_TAGS; t++) table[prev * NUM_TAGS + t] += w[row * NUM_TAGS + t];
  }

  /** this.full packed into a new table of the pool: its offset. */
  private keepFull(): number {
    const at = this.tables.take();
    packTable(this.full, this.tables.data, at);
    return at;
  }

  transitionTables(
    ctx: LineContext,
    remembered: Array<WordMemory | undefined>,
    words: Int32Array,
    memory: Int32Array,
    unused: Uint8Array | null = null,
  ): Float32Array {
    const n = ctx.seq.length;
    // a token makes at most a shape's table and its word's, and there are few labels
    if (this.tables.reserve(2 * n + NUM_LABELS + 1)) {
      this.shapeTrans.clear();
      this.memoryTrans.fill(-1);
    }
    for (let i = 0; i < n; i++) {
      // (a word's table is made on first use: most words only ever stand beside names)
      if (unused !== null && unused[i]) {
        words[i] = memory[i] = -1;
        continue;
      }
      words[i] = this.transitionTable(ctx.info[i + PAD]);
      const r = remembered[i];
      memory[i] = r === undefined ? -1 : this.memoryTable(r.last);
    }
    return this.tables.data;
  }

  /** The offset of the word's transition scores (features.ts transitionFeatures), cached. */
  private transitionTable(w: WordInfo): number {
    if (w.transitionsGeneration === this.tables.generation) return w.transitionsAt;
    let shape = this.shapeTrans.get(w.shortH);
    if (shape === undefined) {
      this.full.fill(0);
      for (let p = 0; p < NUM_TAGS; p++) {
        this.addRow(p, feat1(T.tag1, p));
        this.addRow(p, feat2(T.tag1Short, p, w.shortH));
      }
      shape = this.keepFull();
      this.shapeTrans.set(w.shortH, shape);
    }
    // most words have no transition weights of their own: they share their shape's table
    let table = shape;
    let own = false;
    for (let p = 0; p < NUM_TAGS; p++) {
      const key = feat2(T.tag1Lower, p, w.lowerH);
      if (this.index.get(key) < 0) continue;
      if (!own) unpackTable(this.tables.data, shape, this.full);
      own = true;
      this.addRow(p, key);
    }
    if (own) table = this.keepFull();
    w.transitionsAt = table;
    w.transitionsGeneration = this.tables.generation;
    return table;
  }

  private memoryTable(last: number): number {
    const label = labelIndex(last);
    let table = this.memoryTrans[label];
    if (table < 0) {
      this.full.fill(0);
      for (let p = 0; p < NUM_TAGS; p++) this.addRow(p, feat2(T.memoryTag1, label, p));
      table = this.memoryTrans[label] = this.keepFull();
    }
    return table;
  }

  /**
   * Gives every word of the line (and the padding) its block in the pool. A word at a position
   * `outside` marks (restricted decoding) is read only as a neighbour: its own group is summed when
   * it is first scored.
   */
  private ensureWordSums(ctx: LineContext, outside: Uint8Array | null = null): void {
    const info = ctx.info;
    const n = ctx.seq.length;
    const pool = this.pool;
    // room for every word of the line first: a pool emptied half-way would lose the line's first words
    pool.reserve(n + 2 * PAD);
    for (let j = 0; j < n + 2 * PAD; j++) {
      const w = info[j];
      // the padding words are never scored themselves
      const own = j >= PAD && j < n + PAD && (outside === null || !outside[j - PAD]);
      if (w.scoresGeneration !== pool.generation) this.wordSums(w, own);
      else if (own && w.ownGeneration !== pool.generation) this.sumGroups(w, 0, 0);
    }
  }

  wordScores(ctx: LineContext, out: Float64Array): void {
    this.ensureWordSums(ctx);
    const info = ctx.info;
    const n = ctx.seq.length;
    const pool = this.pool;
    // the four neighbours' blocks summed in one pass, in the same order as one block at a time
    // (the same doubles): one write per score instead of five
    const [n0, n1, n2, n3] = NEIGHBOURS;
    const K = NUM_TAGS;
    const P = pool.data;
    for (let i = 0; i < n; i++) {
      const j = i + PAD;
      const own = info[j].scoresAt;
      const a = info[j + n0].scoresAt + K;
      const b = info[j + n1].scoresAt + 2 * K;
      const c = info[j + n2].scoresAt + 3 * K;
      const d = info[j + n3].scoresAt + 4 * K;
      const base = i * K;
      for (let t = 0; t < K; t++) out[base + t] = P[own + t] + P[a + t] + P[b + t] + P[c + t] + P[d + t];
    }
  }
}

export function saveModel(
  path: string,
  keys: Int32Array,
  rows: Float32Array,
  gazetteer: GazetteerLists,
  clusters: Record<string, number>,
  features: FeatureOptions,
  trainedOn: Record<string, unknown>,
): number {
  // one scale per row: averaged weights span orders of magnitude (the bias row dwarfs a rare word's)
  const count = keys.length;
  const scales = new Float32Array(count);
  const ints = new Int16Array(count * NUM_TAGS);
  for (let r = 0; r < count; r++) {
    let max = 0;
    for (let t = 0; t < NUM_TAGS; t++) max = Math.max(max, Math.abs(rows[r * NUM_TAGS + t]));
    scales[r] = max;
    if (max > 0)
      for (let t = 0; t < NUM_TAGS; t++) ints[r * NUM_TAGS + t] = Math.round((rows[r * NUM_TAGS + t] / max) * 32767);
  }
  const entries = Object.entries(clusters);
  return writeModelFile(path, {
    tags: TAGS,
    keys,
    rowScales: scales,
    weights: ints,
    gazetteer: packGazetteer(gazetteer),
    clusters: entries.length ? new Map(entries) : null,
    features,
    trainedOn,
  });
}

export function loadModel(path: string): NerModel {
  const file = readModelFile(path);
  if (file.tags.join() !== TAGS.join()) throw new Error(`${path}: not a model for these tags`);
  const { keys, rowScales: scales, weights: ints } = file;
  const weights = new Float32Array(ints.length);
  for (let r = 0; r < keys.length; r++) {
    const scale = scales[r];
    for (let k = r * NUM_TAGS; k < (r + 1) * NUM_TAGS; k++) weights[k] = (ints[k] / 32767) * scale;
  }
  return new NerModel(keys, weights, new Gazetteer(file.gazetteer), file.clusters, {
    ...DEFAULT_FEATURES,
    ...file.features,
  });
}
