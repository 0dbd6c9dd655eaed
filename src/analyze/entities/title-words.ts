// Titles as words: a bare title ("the Deputy Secretary", "Mr. Prime Minister") names nobody,
// unless a word of it is also some known person's surname ("Mr. King").
import { lookupSurname } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { pluralInS, singularNoun } from './plural-nouns.js';

/** Whether a title word is also some known person's surname (King, Bishop): then it may be a name. */
export function isAlsoSurname(word: string): boolean {
  // asked for every title word of every run of capitals: each word's answer, which no date changes, kept
  const known = alsoSurname.get(word);
  if (known !== undefined) return known;
  const surname = !!lookupSurname(word[0].toUpperCase() + word.slice(1).toLowerCase(), null);
  if (alsoSurname.size >= ALSO_SURNAME_LIMIT) alsoSurname.clear();
  alsoSurname.set(word, surname);
  return surname;
}

/** Title words asked about before and whether each is also a KB surname. */
const alsoSurname = new Map<string, boolean>();
const ALSO_SURNAME_LIMIT = 10_000;

/** The words of a bare title ("Secretary", "Deputy Secretary", "Vice President"), else null. */
export function bareTitleWords(text: string): readonly string[] | null {
  // asked of every name mention and speaker phrase: each text's answer worked out once (only read)
  let words = bareTitles.get(text);
  if (words === undefined) {
    words = titleWordsOf(text);
    if (bareTitles.size >= ALSO_SURNAME_LIMIT) bareTitles.clear();
    bareTitles.set(text, words);
  }
  return words;
}

/** Texts asked about before and their bare title's words (null: no bare title). */
const bareTitles = new Map<string, string[] | null>();

function titleWordsOf(text: string): string[] | null {
  const lex = lexiconSets();
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4 || !isTitleHead(words[words.length - 1])) return null;
  // ("Foreign Affairs Minister", "Home Affairs Minister": a portfolio's "affairs" after its modifier)
  const affairs = (w: string, i: number) => w === 'affairs' && i > 0 && lex.titleModifiers.has(words[i - 1]);
  if (words.length > 3 && !words.some(affairs)) return null;
  return words.every((w, i) => isTitleHead(w) || lex.titleModifiers.has(w) || affairs(w, i)) ? words : null;
}

/** A title without the office to come written onto its head ("President-elect" → "President", "Minister-designate"). */
export function withoutOfficeToCome(text: string): string {
  return text.replace(/-(?:elect|designate)$/i, '');
}

/** A title's head word, or one with the office to come glued on ("the President-elect" is a bare title too). */
function isTitleHead(word: string): boolean {
  const heads = lexiconSets().titleHeads;
  return heads.has(word) || heads.has(withoutOfficeToCome(word));
}

/**
 * Whether a lower-case word is a title's head in the plural ("ministers", "secretaries", "chairmen"):
 * several office holders, not one's title (a word that is a title head itself is not).
 */
export function isPluralTitle(lower: string): boolean {
  const heads = lexiconSets().titleHeads;
  return !heads.has(lower) && pluralInS(lower) && heads.has(singularNoun(lower));
}
