// A person's first name the recogniser left out after a lower-case title: "Pakistan's foreign
// office spokesperson Mumtaz Zahra Baloch" was read as "Zahra Baloch" (and the title as
// "spokesperson Mumtaz"). A capitalised word standing between a title word and a person's name,
// and nothing the knowledge base or the lexicon knows otherwise (a title, a place, a body, a
// month), opens the name (rule `+title-word-joined`).
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import type { MakeCandidate } from './acronym-long-form.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

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
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.label !== 'PER') continue;
    const a = doc.tokenIndexAt(c.start);
    const word = toks[a - 1];
    const title = toks[a - 2];
    // (most names stand after no capitalised word: one test spares the rest)
    if (!word || !title || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) continue;
    if (word.end + 1 !== c.start || title.end + 1 !== word.start) continue;
    // (an office's word: "fellow Queenslander Daniel Herbert" is no title before a name)
    if (!lex.titleHeads.has(title.text) || !lex.personNominalHeads.has(title.text)) continue;
    const w = word.lower;
    if (lex.titleHeads.has(w) || lex.titleModifiers.has(w) || lex.notNames.has(w) || lex.trailingTimeWords.has(w))
      continue;
    if (RANKS.has(w)) continue;
    if (lex.courtesyTitles.has(w) || lex.styleTitles.has(w) || lookupName(word.text)) continue;
    // (a word another name holds stays there)
    const previous = candidates[n - 1];
    if (previous && previous.end > word.start) continue;
    out ??= candidates.slice();
    out[n] = make(word.start, c.end, 'PER', `${c.rule}+title-word-joined`, true);
  }
  return out ?? candidates;
}
