// Word knowledge from unlabelled news (training time only; the model file carries the result):
// how often a word is written with a capital inside a sentence, and a distributional code: the
// signs of random projections of its left/right neighbour counts, so that words used alike share
// code prefixes (a cheap stand-in for Brown clusters).
import { readFileSync } from 'node:fs';
import { readTokens } from '../../nlp/wink.js';
import { fnv1a } from './split.js';

const BITS = 16;
const CONTEXT_WORDS = 2000;

export interface CorpusWordOptions {
  maxDocs: number;
  minCount: number;
  maxWords: number;
}

/** word → one digit for its capitalisation rate (0 never … 4 always) followed by BITS sign bits. */
export function corpusWords(paths: string[], options: CorpusWordOptions): Record<string, string> {
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
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const contextIndex = new Map(words.slice(0, CONTEXT_WORDS).map((w, i) => [w, i]));
  // neighbour counts: [word][side*CONTEXT_WORDS + context]
  const vectors = words.map(() => new Map<number, number>());
  for (const seq of sequences) {
    for (let i = 0; i < seq.length; i++) {
      const w = wordIndex.get(seq[i]);
      if (w === undefined) continue;
      const left = i > 0 ? contextIndex.get(seq[i - 1]) : undefined;
      const right = i + 1 < seq.length ? contextIndex.get(seq[i + 1]) : undefined;
      const v = vectors[w];
      if (left !== undefined) v.set(left, (v.get(left) ?? 0) + 1);
      if (right !== undefined) v.set(CONTEXT_WORDS + right, (v.get(CONTEXT_WORDS + right) ?? 0) + 1);
    }
  }
  // one fixed ±1 direction per (context, bit), from a hash: deterministic and needs no storage
  const sign = (context: number, bit: number) => (fnv1a(`${context}:${bit}`) & 1 ? 1 : -1);
  const out: Record<string, string> = {};
  words.forEach((w, i) => {
    const v = vectors[i];
    let total = 0;
    for (const n of v.values()) total += n;
    const sums = new Float64Array(BITS);
    for (const [context, n] of v) {
      const weight = Math.log(1 + n) - Math.log(1 + total) / 4;
      for (let b = 0; b < BITS; b++) sums[b] += sign(context, b) * weight;
    }
    let bits = '';
    for (let b = 0; b < BITS; b++) bits += sums[b] > 0 ? '1' : '0';
    const rate = (capital.get(w) ?? 0) / (count.get(w) ?? 1);
    const bucket = rate < 0.05 ? 0 : rate < 0.3 ? 1 : rate < 0.7 ? 2 : rate < 0.95 ? 3 : 4;
    out[w] = `${bucket}${bits}`;
  });
  return out;
}
