// Clause edges inside a sentence, by cue words and punctuation: the window in which an event's
// subject, object, status cues and time are looked for.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import { cue, type EventLexicon } from './lexicon.js';

export const isPunct = (t: Token) => t.pos === 'PUNCT' || /^[^\p{L}\p{N}]+$/u.test(t.text);

export const MODALS = new Set(['will', 'would', 'wo', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'to']);
/** "would free", "to free": after a modal or "to" a word the tagger read as an adjective is a verb. */
export const afterModal = (tokens: Token[], i: number) =>
  i > 0 && MODALS.has(tokens[i - 1].lower) && tokens[i].pos === 'ADJ';

/** Marks, for each token of the sentence, whether a clause starts at it. */
export function clauseStarts(doc: ArticleDocument, s: Sentence, lex: EventLexicon): boolean[] {
  const bounds = cue(lex, 'clauseBoundaries');
  const starts: boolean[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i];
    starts.push(i === s.firstToken || bounds.has(t.lower) || bounds.has(t.text));
  }
  return starts;
}

/** Token index range [from, to) of the clause around token i: from the last boundary at or before i to the next after. */
export function clauseAround(s: Sentence, starts: boolean[], i: number): { from: number; to: number } {
  let from = i;
  while (from > s.firstToken && !starts[from - s.firstToken]) from--;
  let to = i + 1;
  while (to < s.endToken && !starts[to - s.firstToken]) to++;
  return { from, to };
}
