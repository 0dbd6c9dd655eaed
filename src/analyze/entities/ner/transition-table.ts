// The layout of a cached transition table (model.ts transitionTable, memoryTable): K × K scores of
// (previous tag, tag), then one more row with each previous tag's best score over the tags allowed
// after it. Viterbi uses those row maxima to pass over a previous tag that cannot win (viterbi.ts).
import { ALLOWED, TAGS } from './tags.js';

const K = TAGS.length;
/** Where the row maxima start, and the length of a table. */
export const ROW_MAXIMA = K * K;
export const TABLE_LENGTH = K * K + K;

/** A table of zeros (row maxima included). */
export function emptyTable(): Float32Array {
  return new Float32Array(TABLE_LENGTH);
}

/** Writes each row's maximum over its allowed tags; call after the last change to the scores. */
export function finishTable(table: Float32Array): Float32Array {
  for (let p = 0; p < K; p++) {
    let max = -Infinity;
    for (let t = 0; t < K; t++) if (ALLOWED[p * K + t] && table[p * K + t] > max) max = table[p * K + t];
    table[ROW_MAXIMA + p] = max;
  }
  return table;
}
