// Greedy left-to-right BILOU tagging of one line with a linear model: each token takes the best
// tag that may follow the previous one, scored from its static features plus the history features.
import type { Token } from '../../document.js';
import {
  historyFeatures,
  lineContext,
  remember,
  staticFeatures,
  type DocumentWords,
  type LineContext,
  type WordMemory,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { ALLOWED, O, TAGS, startsName } from './tags.js';

export const NUM_TAGS = TAGS.length;

/** A linear scorer over hashed features. */
export interface LinearScorer {
  /** Adds the weight rows of features[0..count) to `scores` (NUM_TAGS wide). */
  addAll(features: Int32Array, count: number, scores: Float64Array): void;
  /**
   * If present: fills `out` (n × NUM_TAGS) with each token's summed weights for its own word's and its
   * neighbours' word features, which tagLine then leaves out (a per-word cache makes inference fast).
   */
  wordScores?(ctx: LineContext, out: Float64Array): void;
  /**
   * If present: fills `out` (n × NUM_TAGS) with the whole emission scores of a line for Viterbi
   * decoding, the same as wordScores plus staticFeatures without words plus memoryFeatures. Tokens
   * with outside[i] = 1 (restricted decoding) may be passed over: the caller fills their rows.
   */
  emissionScores?(
    ctx: LineContext,
    remembered: Array<WordMemory | undefined>,
    out: Float64Array,
    outside?: Uint8Array | null,
  ): void;
  /**
   * If present: a line's transition scores for Viterbi decoding, in tables laid out as in
   * transition-table.ts (previous tag by tag, then row maxima). Writes to words[i] the offset of token
   * i's table (features.ts transitionFeatures without the remembered label, cached per word) and to
   * memory[i] that of its remembered label's table with the previous tag, or -1 when nothing is
   * remembered; returns the array the offsets point into. Tokens with unused[i] = 1 may be passed
   * over (their offsets are then -1): nothing reads their tables.
   */
  transitionTables?(
    ctx: LineContext,
    remembered: Array<WordMemory | undefined>,
    words: Int32Array,
    memory: Int32Array,
    unused?: Uint8Array | null,
  ): Float32Array;
}

export interface TaggerResources {
  gazetteer: Gazetteer | null;
  lexicon: Lexicon;
}

/** The best allowed tag after `prev`, written to BEST; returns its margin over the runner-up. */
function bestAllowed(scores: Float64Array, prev: number, best: { tag: number }): number {
  let tag = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  const row = prev * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (!ALLOWED[row + t]) continue;
    const s = scores[t];
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      tag = t;
    } else if (s > second) second = s;
  }
  best.tag = tag;
  return bestScore - second;
}

export interface TaggedLine {
  tags: number[];
  margins: number[];
}

/** Most features one token can have (see features.ts); a line's buffer holds this many. */
const MAX_FEATURES = 256;
const buffer = new Int32Array(MAX_FEATURES);
let wordBuffer = new Float64Array(64 * NUM_TAGS);

/**
 * Tags a line. `onToken`, used in training, sees each token's features and the predicted tag before
 * the next token is tagged (so updates apply at once, as in the standard averaged perceptron), and
 * returns the tag the history continues with.
 */
export function tagLine(
  scorer: LinearScorer,
  seq: Token[],
  words: DocumentWords,
  resources: TaggerResources,
  memory: Map<string, WordMemory>,
  onToken?: (i: number, features: Int32Array, count: number, predicted: number) => number,
): TaggedLine {
  const n = seq.length;
  const ctx = lineContext(seq, words, resources.lexicon, resources.gazetteer);
  let wordScores: Float64Array | null = null;
  if (scorer.wordScores) {
    if (wordBuffer.length < n * NUM_TAGS) wordBuffer = new Float64Array(2 * n * NUM_TAGS);
    wordScores = wordBuffer;
    scorer.wordScores(ctx, wordScores);
  }
  const tags = new Array<number>(n);
  const margins = new Array<number>(n);
  const scores = new Float64Array(NUM_TAGS);
  const best = { tag: 0 };
  const counted = resources.lexicon.options.memoryShare;
  let prev = O;
  let prev2 = O;
  for (let i = 0; i < n; i++) {
    const text = seq[i].text;
    let count = staticFeatures(ctx, i, wordScores === null, buffer, 0);
    count = historyFeatures(ctx, i, prev, prev2, memory.get(text), buffer, count);
    if (wordScores) for (let t = 0; t < NUM_TAGS; t++) scores[t] = wordScores[i * NUM_TAGS + t];
    else scores.fill(0);
    scorer.addAll(buffer, count, scores);
    const margin = bestAllowed(scores, prev, best);
    // in training the callback updates the weights and says which tag the history continues with
    const chosen = onToken ? onToken(i, buffer, count, best.tag) : best.tag;
    tags[i] = chosen;
    margins[i] = margin;
    if (startsName(text)) remember(memory, text, chosen, counted);
    prev2 = prev;
    prev = chosen;
  }
  return { tags, margins };
}
