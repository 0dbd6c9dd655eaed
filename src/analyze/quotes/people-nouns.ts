// Plural nouns for people ("residents", "analysts", "families", sector nouns): a group that speaks
// ("Residents of the Kodori Gorge told …", "They say …" after "Lawyers for the families …").
import { PEOPLE_PLURALS } from '../entities/plural-nouns.js';
import type { Token } from '../document.js';
import { sectorOf } from '../entities/kb.js';

/** Bodies in the plural, which speak as their people do. */
const BODY_PLURALS = ['agencies', 'organizations', 'organisations', 'charities', 'companies', 'governments', 'groups'];

/** Plural nouns for groups of people that no sector noun covers ("analysts", "witnesses", "families"). */
const GROUP_NOUNS = new Set([
  'analysts',
  'experts',
  'critics',
  'witnesses',
  'investigators',
  'organizers',
  'organisers',
  'researchers',
  'parents',
  'members',
  'families',
  'supporters',
  'opponents',
  'campaigners',
  'observers',
  'economists',
  'historians',
  'scholars',
  'relatives',
  'neighbours',
  'neighbors',
  'colleagues',
  'counterparts',
  'officers',
  'fans',
  // bodies in the plural speak as their people do ("Many aid agencies … They said …")
  ...BODY_PLURALS,
]);

/** Whether a lower-case plural names people themselves ("analysts", "witnesses"), not bodies ("agencies"). */
export const isGroupNoun = (lower: string): boolean => GROUP_NOUNS.has(lower) && !BODY_PLURALS.includes(lower);

/** Plural nouns for someone's people beside the groups above: "aides to …", "allies of …". */
const RELATION_PLURALS = new Set([
  'aides',
  'allies',
  'advisers',
  'advisors',
  'friends',
  'lawyers',
  'attorneys',
  'associates',
  'backers',
  'loyalists',
  'followers',
  'spokesmen',
  'spokespeople',
]);

/** Whether a lower-case plural names someone's people ("supporters", "relatives", "aides", "lawyers"). */
export const isSomeonesPeople = (lower: string): boolean => isGroupNoun(lower) || RELATION_PLURALS.has(lower);

/** Nouns for people that take a plural verb with no -s of their own ("Police confiscated …. They are saying …"). */
export const COLLECTIVE_PLURALS = PEOPLE_PLURALS;

/** Nouns of a large count of people, plural with no noun of their own ("hundreds of …", "Hundreds cast …"). */
export const COUNT_PLURALS = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

/** A plural noun for people: a sector noun or a listed one ("residents", "analysts", "families"). */
export function isPeopleNoun(t: Token): boolean {
  const plural = t.lower.endsWith('s') && (t.pos === 'PROPN' || t.lower !== t.lemma);
  return plural && peoplePlural(t.lower);
}

/** Whether a lower-case plural is a noun for people: a listed one or a sector noun. */
const peoplePlural = (plural: string): boolean => GROUP_NOUNS.has(plural) || !!sectorOf(plural);

/**
 * Whether token i is a plural noun for people heading a phrase ("some residents of …", "Members of …"
 * opening a sentence): in lower case, or capitalised as the sentence's first word.
 */
export function isPeopleHead(toks: Token[], i: number): boolean {
  const t = toks[i];
  const opening = i === 0 || toks[i - 1].sentence !== t.sentence;
  if (!(t.pos === 'NOUN' || (opening && t.pos === 'PROPN'))) return false;
  return (opening || /^\p{Ll}/u.test(t.text)) && isPeopleNoun(t);
}

/** The most lower-case words between a body's name and its people ("NATO defense ministers"). */
const MAX_PEOPLE_MODIFIERS = 2;

/**
 * The token after the people a body's name at tokens before k is followed by ("G7 | foreign
 * ministers", "EU | officials"): a plural noun for people after at most two lower-case modifiers (a
 * portfolio, a rank). -1 where no such noun follows.
 */
export function peopleOfBodyEnd(toks: Token[], k: number, one = false): number {
  for (let j = k; j < toks.length && j - k <= MAX_PEOPLE_MODIFIERS; j++) {
    const t = toks[j];
    if (isPeopleNoun(t) && t.pos !== 'PROPN') return j + 1;
    // (with `one`, a single member too: "a senior Pentagon official", "an IDF officer")
    if (one && t.pos === 'NOUN' && t.lower === t.lemma && peoplePlural(t.lower + 's')) return j + 1;
    if (t.text !== t.lower || !/^(?:ADJ|NOUN)$/.test(t.pos)) return -1;
  }
  return -1;
}
