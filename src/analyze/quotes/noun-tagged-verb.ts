// A present tense the tagger read as a noun right after its subject's name or pronoun: "Francis
// points to structural inequities", "Democrats point to the tax cuts". Only its own subject makes
// it a verb: "the talking point" and "a point to consider" stay nouns, and so does a noun after a
// people's adjective ("his American and Cuban sides with equal gusto").
import type { ArticleDocument } from '../document.js';
import { PERSONAL_SUBJECT_PRONOUNS } from '../nlp/closed-class.js';
import { POSSESSIVES } from './context.js';

/** Whether token k is a verb in the present tense tagged NOUN right after a name or a subject pronoun. */
export function nounTaggedVerb(doc: ArticleDocument, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k];
  const prev = toks[k - 1];
  if (!t || t.pos !== 'NOUN' || !prev || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!(t.lower === t.lemma || t.lower === `${t.lemma}s`)) return false;
  if (prev.pos === 'PRON') return isPersonalSubject(prev.lower);
  const type = prev.pos === 'PROPN' ? doc.entityAt(prev.start)?.entity.type : 'none';
  if (type === 'none' || type === 'NORP') return false;
  // (a name after an adjective or a possessive modifies a noun, and so does one after an article in
  // an object's place: "about the Medvedev comments on sanctions"; "The Group points out" is a subject)
  let first = k - 1;
  while (first > 0 && toks[first - 1].pos === 'PROPN') first--;
  const before = toks[first - 1];
  if (!before) return true;
  if (before.pos === 'ADJ' || POSSESSIVES.has(before.lower) || /^['’]s?$/.test(before.text)) return false;
  const governor = toks[first - 2];
  return !(before.pos === 'DET' && governor && (governor.pos === 'ADP' || governor.pos === 'VERB'));
}

/** Whether a pronoun is a personal subject ("who" opens a relative clause of its own). */
const isPersonalSubject = (lower: string) => PERSONAL_SUBJECT_PRONOUNS.has(lower) || lower === 'it';

/**
 * Whether a clause opens at token j with a name or pronoun as subject and such a verb and its
 * preposition after it (", Francis points to …"), within `end`.
 */
export function clauseOfNounTaggedVerb(doc: ArticleDocument, j: number, end: number): boolean {
  const toks = doc.tokens;
  let v = j;
  while (v < end && v - j < 4 && toks[v].pos === 'PROPN') v++;
  if (v === j && !(toks[j]?.pos === 'PRON' && isPersonalSubject(toks[j].lower))) return false;
  if (v === j) v++;
  return v + 1 < end && nounTaggedVerb(doc, v) && toks[v + 1].pos === 'ADP';
}
