// The layout of a cached transition table (model.ts transitionTables), at an offset in one array: K × K scores of
// (previous tag, tag), then one more row with each previous tag's best score over the tags allowed
// after it. Viterbi uses those row maxima to pass over a previous tag that cannot win (viterbi.ts).
import { ALLOWED, TAGS } from './tags.js';

const K = TAGS.length;
/** Where the row maxima start, and the length of a table. */
export const ROW_MAXIMA = K * K;
export const TABLE_LENGTH = K * K + K;

/** Writes the row maxima of the table at `at`; call after the last change to its scores. */
export function finishTable(tables: Float32Array, at: number): void {
  for (let p = 0; p < K; p++) {
    let max = -Infinity;
    for (let t = 0; t < K; t++) if (ALLOWED[p * K + t] && tables[at + p * K + t] > max) max = tables[at + p * K + t];
    tables[at + ROW_MAXIMA + p] = max;
  }
}
