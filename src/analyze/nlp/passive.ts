// Whether a verb is in the passive ("was killed", "had been arrested", "got shot"): shared by the event
// layer (who did what to whom) and the quote layer (an attack suffered reports no one's words).
import type { Token } from '../document.js';

/** Participles that with "to" after them say what their subject does or is ready for. */
const ADJECTIVE_FRAMES = new Set([
  'prepared',
  'committed',
  'determined',
  'resolved',
  'dedicated',
  'devoted',
  'opposed',
  'obliged',
  'obligated',
  'inclined',
  'supposed',
  'used',
  'accustomed',
  'poised',
  'entitled',
  'bound',
  'pledged',
]);

/** Participles the same as the plain form, which no lemma tells from it ("was hit", "were cut"). */
const UNCHANGED_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'hurt', 'shut', 'spread', 'cast', 'beat']);

/**
 * Whether the word may be a past participle: in "-ed" or "-en", or another inflected form of a verb
 * that is no "-ing" or "-s" form ("found", "held", "met", "thrown"), or one the same as the plain form.
 */
const participleShape = (t: Token) =>
  /(?:ed|en)$/.test(t.lower) ||
  UNCHANGED_PARTICIPLES.has(t.lower) ||
  (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:ing|s)$/.test(t.lower));

/**
 * Whether the participle is of the same form as the past, which a contracted "'s" before it makes a
 * perfect ("He's met recently with …"): not one in "-ed", nor one only a participle is ("'s known",
 * "'s taken", "'s done").
 */
const likePast = (t: Token) => !/(?:ed|en|wn|ne)$/.test(t.lower);

/**
 * Whether the trigger spanning tokens [first, last] is a passive participle: a past participle after
 * a form of "be" or "get", past adverbs and auxiliaries, within three tokens and not before `from`;
 * not an adjective's frame ("is prepared to", "is committed to").
 */
export function isPassive(tokens: readonly Token[], first: number, last: number, from: number): boolean {
  const t = tokens[first];
  // "is prepared to", "is committed to": an adjective frame, not a passive (but "was invited to
  // play", "was sentenced to death" are)
  const toLast = tokens[last].lower === 'to';
  if ((toLast || tokens[last + 1]?.lower === 'to') && ADJECTIVE_FRAMES.has(tokens[toLast ? last - 1 : last].lower))
    return false;
  if (!participleShape(t)) return false;
  for (let j = first - 1; j >= from && j >= first - 3; j--) {
    // ("He's met recently with both Prime Minister Netanyahu and President Abbas": before a participle
    // of the same form as the past, a contracted "'s" is "has")
    if (/^['’]s$/.test(tokens[j].text) && likePast(t)) return false;
    if (tokens[j].lemma === 'be' || tokens[j].lemma === 'get') return true;
    if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'AUX') break;
  }
  return passiveConjunct(tokens, first, last);
}

/** The most tokens back from a conjunction to the passive participle it joins the trigger to. */
const CONJUNCT_REACH = 10;

/**
 * "has been welcomed by Israel but condemned by the Syrian foreign minister", "were confronted and
 * killed by security forces": a participle with its agent after "and"/"but" shares the passive of the
 * participle before the conjunction.
 */
// (the conjunction may open a clause of its own for the caller: the first participle is looked for
// in the sentence)
function passiveConjunct(tokens: readonly Token[], first: number, last: number): boolean {
  const link = tokens[first - 1];
  if (!link || (link.lower !== 'and' && link.lower !== 'but') || tokens[last + 1]?.lower !== 'by') return false;
  for (let j = first - 2; j >= 0 && j >= first - CONJUNCT_REACH && tokens[j].sentence === link.sentence; j--) {
    const t = tokens[j];
    if (t.pos === 'PUNCT' && t.text !== ',') return false;
    // ("were confronted and killed by security forces": the participle right before the conjunction)
    if (/ed$|en$/.test(t.lower) && (tokens[j + 1]?.lower === 'by' || j === first - 2))
      return isPassive(tokens, j, j, 0);
  }
  return false;
}
