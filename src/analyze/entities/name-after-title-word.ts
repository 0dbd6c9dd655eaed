// A person's first name the recogniser left out after a lower-case title: "Pakistan's foreign
// office spokesperson Mumtaz Zahra Baloch" was read as "Zahra Baloch" (and the title as
// "spokesperson Mumtaz"). A capitalised word standing between a title word and a person's name,
// and nothing the knowledge base or the lexicon knows otherwise (a title, a place, a body, a
// month), opens the name (rule `+title-word-joined`). And the body such a title serves, where the
// recogniser left it out before the title ("Hezbollah chief Hassan Nasrallah"), is a name when the
// knowledge base knows it as a body (rule `kb-body-before-title`).
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
  return withBodiesBeforeTitleWords(doc, out ?? candidates, make);
}

/** "Hezbollah chief Hassan Nasrallah": the KB's body right before a title word and a person's name. */
function withBodiesBeforeTitleWords(doc: ArticleDocument, candidates: Candidate[], make: MakeCandidate): Candidate[] {
  const toks = doc.tokens;
  const lex = lexiconSets();
  let added: Candidate[] | null = null;
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.label !== 'PER') continue;
    const a = doc.tokenIndexAt(c.start);
    const title = toks[a - 1];
    const body = toks[a - 2];
    if (!title || !body || !/^\p{Lu}/u.test(body.text) || !lex.titleHeads.has(title.text)) continue;
    if (body.end + 1 !== title.start || title.end + 1 !== c.start) continue;
    const previous = candidates[n - 1];
    if (previous && previous.end > body.start) continue;
    if (lookupName(body.text)?.kind !== 'org') continue;
    (added ??= []).push(make(body.start, body.end, 'ORG', 'kb-body-before-title', false));
  }
  return added ? [...candidates, ...added].sort((x, y) => x.start - y.start) : candidates;
}
