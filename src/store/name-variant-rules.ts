// When two full names with the same surname may be one person's: the given names are the same, a
// short form of one another ("Tony" Blinken, "Antony" J. Blinken: data/lexicons/given-name-variants.json),
// a spelling of one another ("Anthony"), or one is only initials the other's spell ("J. Blinken");
// or the two words are the same name in the other order ("Abe Shinzo", "Shinzo Abe"). Pure: which of
// the people such a name stands for is for name-variants.ts to decide.
import { hypocorismPair, oneLetterApart } from '../analyze/entities/given-names.js';
import { normaliseName } from './keys.js';

/** A person's name in normalised words: the given name, the words between, the surname, a "Jr.". */
export interface NameParts {
  words: string[];
  given: string;
  middles: string[];
  surname: string;
  suffix: string;
}

/** Words after a surname that tell a son from his father ("Ferdinand Marcos Jr."). */
const GENERATIONAL_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The parts of a name of two words or more ("Joseph R. Biden, Jr.": surname Biden), or null. */
export function nameParts(name: string): NameParts | null {
  const words = normaliseName(name).split(' ');
  const suffix = words.length > 2 && GENERATIONAL_SUFFIXES.has(words[words.length - 1]) ? words.pop()! : '';
  if (words.length < 2) return null;
  return { words, given: words[0], middles: words.slice(1, -1), surname: words[words.length - 1], suffix };
}

/** Why two names may be one person's (reported with each merge: NameVariants.mergeTouched). */
export type VariantRule = 'same-given-name' | 'hypocorism' | 'spelling' | 'initials' | 'name-order';

/** Spelling variants are only trusted in names this long: "Dana"/"Diana", "Jon"/"Jan" are others. */
const MIN_SPELLING_LENGTH = 5;

/**
 * Why `a` may be a name of the same person as `b`, or null. Symmetric, except for initials: only
 * a name whose given name is an initial ("J. Blinken") may be a name of one that spells it out.
 */
export function variantRule(a: NameParts, b: NameParts): VariantRule | null {
  if (a.words.length === 2 && b.words.length === 2 && a.given === b.surname && a.surname === b.given) {
    return a.given === a.surname ? null : 'name-order';
  }
  // a son bears his father's name: "Ferdinand Marcos" may be either Marcos
  if (a.surname !== b.surname || a.suffix !== b.suffix) return null;
  if (a.given.length === 1) return b.given.length > 1 && initialsFit(a, b) ? 'initials' : null;
  if (b.given.length === 1) return null;
  if (!middlesAgree(a, b)) return null;
  if (a.given === b.given) return 'same-given-name';
  if (hypocorismPair(a.given, b.given)) return 'hypocorism';
  if (spellingVariant(a.given, b.given)) return 'spelling';
  return null;
}

/** "J. Blinken" fits "Antony J. Blinken", "J. R. Biden" fits "Joseph R. Biden": its initials, in order. */
function initialsFit(short: NameParts, full: NameParts): boolean {
  const initials = [short.given, ...short.middles];
  if (initials.some((w) => w.length !== 1)) return false;
  const theirs = [full.given, ...full.middles].map((w) => w[0]);
  let i = 0;
  for (const letter of theirs) if (i < initials.length && letter === initials[i]) i++;
  return i === initials.length;
}

/** Middle names or initials, where both names give them, start with the same letters. */
function middlesAgree(a: NameParts, b: NameParts): boolean {
  if (a.middles.length === 0 || b.middles.length === 0) return true;
  return a.middles.map((w) => w[0]).join('') === b.middles.map((w) => w[0]).join('');
}

/**
 * "Antony"/"Anthony", "Mohammed"/"Mohamed": one letter added, dropped or changed, both names at
 * least MIN_SPELLING_LENGTH long; not at the end, where it makes another name of the other sex
 * ("Mario"/"Maria", "Louis"/"Louise", "Daniel"/"Daniela"), nor at the start ("Naing"/"Taing").
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a.length < MIN_SPELLING_LENGTH || b.length < MIN_SPELLING_LENGTH) return false;
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && oneLetterApart(a, b);
}
