// "the Joint Comprehensive Plan of Action (JCPOA)": an acronym in parentheses right after a name is
// defined as that name. Whether its letters fit the name is Schwartz and Hearst's test (2003): read
// from the end, each letter of the short form occurs in the long form in order, the first one at the
// start of a word ("NPT" in "Treaty on the Non-Proliferation of Nuclear Weapons").
import type { ArticleDocument } from '../document.js';
import type { Span } from '../types.js';

/**
 * An acronym's shape: a capital, then one to seven capitals or digits, an ampersand between two
 * capitals standing for "and" ("S&N", "AT&T"), and a plural's "s" ("IDPs").
 */
export const ACRONYM_SHAPE = '\\p{Lu}(?:[\\p{Lu}\\d]|&(?=\\p{Lu})){1,7}s?';
const ACRONYM = new RegExp(`^${ACRONYM_SHAPE}$`, 'u');

/** An acronym's letters, without a plural's "s" ("IDPs" → "IDP"). */
export function acronymLetters(acronym: string): string {
  return /\p{Lu}s$/u.test(acronym) ? acronym.slice(0, -1) : acronym;
}

/** The acronym's other number: "SOE" → "SOEs", "IDPs" → "IDP". */
export function otherNumber(acronym: string): string {
  const letters = acronymLetters(acronym);
  return letters === acronym ? acronym + 's' : letters;
}

/** Whether the acronym stands in parentheses right after a name that ends at `nameEnd`. */
export function inParenthesesAfter(doc: ArticleDocument, nameEnd: number, acronym: Span, text: string): boolean {
  return ACRONYM.test(text) && doc.text[acronym.end] === ')' && /^\s*\($/.test(doc.text.slice(nameEnd, acronym.start));
}

/** Whether the short form's letters occur in the long form in order, its first at a word's start. */
export function abbreviates(short: string, long: string): boolean {
  // (an ampersand stands for "and", which the long form may write or leave out)
  const s = short.toLowerCase().replace(/&/g, '');
  const l = long.toLowerCase();
  const wordStart = (i: number) => i === 0 || !/[\p{L}\d]/u.test(l[i - 1]);
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s[si];
    while (li >= 0 && (l[li] !== c || (si === 0 && !wordStart(li)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}
