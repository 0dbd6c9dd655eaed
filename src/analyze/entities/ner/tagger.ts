// Greedy left-to-right BILOU tagging of one line with a linear model: each token takes the best
// tag that may follow the previous one, scored from its static features plus the history features.
import type { Token } from '../../document.js';
import { historyFeatures, staticFeatures, type Clusters, type DocumentWords } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { ALLOWED, O, TAGS, startsName } from './tags.js';

export const NUM_TAGS = TAGS.length;

/** A linear scorer over string features: adds a feature's weight row to `scores`. */
export interface LinearScorer {
  add(feature: string, scores: Float64Array): void;
  /**
   * If present: each token's summed weights for its own word's and its neighbours' word features,
   * which tagLine then leaves out of the feature strings (a per-word cache makes inference fast).
   */
  wordScores?(seq: Token[]): Float64Array;
}

export interface TaggerResources {
  gazetteer: Gazetteer | null;
  clusters: Clusters | null;
}

/** The best allowed tag after `prev`, and its margin over the runner-up (a confidence). */
export function bestAllowed(scores: Float64Array, prev: number): { tag: number; margin: number } {
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  const row = prev * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (!ALLOWED[row + t]) continue;
    const s = scores[t];
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = t;
    } else if (s > second) second = s;
  }
  return { tag: best, margin: bestScore - second };
}

export interface TaggedLine {
  tags: number[];
  margins: number[];
}

/**
 * Tags a line. `onToken`, used in training, sees each token's features and the predicted tag before
 * the next token is tagged (so updates apply at once, as in the standard averaged perceptron).
 */
export function tagLine(
  scorer: LinearScorer,
  seq: Token[],
  words: DocumentWords,
  resources: TaggerResources,
  memory: Map<string, number>,
  onToken?: (i: number, features: string[], predicted: number) => number,
): TaggedLine {
  const wordScores = scorer.wordScores ? scorer.wordScores(seq) : null;
  const statics = staticFeatures(seq, words, resources.gazetteer, resources.clusters, !wordScores);
  const tags: number[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(NUM_TAGS);
  let prev = O;
  let prev2 = O;
  for (let i = 0; i < seq.length; i++) {
    const features = statics[i];
    historyFeatures(seq, i, prev, prev2, memory, features);
    if (wordScores) scores.set(wordScores.subarray(i * NUM_TAGS, (i + 1) * NUM_TAGS));
    else scores.fill(0);
    for (const f of features) scorer.add(f, scores);
    const { tag, margin } = bestAllowed(scores, prev);
    // in training the callback updates the weights and says which tag the history continues with
    const chosen = onToken ? onToken(i, features, tag) : tag;
    tags.push(chosen);
    margins.push(margin);
    if (startsName(seq[i].text)) memory.set(seq[i].text, chosen);
    prev2 = prev;
    prev = chosen;
  }
  return { tags, margins };
}
