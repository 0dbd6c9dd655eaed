// Word knowledge from unlabelled news (training time only; the model file carries the result):
// how often a word is written with a capital inside a sentence, and word clusters: words are
// described by the words seen just left and right of them, projected to a few dimensions, and
// grouped by spherical k-means (fine clusters), whose centres are grouped again (coarse clusters).
// A cheap stand-in for Brown clusters; deterministic (fixed seed, fixed order).
import { readFileSync } from 'node:fs';
import { readTokens } from '../../nlp/wink.js';
import { fmix } from './hashing.js';
import { clusterCode } from './lexicon.js';

const CONTEXT_WORDS = 1000;
const DIMS = 96;

export interface CorpusWordOptions {
  maxDocs: number;
  minCount: number;
  maxWords: number;
  fine: number;
  coarse: number;
  iterations: number;
}

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** word → packed code: capitalisation bucket (0 never … 4 always), coarse and fine cluster. */
export function corpusWords(paths: string[], options: CorpusWordOptions): Record<string, number> {
  const count = new Map<string, number>();
  const capital = new Map<string, number>();
  const sequences: string[][] = [];
  for (const path of paths) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (let k = 0; k < lines.length && k < options.maxDocs; k++) {
      if (!lines[k].trim()) continue;
      const text = (JSON.parse(lines[k]) as { text?: string }).text ?? '';
      const { tokens } = readTokens(text);
      let seq: string[] = [];
      let sentenceStart = true;
      for (const t of tokens) {
        if (!t.text.trim()) {
          if (t.text.includes('\n')) {
            if (seq.length) sequences.push(seq);
            seq = [];
            sentenceStart = true;
          }
          continue;
        }
        count.set(t.lower, (count.get(t.lower) ?? 0) + 1);
        const c = t.text.charCodeAt(0);
        if (!sentenceStart && c >= 65 && c <= 90) capital.set(t.lower, (capital.get(t.lower) ?? 0) + 1);
        sentenceStart = t.text === '.' || t.text === '?' || t.text === '!';
        seq.push(t.lower);
      }
      if (seq.length) sequences.push(seq);
    }
  }
  const ranked = [...count]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = ranked.slice(0, options.maxWords).map(([w]) => w);
  const vectors = contextVectors(words, sequences);
  const fine = sphericalKMeans(vectors, words.length, options.fine, options.iterations, 20230906);
  const coarse = sphericalKMeans(fine.centres, options.fine, options.coarse, options.iterations * 2, 20230907);
  const out: Record<string, number> = {};
  words.forEach((w, i) => {
    const rate = (capital.get(w) ?? 0) / (count.get(w) ?? 1);
    const bucket = rate < 0.05 ? 0 : rate < 0.3 ? 1 : rate < 0.7 ? 2 : rate < 0.95 ? 3 : 4;
    const f = fine.assignment[i];
    out[w] = clusterCode(bucket, coarse.assignment[f], f);
  });
  return out;
}

/** Unit vectors (DIMS each): square-rooted left/right neighbour counts, randomly projected. */
function contextVectors(words: string[], sequences: string[][]): Float32Array {
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const contextIndex = new Map(words.slice(0, CONTEXT_WORDS).map((w, i) => [w, i]));
  const counts = words.map(() => new Map<number, number>());
  for (const seq of sequences) {
    for (let i = 0; i < seq.length; i++) {
      const w = wordIndex.get(seq[i]);
      if (w === undefined) continue;
      const left = i > 0 ? contextIndex.get(seq[i - 1]) : CONTEXT_WORDS - 1;
      const right = i + 1 < seq.length ? contextIndex.get(seq[i + 1]) : CONTEXT_WORDS - 1;
      const v = counts[w];
      if (left !== undefined) v.set(left, (v.get(left) ?? 0) + 1);
      if (right !== undefined) v.set(CONTEXT_WORDS + right, (v.get(CONTEXT_WORDS + right) ?? 0) + 1);
    }
  }
  // a fixed ±1 projection per (context, dimension) from a good hash: deterministic, no storage
  const projection = new Float32Array(2 * CONTEXT_WORDS * DIMS);
  for (let k = 0; k < projection.length; k++) projection[k] = fmix(k * 0x9e3779b1 + 12345) & 1 ? 1 : -1;
  const out = new Float32Array(words.length * DIMS);
  counts.forEach((v, i) => {
    const base = i * DIMS;
    for (const [context, n] of v) {
      const x = Math.sqrt(n);
      const p = context * DIMS;
      for (let d = 0; d < DIMS; d++) out[base + d] += x * projection[p + d];
    }
    normalise(out, base);
  });
  return out;
}

function normalise(v: Float32Array, base: number): void {
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += v[base + d] * v[base + d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < DIMS; d++) v[base + d] /= norm;
}

/** k-means on the unit sphere (cosine similarity); seeds are k distinct points drawn with a fixed seed. */
function sphericalKMeans(
  points: Float32Array,
  n: number,
  k: number,
  iterations: number,
  seed: number,
): { assignment: Int32Array; centres: Float32Array } {
  const random = prng(seed);
  const centres = new Float32Array(k * DIMS);
  const chosen = new Set<number>();
  for (let c = 0; c < k && chosen.size < n; c++) {
    let p = Math.floor(random() * n);
    while (chosen.has(p)) p = (p + 1) % n;
    chosen.add(p);
    centres.set(points.subarray(p * DIMS, (p + 1) * DIMS), c * DIMS);
  }
  const assignment = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const base = i * DIMS;
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const cb = c * DIMS;
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += points[base + d] * centres[cb + d];
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      assignment[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const cb = assignment[i] * DIMS;
      for (let d = 0; d < DIMS; d++) centres[cb + d] += points[i * DIMS + d];
    }
    for (let c = 0; c < k; c++) normalise(centres, c * DIMS);
  }
  return { assignment, centres };
}
