// A person's name the recogniser ran onto the end of a portfolio or a body's name: "Under Secretary
// for Civilian Security, Democracy, and Human Rights Uzra Zeya", "Assistant Secretary for Consular
// Affairs Rena Bitter", "Special Envoy for the Office of Science and Technology Policy Alondra
// Nelson". A portfolio's last word ends no person's name, so the capitalised words after it are the
// holder's name.
import type { ArticleDocument, Token } from '../document.js';
import { englishGivenNames } from './data.js';
import { isKnownFirstName, lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';

/** An initial ("W.") or a surname with its particle glued on ("al-Rubaie"). */
const INITIAL = /^\p{Lu}\.$/u;
const PARTICLE_SURNAME = /^(?:al|el|bin|ibn)-\p{Lu}/u;

/**
 * Where the holder's name starts in the recogniser's span [a, b) when two to four name words end it
 * right after a portfolio's last word (Rights, Affairs, Migration, Resources), else -1. The name
 * must open with a first name the KB knows, or else open and end with words news does not write in
 * lower case ("Human Rights Day", "Human Rights National Observatory" stay whole).
 */
export function holderAfterPortfolio(doc: ArticleDocument, a: number, b: number): number {
  const lex = lexiconSets();
  const toks = doc.tokens;
  for (let k = b - 2; k >= Math.max(a + 1, b - 4); k--) {
    const end = toks[k - 1].lower;
    // (or a body the KB knows by one word: "Israeli Speaker of the Knesset Mickey Levy")
    const body = lookupName(toks[k - 1].text)?.kind === 'org';
    if (!lex.bodyEndWords.has(end) && !lex.portfolioEndWords.has(end) && !body) continue;
    const name = toks.slice(k, b);
    const first = name[0];
    if (!name.every(isNameWord) || INITIAL.test(first.text) || !titleBefore(doc, a)) return -1;
    if (isKnownFirstName(first.text) || englishGivenNames().has(first.text)) return k;
    // (after a body's one-word name, only a given name opens a person's: "NATO Strategic Concept")
    if (body) return -1;
    // (else neither end may be a word news writes in lower case: "Human Rights National Observatory";
    // a surname after a given name may be one: "Consular Affairs Rena Bitter")
    const last = name[name.length - 1];
    return !usuallyLowerCase(first.text) && (name.length === 2 || !usuallyLowerCase(last.text)) ? k : -1;
  }
  return -1;
}

/** How far before the span a portfolio's title may stand ("Under Secretary for Civilian Security, Democracy, and"). */
const TITLE_REACH = 12;

/**
 * Whether a capitalised title word stands shortly before token a in its sentence: the span is then a
 * title's portfolio ("Assistant Secretary for Consular Affairs Rena Bitter"), not a body the text
 * names ("quoted the Human Rights National Observatory").
 */
function titleBefore(doc: ArticleDocument, a: number): boolean {
  const lex = lexiconSets();
  const toks = doc.tokens;
  for (let k = a - 1; k >= 0 && k >= a - TITLE_REACH && toks[k].sentence === toks[a].sentence; k--)
    if (/^\p{Lu}/u.test(toks[k].text) && lex.titleHeads.has(toks[k].lower)) return true;
  return false;
}

/** A word a person's name may hold: capitalised, no title, body or portfolio word, nothing the KB knows as other than a person. */
export function isNameWord(t: Token): boolean {
  if (INITIAL.test(t.text) || PARTICLE_SURNAME.test(t.text)) return true;
  const lex = lexiconSets();
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  if (lex.titleHeads.has(t.lower) || lex.orgHeads.has(t.lower) || lex.bodyEndWords.has(t.lower)) return false;
  if (lex.portfolioEndWords.has(t.lower) || lex.companyNameWords.has(t.lower)) return false;
  if (lex.placeHeads.has(t.lower) || lex.facilityHeads.has(t.lower)) return false;
  const hit = lookupName(t.text);
  return !hit || hit.kind === 'person';
}
