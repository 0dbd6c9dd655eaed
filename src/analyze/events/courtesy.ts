// Courtesies a speaker performs by saying that they want or would like to ("I want to thank …", "we
// would like to congratulate …", "I wish to commend …"): the thanks are given as they are said — a
// SUPPORT (CAMEO 051) event, neither an intention of a later act (03x) nor a hypothetical one.
import type { Token } from '../document.js';

const COURTESY_LEMMAS = new Set(['thank', 'commend', 'congratulate', 'praise', 'applaud', 'welcome', 'salute']);

/** Whether the token is a courtesy's verb. */
export const isCourtesy = (t: Token | undefined): boolean => !!t && COURTESY_LEMMAS.has(t.lemma);

/** Whether "I" or "we" stands right before token `at`, past adverbs ("I really want to …"). */
export function firstPersonBefore(tokens: Token[], at: number, from = 0): boolean {
  let j = at - 1;
  while (j > from && tokens[j].pos === 'ADV') j--;
  return j >= from && (tokens[j]?.lower === 'i' || tokens[j]?.lower === 'we');
}

/** Whether the courtesy at `first` follows "I/we would like to" or "I'd like to" (past adverbs). */
export function courtesyWouldLike(tokens: Token[], first: number, from: number): boolean {
  if (!isCourtesy(tokens[first])) return false;
  let j = first - 1;
  while (j > from && tokens[j].pos === 'ADV') j--;
  if (tokens[j]?.lower !== 'to' || tokens[j - 1]?.lemma !== 'like') return false;
  j -= 2;
  while (j > from && tokens[j].pos === 'ADV') j--;
  return /^(?:would|'d|’d)$/.test(tokens[j]?.lower ?? '') && firstPersonBefore(tokens, j, from);
}
