// A full name the recogniser read as a place, a body or a thing is a person's when the same article
// names that person by surname after a title: a briefing's heading in capitals, "PRESS CALL BY BEN
// RHODES, DEPUTY NATIONAL SECURITY ADVISOR …", gave a place "BEN RHODES", and its transcript's "MR.
// RHODES: Thanks, everybody" a person "Rhodes" of his own. The title says who bears the surname;
// the full name is retyped (rule +titled-surname), and the surname then joins it as any other.
import type { ArticleDocument } from '../document.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';
import { typedName, type TypedName } from './typing.js';

/** Rules that read a one-word name as a person because a title stands before it ("Mr. Rhodes", "Secretary Blinken"). */
const AFTER_TITLE = /^(?:name-)?after-title(?:\+|$)/;

/** Names of two to four words; longer runs are rarely one person's name. */
const MAX_WORDS = 4;

export function withTitledSurnames(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  let titled: Set<string> | null = null;
  // surnames a person named in full, or the KB, already stands behind are no evidence for another
  // name ("CHANCELLER MERKEL", a heading's misspelt title, is not a person beside Angela Merkel)
  // (surname → the full names, lower case, that stand behind it)
  const taken = new Map<string, Set<string>>();
  const take = (surname: string, full: string) => {
    const names = taken.get(surname);
    if (names) names.add(full);
    else taken.set(surname, new Set([full]));
  };
  for (const n of typed) {
    if (n.type !== 'PERSON') continue;
    const text = doc.slice(n);
    if (/\s/.test(text)) take(text.slice(text.lastIndexOf(' ') + 1).toLowerCase(), text.toLowerCase());
    else if (n.hit) take(text.toLowerCase(), n.hit.name.toLowerCase());
    else if (AFTER_TITLE.test(n.rule)) (titled ??= new Set()).add(text.toLowerCase());
  }
  if (!titled) return typed;
  const surnames = titled;
  return typed.map((n) => {
    if (n.type === 'PERSON' || n.hit) return n;
    const words = doc.slice(n).split(/\s+/);
    if (words.length < 2 || words.length > MAX_WORDS) return n;
    const surname = words[words.length - 1].toLowerCase();
    if (!surnames.has(surname) || !words.every(personNameWord)) return n;
    // (the same name as a person's elsewhere in the article is that person: "BEN RHODES", "Ben Rhodes")
    const others = taken.get(surname);
    if (others && !others.has(words.join(' ').toLowerCase())) return n;
    return typedName(n, 'PERSON', undefined, `${n.rule}+titled-surname`);
  });
}

/** Whether a word (lower case) is one of a title, a body, a place or a facility, or no name at all. */
export function isTitleBodyOrPlaceWord(lower: string): boolean {
  const lex = lexiconSets();
  return (
    lex.titleHeads.has(lower) ||
    lex.titleModifiers.has(lower) ||
    lex.courtesyTitles.has(lower) ||
    lex.orgHeads.has(lower) ||
    lex.placeHeads.has(lower) ||
    lex.facilityHeads.has(lower) ||
    lex.bodyEndWords.has(lower) ||
    lex.companyNameWords.has(lower) ||
    lex.notNames.has(lower)
  );
}

/**
 * A word that may stand in a person's name: capitalised, not a word news mostly writes in lower
 * case ("Camp David", "Global Coalition"), and no title, body or place word ("State Councilor Wang",
 * "Presidents Macron", "Groupe Danone" keep their reading).
 */
function personNameWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (isTitleBodyOrPlaceWord(lower)) return false;
  // (a word in capitals is asked about as news writes it: "RHODES" as "Rhodes")
  return !usuallyLowerCase(word[0] + lower.slice(1));
}
