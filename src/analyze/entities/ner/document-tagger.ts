// Tags all lines of a document in order (the document memory carries from line to line): with Viterbi
// decoding if the model was trained so (feature option `viterbi`), else greedily token by token.
import type { Token } from '../../document.js';
import { documentWords, type WordMemory } from './features.js';
import { tagLine, type LinearScorer, type TaggedLine, type TaggerResources } from './tagger.js';
import { decodeLine, type LineLearner } from './viterbi.js';

/** Training's view of each token: line s, token i, its features and predicted tag → tag to go on with. */
export type DocumentTokenCallback = (
  s: number,
  i: number,
  features: Int32Array,
  count: number,
  predicted: number,
) => number;

export function tagDocumentLines(
  scorer: LinearScorer,
  seqs: Token[][],
  resources: TaggerResources,
  onToken?: DocumentTokenCallback,
  learnerFor?: (s: number) => LineLearner,
  /** Whether Viterbi decoding works out each token's margin (greedy tagging always has them). */
  margins = true,
  /** Restricted Viterbi decoding (viterbi.ts decodeLine): for inference, never for training. */
  restricted = false,
): TaggedLine[] {
  const words = documentWords(seqs);
  if (resources.lexicon.options.viterbi) {
    const memory = new Map<string, WordMemory>();
    return seqs.map((seq, s) =>
      decodeLine(scorer, seq, words, resources, memory, learnerFor?.(s), margins, restricted),
    );
  }
  const callback = (s: number) =>
    onToken && ((i: number, f: Int32Array, c: number, p: number) => onToken(s, i, f, c, p));
  const memory = new Map<string, WordMemory>();
  return seqs.map((seq, s) => tagLine(scorer, seq, words, resources, memory, callback(s)));
}
