// Short forms of given names ("Tony" for "Antony", "Joe" for "Joseph"), from the hand-written list
// in data/lexicons/given-name-variants.json: the store joins "Tony Blinken" to "Antony J. Blinken",
// and an article's "Thanks, Tony" is the Antony it named in full.
import { loadGivenNameVariants } from './data.js';
import { isKnownFirstName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';

let hypocorisms: Map<string, Set<string>> | null = null;

/** Full given name → its short forms, and each short form → the full names it stands for (lower case). */
function loadHypocorisms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    const set = map.get(x) ?? new Set<string>();
    set.add(y);
    map.set(x, set);
  };
  for (const [full, shorts] of Object.entries(loadGivenNameVariants().hypocorisms)) {
    for (const short of shorts) {
      link(full, short);
      link(short, full);
    }
  }
  return map;
}

/** Whether one given name is a listed short form of the other (two short forms do not meet). */
export function hypocorismPair(a: string, b: string): boolean {
  hypocorisms ??= loadHypocorisms();
  return hypocorisms.get(a)?.has(b) ?? false;
}

/** The listed short forms of a full given name, lower case ("antony" → tony). */
export function shortFormsOfGiven(full: string): readonly string[] {
  return loadGivenNameVariants().hypocorisms[full] ?? NO_FORMS;
}
const NO_FORMS: readonly string[] = [];

let shortForms: Set<string> | null = null;

/** Whether a word is a listed short form of some given name ("Matt", "Ben"; any case). */
export function isShortGivenName(word: string): boolean {
  shortForms ??= new Set(Object.values(loadGivenNameVariants().hypocorisms).flat());
  return shortForms.has(word.toLowerCase());
}

/** Whether two names differ by exactly one letter, added, dropped or changed ("Antony"/"Anthony"). */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // after the first difference the rest is the same
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A capitalised given name: one the KB's people bear or a listed short form of one, and no title or
 * common word the KB's first names hold too ("Ambassador", "Staff").
 */
export function isGivenNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(word) || !(isKnownFirstName(word) || isShortGivenName(word))) return false;
  const lex = lexiconSets();
  const lower = word.toLowerCase();
  if (lex.titleHeads.has(lower) || lex.titleModifiers.has(lower) || lex.courtesyTitles.has(lower)) return false;
  return !usuallyLowerCase(word);
}
