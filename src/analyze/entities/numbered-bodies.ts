// Bodies whose names hold a digit: "G7 foreign ministers met in London" gave no entity, the recogniser
// having learnt no word of letters and digits as a name (CoNLL writes "G7" seldom, and as a summit),
// and the ministers then read as Britain's. A capitalised word of letters and digits that the
// knowledge base knows as a body is one (rule `kb-numbered-body`): G7, G-7's spelling without the
// hyphen, G20, G77. Other such words (F-16, H1, Q2, M4) are left alone: the KB knows them as no body.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import { lookupName } from './kb.js';

/** A capital, then letters and digits, a digit among them ("G7", "G20"; not "H1N1" alone: the KB decides). */
const LETTERS_AND_DIGITS = /^\p{Lu}[\p{L}\d]*\d[\p{L}\d]*$/u;

/** The candidates with such bodies added (their tokens then taken), in text order. */
export function withNumberedBodies(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let added = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (taken.has(k) || !LETTERS_AND_DIGITS.test(t.text) || lookupName(t.text)?.kind !== 'org') continue;
    out.push({ start: t.start, end: t.end, label: 'ORG', rule: 'kb-numbered-body', afterTitle: false });
    taken.add(k);
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/** Words right after a broadcaster's name and its number ("Rustavi 2 television", "Channel 10 TV"). */
const BROADCAST_NOUNS = new Set(['television', 'tv', 'radio', 'channel', 'station']);

/**
 * Broadcasters named with a number: "Georgia's Rustavi 2 television", "Rustavi 2 TV". The recogniser
 * stops before the number, and reads the word alone as a body once and a person the next time; a
 * name, then a number of one or two digits, then a word for a broadcaster, is the body's name with
 * its number (rule `numbered-broadcaster`). Its candidates are changed in place.
 */
export function withNumberedBroadcasters(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const toks = doc.tokens;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const k = doc.tokenIndexAt(c.end - 1) + 1;
    const number = toks[k];
    if (!number || number.start !== c.end + 1 || !/^\d{1,2}$/.test(number.text)) continue;
    if (!BROADCAST_NOUNS.has(toks[k + 1]?.lower ?? '')) continue;
    out[i] = {
      start: c.start,
      end: number.end,
      label: 'ORG',
      rule: `${c.rule}+numbered-broadcaster`,
      afterTitle: c.afterTitle,
    };
  }
  return out;
}
