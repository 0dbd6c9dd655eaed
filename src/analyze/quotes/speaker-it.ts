// The "it" of "it seems", "it appears that …" and "when it comes to …" stands for nothing: no body or
// place the text named before it. "At some point it seems the American public might want to know …"
// was Iran's claim (the last body named), "it appears that China is moving …" NATO's. A raising
// verb's content is the writer's or the speaker's own hedged claim: the quote stays, with no speaker
// (PolNeAR annotates such attributions with no source). "When it comes to Russia's aggression" is an
// idiom, no report at all.
import type { ArticleDocument } from '../document.js';
import type { Span } from '../types.js';

/** Verbs whose "it" is a dummy subject ("it seems", "it appears", "it looks like"). */
const RAISING_VERBS = new Set(['seem', 'appear']);

/**
 * What an "it" at `head` is: a dummy subject of a raising verb or of an adjective's infinitive ("it is
 * safe to assume that …", "it's hard to believe that …"), the idiom "it comes to", or neither (null).
 */
export function impersonalIt(doc: ArticleDocument, head: Span): 'raising' | 'idiom' | null {
  const toks = doc.tokens;
  let j = doc.tokenIndexAt(head.end);
  let be = false;
  // "it may seem", "it would appear", "it also seems", "it is still too early"
  while (j < toks.length && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || toks[j].pos === 'PART')) {
    if (toks[j].lemma === 'be') be = true;
    j++;
  }
  const verb = toks[j];
  if (!verb) return null;
  // (the infinitive's thinker is anyone: the writer's or the speaker's own claim, as "it seems")
  if (be && verb.pos === 'ADJ' && toks[j + 1]?.lower === 'to' && toks[j + 2]?.pos === 'VERB') return 'raising';
  if (RAISING_VERBS.has(verb.lemma)) return 'raising';
  if (verb.lemma === 'look' && (toks[j + 1]?.lower === 'like' || toks[j + 1]?.lower === 'as')) return 'raising';
  if (verb.lemma === 'come' && toks[j + 1]?.lower === 'to') return 'idiom';
  return null;
}
