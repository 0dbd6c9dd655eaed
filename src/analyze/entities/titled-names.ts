// Names the recogniser left out right after a person's title. The model misses some unfamiliar
// names in short sentences ("Blinken met Foreign Minister Subrahmanyam Jaishankar today."), though a
// capitalised title head right before capitalised words that are no title, body, place or date is
// how news introduces a person. Those words become a person candidate (rule `after-title`); after a
// courtesy title ("Mr. Pence", "Ms Bishop") one word is enough.
import type { ArticleDocument, Token } from '../document.js';
import type { Candidate } from './candidates.js';
import { isKnownFirstName, lookupName, lookupSurname } from './kb.js';
import { withoutAccents } from '../nlp/accents.js';
import { lexiconSets } from './lexicon.js';
import { creditedIdentity } from './credited-people.js';

/** Longest name taken after a title, in words ("Luiz Inacio Lula da Silva" is the model's to find). */
const MAX_NAME_WORDS = 4;

/** A word that may be part of a person's name: a capital, then letters, hyphens or apostrophes. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

function isTitleHead(t: Token): boolean {
  // (asked of every token: an ASCII first letter that is no capital fails NAME_WORD without running
  // it, and the set of title heads answers most capitalised words before the pattern is run)
  const c = t.text.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  return lexiconSets().titleHeads.has(t.lower) && NAME_WORD.test(t.text);
}

const glued = (a: Token, b: Token) => a.end === b.start;

/** Courtesy titles, which only a person's name follows ("Mr. Rhodes", "Ms Bishop"; not "Miss", a verb). */
export const COURTESY_TITLES = /^(?:Mr|Mrs|Ms|Mx|Mme|Mlle|Messrs|Madam|Madame)\.?$/;

/**
 * Titles that follow a courtesy title as a form of address ("Mr. President", "Mr. Speaker", "Madam
 * Secretary"); other title words after one are a surname ("Ms Bishop", "Mr. King").
 */
export const ADDRESS_TITLES = new Set([
  'president',
  'vice',
  'speaker',
  'chairman',
  'chairwoman',
  'chair',
  'secretary',
  'minister',
  'prime',
  'ambassador',
  'mayor',
  'justice',
  'governor',
  'senator',
  'premier',
  'chancellor',
  'commissioner',
  'director',
  'deputy',
]);

/** Whether the token may be a word of the name after a title (after a courtesy title, a title word not of address may). */
function mayNameWord(t: Token, afterCourtesy = false): boolean {
  if (!NAME_WORD.test(t.text) || (t.pos !== 'PROPN' && t.pos !== 'X' && t.pos !== 'NOUN')) return false;
  const lex = lexiconSets();
  const w = t.lower;
  return (
    (!lex.titleHeads.has(w) || (afterCourtesy && !ADDRESS_TITLES.has(w))) &&
    !lex.titleModifiers.has(w) &&
    !lex.orgHeads.has(w) &&
    !lex.notNames.has(w) &&
    !lex.trailingTimeWords.has(w) &&
    !lex.courtesyTitles.has(w)
  );
}

/**
 * The run of name words after the title head at `k`, as [first, end) token indices, or null: each
 * word one space after the last, none another candidate holds, in the same sentence.
 */
