// Whether a verb is in the passive ("was killed", "had been arrested", "got shot"): shared by the event
// layer (who did what to whom) and the quote layer (an attack suffered reports no one's words).
import type { Token } from '../document.js';

/**
 * Whether the trigger spanning tokens [first, last] is a passive participle: a past participle after
 * a form of "be" or "get", past adverbs and auxiliaries, within three tokens and not before `from`;
 * not an adjective's frame ("is prepared to", "is committed to").
 */
export function isPassive(tokens: readonly Token[], first: number, last: number, from: number): boolean {
  const t = tokens[first];
  // "is prepared to", "is committed to": an adjective frame, not a passive
  if (tokens[last].lower === 'to' || tokens[last + 1]?.lower === 'to') return false;
  if (!/ed$|en$/.test(t.lower) && t.lower !== 'shot' && t.lower !== 'held') return false;
  for (let j = first - 1; j >= from && j >= first - 3; j--) {
    if (tokens[j].lemma === 'be' || tokens[j].lemma === 'get') return true;
    if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'AUX') return false;
  }
  return false;
}
