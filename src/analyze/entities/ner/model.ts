// The model file (data/models/ner.json.gz): feature names, quantised weight rows, the gazetteer
// and word clusters. Written by scripts/train-ner.ts, read once per process by the recogniser.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Token } from '../../document.js';
import { NEIGHBOURS, neighbourFeatures, selfFeatures, type Clusters } from './features.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { TAGS } from './tags.js';
import { NUM_TAGS, type LinearScorer, type TaggerResources } from './tagger.js';

export const MODEL_FILE = 'ner.json.gz';

interface ModelFile {
  format: 'dossier-ner-2';
  tags: string[];
  features: string[];
  /** Float32 little-endian, one per feature: the row's largest absolute weight, base64. */
  rowScales: string;
  /** Int16 little-endian, features.length × tags.length, base64: weight = int / 32767 × row scale. */
  weights: string;
  gazetteer: GazetteerLists;
  /** Word → bit-string cluster path. */
  clusters: Record<string, string>;
  trainedOn: Record<string, unknown>;
}

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
  readonly clusters: Clusters | null;
  private readonly index: Map<string, number>;

  constructor(
    features: string[],
    private readonly weights: Float32Array,
    lists: GazetteerLists,
    clusters: Record<string, string>,
  ) {
    this.index = new Map(features.map((f, i) => [f, i * NUM_TAGS]));
    this.gazetteer = new Gazetteer(lists);
    const entries = Object.entries(clusters);
    this.clusters = entries.length ? new Map(entries) : null;
  }

  add(feature: string, scores: Float64Array): void {
    const base = this.index.get(feature);
    if (base === undefined) return;
    for (let t = 0; t < NUM_TAGS; t++) scores[t] += this.weights[base + t];
  }

  /** Summed weights of a word's own features, and of its features as each neighbour, cached. */
  private readonly selfCache = new Map<string, Float64Array>();
  private readonly neighbourCache = NEIGHBOURS.map(() => new Map<string, Float64Array>());

  private cached(cache: Map<string, Float64Array>, key: string, features: () => string[]): Float64Array {
    let v = cache.get(key);
    if (!v) {
      v = new Float64Array(NUM_TAGS);
      for (const f of features()) this.add(f, v);
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(key, v);
    }
    return v;
  }

  wordScores(seq: Token[]): Float64Array {
    const n = seq.length;
    const out = new Float64Array(n * NUM_TAGS);
    for (let i = 0; i < n; i++) {
      const t = seq[i];
      const base = i * NUM_TAGS;
      const own = this.cached(this.selfCache, t.text, () => selfFeatures(t.text, t.lower, this.clusters));
      for (let x = 0; x < NUM_TAGS; x++) out[base + x] = own[x];
      for (let j = 0; j < NEIGHBOURS.length; j++) {
        const k = NEIGHBOURS[j];
        const at = i + k;
        const lower = at < 0 ? '<s>' : at >= n ? '</s>' : seq[at].lower;
        const u = this.cached(this.neighbourCache[j], lower, () => neighbourFeatures(k, lower, this.clusters));
        for (let x = 0; x < NUM_TAGS; x++) out[base + x] += u[x];
      }
    }
    return out;
  }
}

/** Distinct words kept per cache before it is emptied (bounds memory on endless input). */
const WORD_CACHE_LIMIT = 200_000;

export function saveModel(
  path: string,
  features: string[],
  rows: Float32Array[],
  gazetteer: GazetteerLists,
  clusters: Record<string, string>,
  trainedOn: Record<string, unknown>,
): number {
  // one scale per row: averaged weights span orders of magnitude (the bias row dwarfs a rare word's)
  const scales = new Float32Array(rows.length);
  const ints = new Int16Array(rows.length * NUM_TAGS);
  rows.forEach((row, r) => {
    let max = 0;
    for (const w of row) max = Math.max(max, Math.abs(w));
    scales[r] = max;
    if (max > 0) row.forEach((w, t) => (ints[r * NUM_TAGS + t] = Math.round((w / scales[r]) * 32767)));
  });
  const file: ModelFile = {
    format: 'dossier-ner-2',
    tags: TAGS,
    features,
    rowScales: Buffer.from(scales.buffer).toString('base64'),
    weights: Buffer.from(ints.buffer).toString('base64'),
    gazetteer,
    clusters,
    trainedOn,
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadModel(path: string): NerModel {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
  if (file.format !== 'dossier-ner-2' || file.tags.join() !== TAGS.join())
    throw new Error(`${path}: not a model for these tags`);
  const ints = new Int16Array(base64Bytes(file.weights));
  const scales = new Float32Array(base64Bytes(file.rowScales));
  const weights = new Float32Array(ints.length);
  for (let k = 0; k < ints.length; k++) weights[k] = (ints[k] / 32767) * scales[Math.floor(k / NUM_TAGS)];
  return new NerModel(file.features, weights, file.gazetteer, file.clusters);
}

/** A fresh, aligned ArrayBuffer with the decoded bytes. */
function base64Bytes(s: string): ArrayBuffer {
  const raw = Buffer.from(s, 'base64');
  return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
}