function nameRunAfter(text: string, toks: Token[], k: number, taken: Set<number>): [number, number] | null {
  let end = k + 1;
  while (end < toks.length && end - k - 1 < MAX_NAME_WORDS) {
    const t = toks[end];
    if (taken.has(end) || t.sentence !== toks[k].sentence || !mayNameWord(t, COURTESY_TITLES.test(toks[k].text))) break;
    // one space between words: "Minister, Jaishankar" or "Minister\nJaishankar" is no name after a title
    if (t.start - toks[end - 1].end !== 1 || text[t.start - 1] !== ' ') break;
    end++;
    // "Ban Ki-moon", "Roh Moo-hyun": a hyphen and the word glued to it belong to the name word
    while (
      end + 1 < toks.length &&
      toks[end].text === '-' &&
      glued(toks[end - 1], toks[end]) &&
      glued(toks[end], toks[end + 1]) &&
      /^\p{L}+$/u.test(toks[end + 1].text)
    )
      end += 2;
  }
  // a name the recogniser found right after ("Prime Minister G P Koirala": Koirala) is where it ends
  if (end < toks.length && taken.has(end) && toks[end].start - toks[end - 1].end === 1) return null;
  // a word more than the limit means a longer run than a name: leave it to the recogniser
  if (end < toks.length && end - k - 1 === MAX_NAME_WORDS && !taken.has(end) && mayNameWord(toks[end])) return null;
  return end - k - 1 >= 1 ? [k + 1, end] : null;
}

/** The words of the person names the recogniser found in the document ("Dmytro Kuleba": dmytro, kuleba). */
function personWords(doc: ArticleDocument, out: Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of out)
    if (c.label === 'PER')
      for (const w of doc.text.slice(c.start, c.end).split(/\s+/)) words.add(withoutAccents(w).toLowerCase());
  return words;
}

/**
 * Whether one word after a title is a person's name: a word of a person named in the document
 * ("Foreign Minister Kuleba" after "Dmytro Kuleba"), or a surname the KB knows ("Prime Minister Abe").
 */
function isKnownPersonWord(doc: ArticleDocument, word: Token, named: () => Set<string>): boolean {
  // (accents aside: "Deputy Secretary General Geoana" after "Mircea Geoană")
  // (or a surname of one the byline or headline credits: "Foreign Minister Ebrard, Foreign Minister
  // Joly, thank you …" under "… With Mexican Foreign Secretary Marcelo Ebrard and …"; a transcript's
  // label in capitals is read as one: transcript labels)
  return (
    named().has(withoutAccents(word.lower)) ||
    lookupSurname(word.text, doc.published)?.kind === 'person' ||
    (!!(doc.byline || doc.title) && /\p{Ll}/u.test(word.text) && !!creditedIdentity(doc, word.text))
  );
}

/** Last words of a title's portfolio ("… for Political Affairs", "… for Korean Peninsula Peace and Security Affairs"). */
const PORTFOLIO_ENDS = new Set(['affairs', 'security', 'cooperation', 'relations', 'policy', 'operations', 'issues']);
/** The most words from a title's head to its portfolio's end. */
const MAX_PORTFOLIO_WORDS = 10;
const PORTFOLIO_JOINS = new Set(['for', 'of', 'and', 'on', '&']);

/**
 * Whether the capitalised portfolio word at k ends a title whose head comes before it, over
 * capitalised words and "for"/"of"/"and" ("Special Representative for … Security Affairs").
 */
function portfolioEnd(toks: Token[], k: number): boolean {
  if (!PORTFOLIO_ENDS.has(toks[k].lower) || !NAME_WORD.test(toks[k].text)) return false;
  // (the last of its words: "Security | Affairs" goes on)
  if (PORTFOLIO_ENDS.has(toks[k + 1]?.lower ?? '')) return false;
  let joined = false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_PORTFOLIO_WORDS && toks[j].sentence === toks[k].sentence; j--) {
    const t = toks[j];
    if (PORTFOLIO_JOINS.has(t.lower)) {
      joined ||= t.lower === 'for' || t.lower === 'of' || t.lower === 'on';
      continue;
    }
    if (!NAME_WORD.test(t.text)) return false;
    if (joined && isTitleHead(t)) return true;
  }
  return false;
}

/**
 * Adds a person candidate for each name after a title that no candidate holds: two to four words, or
 * one word known as a person's (isKnownPersonWord).
 */
