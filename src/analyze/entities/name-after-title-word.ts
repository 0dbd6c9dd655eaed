// A person's first name the recogniser left out after a lower-case title: "Pakistan's foreign
// office spokesperson Mumtaz Zahra Baloch" was read as "Zahra Baloch" (and the title as
// "spokesperson Mumtaz"). A capitalised word standing between a title word and a person's name,
// and nothing the knowledge base or the lexicon knows otherwise (a title, a place, a body, a
// month), opens the name (rule `+title-word-joined`). And the body such a title serves, where the
// recogniser left it out before the title ("Hezbollah chief Hassan Nasrallah"), is a name when the
// knowledge base knows it as a body (rule `kb-body-before-title`).
import type { ArticleDocument, Token } from '../document.js';
import type { Candidate } from './candidates.js';
import type { MakeCandidate } from './acronym-long-form.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';

/** Ranks the lexicon leaves out of its title words, as they are also common words ("a major …"). */
const RANKS = new Set(['major', 'captain', 'lieutenant', 'sergeant', 'corporal', 'private', 'brigadier', 'admiral']);

export function withNamesAfterTitleWords(
  doc: ArticleDocument,
  candidates: Candidate[],
  make: MakeCandidate,
): Candidate[] {
  const toks = doc.tokens;
  const lex = lexiconSets();
  let out: Candidate[] | null = null;
  let bodies: Candidate[] | null = null;
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.label !== 'PER') continue;
    // the two words before the name, a space apart: "spokesperson Mumtaz" or "Hezbollah chief"
    const a = doc.tokenIndexAt(c.start);
    const near = toks[a - 1];
    const far = toks[a - 2];
    if (!near || !far || near.end + 1 !== c.start || far.end + 1 !== near.start) continue;
    // (a word another name holds stays there)
    const heldUpTo = candidates[n - 1]?.end ?? -1;
    if (lex.titleHeads.has(near.text)) {
      // TITLE-WORD NAME after a body the KB knows: "Hezbollah chief Hassan Nasrallah"
      if (heldUpTo <= far.start && /^\p{Lu}/u.test(far.text) && lookupName(far.text)?.kind === 'org')
        (bodies ??= []).push(make(far.start, far.end, 'ORG', 'kb-body-before-title', false));
    } else if (heldUpTo <= near.start && firstNameAfterTitle(far.text, near)) {
      out ??= candidates.slice();
      out[n] = make(near.start, c.end, 'PER', `${c.rule}+title-word-joined`, true);
    } else if (firstNameAfterPeople(far, near)) {
      // "Palestinian-American Shireen Abu Akleh": a people's word, then the name's first word
      out ??= candidates.slice();
      out[n] = make(near.start, c.end, 'PER', `${c.rule}+demonym-word-joined`, true);
    }
  }
  const named = out ?? candidates;
  return bodies ? [...named, ...bodies].sort((x, y) => x.start - y.start) : named;
}

/**
 * Whether `word` opens the name after it, after a people's word that describes the person: the last
 * part of a hyphened one ("Palestinian-American Shireen") or a demonym ("Iranian-born Ali", not a
 * title's, a body's or a place's word, nor one the KB knows).
 */
function firstNameAfterPeople(people: Token, word: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !/^\p{Lu}/u.test(people.text)) return false;
  if (lookupName(people.text)?.kind !== 'demonym') return false;
  const lex = lexiconSets();
  const w = word.lower;
  if (lex.titleHeads.has(w) || lex.titleModifiers.has(w) || lex.notNames.has(w) || lex.trailingTimeWords.has(w))
    return false;
  if (RANKS.has(w) || lex.courtesyTitles.has(w) || lex.styleTitles.has(w) || lex.orgHeads.has(w)) return false;
  // (a common word capitalised is a body's or a thing's: "Russian Black Sea Fleet", "… Research Institute")
  return !lookupName(word.text) && !usuallyLowerCase(word.text);
}

/** Whether `word`, after the lower-case title word `title`, opens the name after it ("spokesperson Mumtaz"). */
function firstNameAfterTitle(title: string, word: Token): boolean {
  const lex = lexiconSets();
  // (an office's word: "fellow Queenslander Daniel Herbert" is no title before a name)
  if (!lex.titleHeads.has(title) || !lex.personNominalHeads.has(title) || !/^\p{Lu}\p{Ll}+$/u.test(word.text))
    return false;
  const w = word.lower;
  if (lex.titleHeads.has(w) || lex.titleModifiers.has(w) || lex.notNames.has(w) || lex.trailingTimeWords.has(w))
    return false;
  if (RANKS.has(w) || lex.courtesyTitles.has(w) || lex.styleTitles.has(w)) return false;
  return !lookupName(word.text);
}
