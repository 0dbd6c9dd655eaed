// The noun phrase after a cue, an inverted subject ("said Sullivan", "according to X"): where it ends
// (before the day it was said on, or whom it was said to), and the name in apposition after a title
// ("said the division spokesman, Lt. Col. Jonathan Withington").
import type { ArticleDocument, Token } from '../document.js';
import { POSSESSIVES } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { DEICTIC_DAYS } from '../nlp/closed-class.js';
import {
  ARTICLES,
  insideWord,
  isBreak,
  MAX_NP,
  NP_LINKS,
  npToken,
  PARTITIVE_PRONOUNS,
  phrase,
  possessiveApostrophe,
  quantifier,
  type Phrase,
} from './phrases.js';
import { TIME_PREPOSITIONS } from './time-adjunct.js';

/**
 * Whether token e is a period that ends the sentence: not one of a short abbreviation glued to it
 * ("Army Maj. Gen. Benjamin R. Mixon", where the sentence splitter may break too): an inverted subject
 * never runs into the next sentence ("… said an Israeli official. The official also said").
 */
function sentencePeriod(toks: readonly Token[], e: number): boolean {
  if (toks[e].text !== '.') return false;
  const prev = toks[e - 1];
  return !prev || prev.end !== toks[e].start || !/^\p{Lu}\p{Ll}{0,3}$/u.test(prev.text);
}

/** A possessive determiner after "of" inside a noun phrase: "one of his aides", "a friend of her family". */
function possessiveAfterLink(toks: Token[], e: number, k: number): boolean {
  return e > k && POSSESSIVES.has(toks[e].lower) && toks[e - 1].lower === 'of' && toks[e + 1]?.pos === 'NOUN';
}

/**
 * phraseAfter, also for a noun phrase opened by a possessive determiner: the inverted subject of
 * "“We will appeal,” said his lawyer, John Smith." (not in general: "According to their press release
 * the ban …" would run on past the source).
 */
export function possessedPhraseAfter(doc: ArticleDocument, k: number, hi: number): Phrase | null {
  const toks = doc.tokens;
  const next = toks[k + 1];
  if (k + 1 < hi && POSSESSIVES.has(toks[k].lower) && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
    const rest = phraseAfter(doc, k + 1, hi);
    if (rest) return nameInApposition(doc, phrase(doc, k, rest.endToken), hi);
  }
  const found = phraseAfter(doc, k, hi);
  return found ? nameInApposition(doc, found, hi) : null;
}

/**
 * The person named in apposition after an inverted speaker that is a title or a body ("…," said
 * Lieutenant Colonel of the 4th Infantry Division, Jonathan Withington. / "…," said the division
 * spokesman, Lt. Col. Jonathan Withington.): the name, which ends the frame; else the phrase itself.
 */
export function nameInApposition(doc: ArticleDocument, p: Phrase, hi: number): Phrase {
  const toks = doc.tokens;
  const comma = p.endToken;
  if (comma + 1 >= hi || toks[comma].text !== ',' || isPersonPhrase(doc, p)) return p;
  const name = phraseAfter(doc, comma + 1, hi);
  // (a full name: "said U.S. military spokesman, Lt. Col, Christopher C. Garver" has a stray comma)
  if (!name || !isPersonPhrase(doc, name) || !/\s/.test(doc.text.slice(name.head.start, name.head.end))) return p;
  const after = toks[name.endToken];
  // (or by a relative clause on the name or an adjunct of the saying: "…, said local farmer, Hashim
  // Assafi who also said …", "…, said White House spokesman, Sean McCormack in a statement to the press")
  return !after ||
    after.text === ',' ||
    APPOSITION_FOLLOWERS.has(after.lower) ||
    sentencePeriod(toks, name.endToken) ||
    name.endToken >= hi
    ? name
    : p;
}

/** Words that may follow a name in apposition to an inverted speaker: a relative on it, an adjunct of the saying. */
const APPOSITION_FOLLOWERS = new Set(['who', 'whose', 'in', 'to', 'on', 'at', 'during']);

/** Whether a phrase's head is a person the entity layer named. */
function isPersonPhrase(doc: ArticleDocument, p: Phrase): boolean {
  if (p.headKind !== 'name') return false;
  const hit = doc.entityAt(p.head.start);
  return hit?.entity.type === 'PERSON';
}

/** Week days, which a name does not run on into. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const isDay = (t: Token | undefined) =>
  t !== undefined && (DEICTIC_DAYS.has(t.lower) || (t.lower.endsWith('day') && WEEKDAY.test(t.lower)));

/**
 * The index after the day a phrase was said on, when one starts at token e ("according to a report
 * Tuesday from WKOW", "according to a congressional report on Wednesday"): a week day or a deictic
 * day, alone or after "on" (a month may be a name: "Theresa May"); else -1.
 */
export function dayAfter(toks: Token[], e: number): number {
  const end = isDay(toks[e]) ? e + 1 : toks[e]?.lower === 'on' && isDay(toks[e + 1]) ? e + 2 : -1;
  // (a day that modifies the noun after it is part of the phrase: "a Wednesday editorial", "the Sunday Times")
  const next = toks[end];
  if (end < 0 || (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || possessiveApostrophe(toks, end)))) return -1;
  return end;
}