export function withMissedTitledNames(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let added = false;
  let people: Set<string> | null = null;
  const named = () => (people ??= personWords(doc, out));
  for (let k = 0; k < toks.length - 1; k++) {
    // ("Mr. Pence", "Ms Bishop": a courtesy title names a person by any word after it)
    const courtesy = COURTESY_TITLES.test(toks[k].text);
    // ("ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk": a
    // title's portfolio may end it, a name of two words or more after)
    const portfolio = !courtesy && portfolioEnd(toks, k);
    if (!courtesy && !portfolio && !isTitleHead(toks[k])) continue;
    const run = nameRunAfter(doc.text, toks, k, taken);
    if (!run) continue;
    const [a, b] = run;
    // (one word is a name where the article names it so elsewhere, or where the holder's country
    // follows it: "Prime Minister Kishida of Japan", "President Ruto of Kenya")
    if (
      b - a === 1 &&
      (portfolio || (!courtesy && !isKnownPersonWord(doc, toks[a], named) && !countryOfHolderAfter(doc, b)))
    )
      continue;
    const start = toks[a].start;
    const end = toks[b - 1].end;
    // a place, a country or a body the KB knows by these words is not a person
    const hit = courtesy ? undefined : lookupName(doc.text.slice(start, end));
    if (hit && hit.kind !== 'person') continue;
    out.push({ start, end, label: 'PER', rule: 'after-title', afterTitle: true });
    for (let i = a; i < b; i++) taken.add(i);
    added = true;
    k = b - 1;
  }
  return added ? out.sort((x, y) => x.start - y.start) : out;
}

/** The most words of a country's name after "of". */
const MAX_COUNTRY_WORDS = 4;

/** Whether "of" and a country the KB knows follow token b-1 ("… Kishida of Japan is here"). */
function countryOfHolderAfter(doc: ArticleDocument, b: number): boolean {
  const toks = doc.tokens;
  if (toks[b]?.lower !== 'of') return false;
  let e = b + 1;
  if (toks[e]?.lower === 'the') e++;
  const first = e;
  while (e < toks.length && e - first < MAX_COUNTRY_WORDS && /^\p{Lu}/u.test(toks[e].text)) e++;
  for (let end = e; end > first; end--)
    if (lookupName(doc.text.slice(toks[first].start, toks[end - 1].end))?.kind === 'country') return true;
  return false;
}

/** Longest given-name part a surname is joined to ("Robert", "Mary Ann"). */
const MAX_GIVEN_WORDS = 2;

/**
 * "PRESS SECRETARY ROBERT GIBBS": the recogniser sometimes ends a person's name at a given name and
 * leaves the surname after it out, most often in capitals. A surname right after it (one space, the
 * same sentence, no candidate of its own) joins it when the article names that person elsewhere
 * ("MR. GIBBS"): a given name and a person's surname side by side are one name (rule
 * `+surname-joined`).
 */
export function withSurnamesJoined(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let people: Set<string> | null = null;
  const named = () => (people ??= personWords(doc, out));
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.label !== 'PER') continue;
    const last = doc.tokenIndexAt(c.end - 1);
    const first = doc.tokenIndexAt(c.start);
    const next = last + 1;
    if (last < 0 || first < 0 || next >= toks.length || last - first + 1 > MAX_GIVEN_WORDS) continue;
    const t = toks[next];
    if (taken.has(next) || t.sentence !== toks[last].sentence || t.start - toks[last].end !== 1) continue;
    if (doc.text[t.start - 1] !== ' ' || !mayNameWord(t) || !isKnownFirstName(toks[last].text)) continue;
    // the next word is a surname the article gives a person elsewhere (a KB surname alone is not
    // enough: "Adam Air" is an airline)
    if (!named().has(withoutAccents(t.lower)) || out[i + 1]?.start === t.start) continue;
    out[i] = { start: c.start, end: t.end, label: 'PER', rule: `${c.rule}+surname-joined`, afterTitle: c.afterTitle };
    taken.add(next);
  }
  return out;
}
