// The layout of a cached transition table (model.ts transitionTables), at an offset in one array:
// only the (previous tag, tag) pairs BILOU allows, in the order Viterbi reads them, so that a token's
// usual reads (from O, the row maxima, the tags inside names) share a few cache lines.
//   [CLOSED.length × OPENING.length]  from each closed tag (O, L-x, U-x) to each opening tag (O, B-x, U-x)
//   [CLOSED.length]                   each closed tag's best score over the opening tags (row maxima)
//   [Σ CONTINUED_FROM[t].length]       to each continuing tag (I-x, L-x), from each tag that may precede it
import { ALLOWED, O, TAGS } from './tags.js';

const K = TAGS.length;
const range = (n: number) => Array.from({ length: n }, (_, k) => k);
/** For each tag, the tags that may follow it. */
export const NEXT: Int8Array[] = range(K).map((p) => Int8Array.from(range(K).filter((t) => ALLOWED[p * K + t])));
/**
 * BILOU in two kinds of previous tag: those a name may not continue from (O, L-x, U-x), all followed
 * by the same opening tags (O, B-x, U-x), and those inside a name (B-x, I-x), followed only by the
 * continuing tags (I-x, L-x).
 */
export const CLOSED = Int8Array.from(range(K).filter((p) => NEXT[p].join() === NEXT[O].join()));
export const OPENING = NEXT[O];
export const CONTINUING = Int8Array.from(range(K).filter((t) => !OPENING.includes(t)));
/** For each tag, the tags that may precede it, ascending. */
export const CONTINUED_FROM: Int8Array[] = range(K).map((t) =>
  Int8Array.from(range(K).filter((p) => ALLOWED[p * K + t])),
);
if (
  CLOSED[0] !== O ||
  CONTINUING.some((t) => CONTINUED_FROM[t].some((p) => CLOSED.includes(p))) ||
  range(K).some((p) => !CLOSED.includes(p) && NEXT[p].some((t) => OPENING.includes(t)))
)
  throw new Error('transition-table.ts: the tag set is not BILOU-shaped');

/** Where the row maxima start, where the continuing tags' scores start, and a table's length. */
export const ROW_MAXIMA = CLOSED.length * OPENING.length;
export const INSIDE = ROW_MAXIMA + CLOSED.length;
export const TABLE_LENGTH = INSIDE + CONTINUING.reduce((n, t) => n + CONTINUED_FROM[t].length, 0);

/** Where allowed pair (previous tag p, tag t) is in a table: POSITION[p * K + t], -1 if not allowed. */
export const POSITION: Int16Array = (() => {
  const at = new Int16Array(K * K).fill(-1);
  CLOSED.forEach((p, c) => OPENING.forEach((t, k) => (at[p * K + t] = c * OPENING.length + k)));
  let next = INSIDE;
  for (const t of CONTINUING) for (const p of CONTINUED_FROM[t]) at[p * K + t] = next++;
  return at;
})();

/** Packs a full K × K table (previous tag by tag) into `tables` at `at`, with its row maxima. */
export function packTable(full: Float32Array, tables: Float32Array, at: number): void {
  for (let x = 0; x < K * K; x++) if (POSITION[x] >= 0) tables[at + POSITION[x]] = full[x];
  for (let c = 0; c < CLOSED.length; c++) {
    let max = -Infinity;
    for (const t of OPENING) max = Math.max(max, full[CLOSED[c] * K + t]);
    tables[at + ROW_MAXIMA + c] = max;
  }
}

/** Unpacks the table at `at` into a full K × K table (pairs not allowed get 0). */
export function unpackTable(tables: Float32Array, at: number, full: Float32Array): void {
  for (let x = 0; x < K * K; x++) full[x] = POSITION[x] >= 0 ? tables[at + POSITION[x]] : 0;
}
