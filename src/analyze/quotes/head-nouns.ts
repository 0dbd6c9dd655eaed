// Common nouns that head a speaker phrase though a name follows them: a title's ("the president of
// Colombia"), a relation's ("his best friend at Lehigh"), a group's named by whose they are
// ("Supporters of Donald Trump"). headOf asks these, and speakers.ts.
import type { ArticleDocument, Token } from '../document.js';
import { POSSESSIVES } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { isPeopleHead, isSomeonesPeople } from './people-nouns.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';

/** Words that may open such a phrase before its noun ("About 200", "some of the", "two close"). */
const GROUP_LEAD_POS = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/**
 * Whether the phrase [a, b) is a group of people named by whose they are: a plural noun for people
 * ("supporters", "relatives", "aides"), only a count or modifiers before it, then "of", "to" or
 * "for" and the rest.
 */
export function groupOfSomeone(doc: ArticleDocument, a: number, b: number): boolean {
  const toks = doc.tokens;
  for (let f = a + 1; f < b - 1; f++) {
    if (!GROUP_LINKS.has(toks[f].lower)) continue;
    if (!groupNounBeforeLink(doc, f)) return false;
    for (let k = a; k < f - 1; k++) if (!GROUP_LEAD_POS.has(toks[k].pos) && toks[k].lower !== 'about') return false;
    return true;
  }
  return false;
}
const GROUP_LINKS = new Set(['of', 'to', 'for']);

/**
 * Whether token f is "of", "to" or "for" after a plural noun for someone's people ("aides to",
 * "supporters of"), not inside a name ("Friends of the Earth").
 */
export function groupNounBeforeLink(doc: ArticleDocument, f: number): boolean {
  const toks = doc.tokens;
  const noun = toks[f - 1];
  if (!GROUP_LINKS.has(toks[f].lower) || !noun || !isSomeonesPeople(noun.lower)) return false;
  return doc.entityAt(noun.start)?.mention.kind !== 'name';
}

/**
 * A place's class before its name ("the mayor of the Israeli town of Sderot"; not "state", the
 * portfolio of "secretary of state Hillary Clinton").
 */
const SETTLEMENT_CLASSES = ['town', 'city', 'village', 'province', 'region', 'district', 'island', 'county'];

/** Lower-case words a name after a title's "of" may hold ("the Republic of Korea in Seoul"). */
const OF_OBJECT_WORDS = new Set(['the', 'of', 'and', 'in', 'at', ...SETTLEMENT_CLASSES]);

/** A title's common noun, in lower case ("president", "governor", "mayor"). */
export function isTitleNoun(t: Token): boolean {
  return (
    t.pos === 'NOUN' &&
    /^\p{Ll}/u.test(t.text) &&
    (lex.titles.has(t.lower) || entityLexicon().personNominalHeads.has(t.lower))
  );
}

/** The index of "of" after a lower-case title noun or people's noun opening [a, b) ("the president of …"), or -1. */
export function titleOf(toks: Token[], a: number, b: number): number {
  let i = a;
  while (i < b && (toks[i].pos === 'DET' || toks[i].pos === 'ADJ')) i++;
  // (or people's: "some residents of the Kodori Gorge")
  if (!toks[i] || !(isTitleNoun(toks[i]) || isPeopleHead(toks, i)) || toks[i + 1]?.lower !== 'of') return -1;
  // (what follows "of" is a name, and at most where: "the commander of EUFOR in Chad"; not a
  // portfolio before the holder's name, "professor of Korean studies at Leiden University Remco Breuker")
  for (let k = i + 2; k < b; k++) if (/^\p{Ll}/u.test(toks[k].text) && !OF_OBJECT_WORDS.has(toks[k].lower)) return -1;
  return i + 1;
}

/** Prepositions that tie a person to where they belong ("his friend at Lehigh", "her aide in Kabul"). */
const BELONGING_PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'in']);

/**
 * The common noun of a relation opening [a, b) — a possessive, adjectives, the noun, then a
 * preposition of belonging ("his best friend at Lehigh") — or -1.
 */
export function relationNoun(toks: Token[], a: number, b: number): number {
  if (!POSSESSIVES.has(toks[a].lower)) return -1;
  let i = a + 1;
  while (i < b && toks[i].pos === 'ADJ') i++;
  const relation =
    i + 1 < b &&
    toks[i].pos === 'NOUN' &&
    /^\p{Ll}/u.test(toks[i].text) &&
    BELONGING_PREPOSITIONS.has(toks[i + 1].lower);
  return relation ? i : -1;
}

/** Whether every token of [a, b) is a title word (Secretary General, Prime Minister). */
export function allTitles(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!lex.titles.has(toks[i].lower)) return false;
  return true;
}

/** Nouns of one who counsels or backs someone, and speaks for themselves ("an adviser to John McCain"). */
const COUNSEL_NOUNS = new Set([
  'adviser',
  'advisor',
  'aide',
  'ally',
  'friend',
  'confidant',
  'confidante',
  'associate',
  'supporter',
  'counselor',
  'counsellor',
  'consultant',
  'strategist',
]);

/**
 * The noun of one person named by whom they counsel or back, opening [a, b), or -1: an article, adjectives, a
 * counsellor's noun, then "to" or "of" ("An advisor to John McCain noted …", "a longtime adviser to
 * both Clintons"). The name after the link says whose; the speaker is the adviser. (A spokesman or a
 * lawyer "for" someone speaks for them, and is left to the name.)
 */
export function counselOfSomeone(toks: Token[], a: number, b: number): number {
  if (!ARTICLES.has(toks[a].lower)) return -1;
  let i = a + 1;
  while (i < b && (toks[i].pos === 'ADJ' || toks[i].pos === 'ADV')) i++;
  const counsel =
    i + 1 < b && COUNSEL_NOUNS.has(toks[i].lower) && (toks[i + 1].lower === 'to' || toks[i + 1].lower === 'of');
  return counsel ? i : -1;
}
const ARTICLES = new Set(['a', 'an', 'the', 'one']);
