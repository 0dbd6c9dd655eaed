// Past participles that modify the noun after them ("its internationally recognized borders", "an
// emotive and politically charged issue"): no act and no saying. Shared by the event layer (no trigger)
// and the quote layer (no cue).
import type { Token } from '../document.js';

/** Quotation marks that may open a name after its modifier. */
const OPENING_MARKS = /^["“'‘]$/;

/** Words that open a noun phrase a participle may modify: articles and possessive pronouns. */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'his', 'her', 'my', 'your']);

/**
 * Whether the word at k is a past participle right before a noun ("forced labor", "related
 * organizations"): a modifier, no verb of a clause, wherever its noun phrase opens.
 */
export const participleBeforeNoun = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].lower) && tokens[k + 1]?.pos === 'NOUN';

/**
 * Whether the past participle at i modifies the noun after it, in a noun phrase an article, a
 * possessive or a preposition opens: "its internationally recognized borders", "a negotiated two-state solution",
 * "our deployed forces" name no act (not "they jointly condemned the …", whose subject is a pronoun).
 */
export function attributiveParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Ll}+ed$/u.test(t.text)) return false;
  // (past an opening quotation mark: 'the internationally backed "Roadmap" peace plan')
  const next = OPENING_MARKS.test(tokens[i + 1]?.text ?? '') ? tokens[i + 2] : tokens[i + 1];
  if (!next || !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM')) return false;
  let j = i - 1;
  for (;;) {
    while (j >= 0 && tokens[j].pos === 'ADV') j--;
    // (past a modifier coordinated before it: "an emotive and politically charged issue")
    if (j > 0 && tokens[j].pos === 'CCONJ' && tokens[j - 1].pos === 'ADJ') {
      j -= 2;
      while (j >= 0 && tokens[j].pos === 'ADJ') j--;
    } else break;
  }
  // (or a preposition: "in illegally annexed Crimea", "from occupied territories"; no verb's form in -ed
  // follows one)
  return j >= 0 && (NOUN_PHRASE_OPENERS.has(tokens[j].lower) || tokens[j].pos === 'ADP');
}

/**
 * Whether the "-ing" form at p modifies the noun right before it, opening the clause's subject with
 * no verb of the clause before that noun ("Abductors holding the journalist have made demands",
 * "Gunmen holding the journalist said"): its object is no subject, of an act or of a saying.
 */
export function ingModifierOfSubject(tokens: readonly Token[], p: number, from: number): boolean {
  const participle = tokens[p];
  const head = tokens[p - 1];
  if (p - 1 < from || participle?.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(participle.text)) return false;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  for (let j = from; j < p - 1; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return false;
  return true;
}
