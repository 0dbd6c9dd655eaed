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
    // ("views the open border as a serious security risk and has pressed …": "as" before a noun
    // phrase alone is a preposition, no clause's start)
    const prepositionalAs = t.lower === 'as' && !verbAfterAs(doc.tokens, i, s.endToken);
    starts.push(i === s.firstToken || ((bounds.has(t.lower) || bounds.has(t.text)) && !prepositionalAs));
  }
  return starts;
}

/** The most tokens "as" and a clause's verb stand apart ("as the two sides' negotiators met"). */
const AS_CLAUSE_REACH = 8;

/** Whether a verb follows "as" at i within its phrase: before punctuation, "and" or "or". */
function verbAfterAs(tokens: Token[], i: number, end: number): boolean {
  for (let j = i + 1; j < end && j <= i + AS_CLAUSE_REACH; j++) {
    const t = tokens[j];
    if (isPunct(t) || t.lower === 'and' || t.lower === 'or') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** Token index range [from, to) of the clause around token i: from the last boundary at or before i to the next after. */
export function clauseAround(s: Sentence, starts: boolean[], i: number): { from: number; to: number } {
  let from = i;
  while (from > s.firstToken && !starts[from - s.firstToken]) from--;
  let to = i + 1;
  while (to < s.endToken && !starts[to - s.firstToken]) to++;
  return { from, to };
}