/**
 * Whether "to" at token e follows a person's name: whom the words were said to, not a title's
 * complement ("…," said Olmert to reporters; "said John Smith to Bob Jones"; but "said Ambassador
 * to Japan John Smith").
 */
function addresseeAfterName(doc: ArticleDocument, e: number): boolean {
  if (doc.tokens[e].lower !== 'to' || e === 0) return false;
  const hit = doc.entityAt(doc.tokens[e - 1].start);
  return (
    !!hit && hit.entity.type === 'PERSON' && hit.mention.kind === 'name' && hit.mention.end === doc.tokens[e - 1].end
  );
}

/** The noun phrase starting at token k (an inverted subject: said Sullivan; according to X). */
export function phraseAfter(doc: ArticleDocument, k: number, hi: number): Phrase | null {
  const toks = doc.tokens;
  if (k >= hi) return null;
  const t = toks[k];
  if (t.pos === 'PRON')
    return lex.subjectPronouns.has(t.lower) || t.lower === 'him' || t.lower === 'her' ? phrase(doc, k, k + 1) : null;
  if (!(npToken(t) || underSecretaryAt(toks, k)) || NP_LINKS.has(t.lower)) return null;
  // "…," said one of them: a quantifier with "of" and a pronoun (not "one of those lawyers")
  if (
    quantifier(t) &&
    toks[k + 1]?.lower === 'of' &&
    PARTITIVE_PRONOUNS.has(toks[k + 2]?.lower ?? '') &&
    k + 2 < hi &&
    !(k + 3 < hi && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(toks[k + 3].pos))
  )
    return phrase(doc, k, k + 3);
  let e = k;
  for (;;) {
    // a hyphened compound is one word of the phrase, whatever the tagger made of its parts
    // ("UK think-tank Demos", "the newly-inaugurated chief")
    while (e > k && e + 3 <= hi && hyphenedToNext(toks, e)) e += 3;
    if (e >= hi || e - k >= MAX_NP || !phraseGoesOn(doc, k, e)) break;
    e++;
  }
  while (e > k && (NP_LINKS.has(toks[e - 1].lower) || toks[e - 1].pos === 'DET')) e--;
  if (e <= k) return null;
  if (e - k === 1 && lex.nonSpeakers.has(t.lower)) return null;
  // (a word that dates the day after it is no phrase: "Late Tuesday", "Next Tuesday")
  if (e - k === 1 && TIME_PREPOSITIONS.has(t.lower) && dayAfter(toks, e) > 0) return null;
  return phrase(doc, k, e);
}

/**
 * Whether token e is the "Under" of a title ("said Under Secretary of State … Bonnie Jenkins"), which
 * the tagger reads as a preposition.
 */
const underSecretaryAt = (toks: Token[], e: number) =>
  toks[e].text === 'Under' && /^Secretary\b/.test(toks[e + 1]?.text ?? '');

/** Whether token e continues the phrase phraseAfter reads from k. */
function phraseGoesOn(doc: ArticleDocument, k: number, e: number): boolean {
  const toks = doc.tokens;
  return (
    !sentencePeriod(toks, e) &&
    (npToken(toks[e]) ||
      underSecretaryAt(toks, e) ||
      possessiveApostrophe(toks, e) ||
      possessiveAfterLink(toks, e, k) ||
      participleModifierAt(toks, e, k)) &&
    !isBreak(toks[e]) &&
    !(e > k && dayAfter(toks, e) > 0) &&
    !addresseeAfterName(doc, e) &&
    !articleAfterNoun(toks, e, k)
  );
}

/**
 * Whether token e is an article right after a noun of the phrase: it opens another phrase, the
 * subject of what was said ("According to the protestors the new legislation may …").
 */
function articleAfterNoun(toks: Token[], e: number, k: number): boolean {
  return e > k && opensSubject(toks, e) && (toks[e - 1].pos === 'NOUN' || toks[e - 1].pos === 'PROPN');
}

/**
 * Whether token e opens a clause's subject with no comma before it: an article ("… the new
 * legislation may …") or an existential "there" and its verb ("According to a nearby police
 * lieutenant there was a demonstration …").
 */
export function opensSubject(toks: readonly Token[], e: number): boolean {
  const t = toks[e];
  return !!t && (ARTICLES.has(t.lower) || (t.lower === 'there' && toks[e + 1]?.lemma === 'be'));
}

/**
 * Whether token e opens a hyphened compound, glued to the hyphen and the word after it, whatever the
 * tagger made of its first part: "UK think-tank Demos", "the fact-checking site".
 */
function hyphenedToNext(toks: Token[], e: number): boolean {
  return (
    toks[e + 1]?.text === '-' &&
    insideWord(toks, e + 1) &&
    /^\p{L}/u.test(toks[e].text) &&
    /^\p{L}/u.test(toks[e + 2].text)
  );
}

/**
 * Whether token e is a participle in -ed modifying the noun after it inside a phrase opened at k,
 * which the tagger read as a verb: "said the printed Cruz slate card".
 */
function participleModifierAt(toks: Token[], e: number, k: number): boolean {
  const t = toks[e];
  const prev = toks[e - 1];
  const next = toks[e + 1];
  if (e <= k || t.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(t.text) || !prev || !next) return false;
  return (prev.pos === 'DET' || prev.pos === 'ADJ') && (next.pos === 'NOUN' || next.pos === 'PROPN');
}
