// Names the tagger cut at a capitalised word it read as a verb, so that the recogniser proposed
// nothing there: "Holy See" ("See" a verb) gave no entity, and "with Holy See Secretary of State
// Cardinal Pietro Parolin" became a quote of a person "Holy" with the cue "See". A capitalised verb
// inside its sentence, right after a capitalised word, is part of a name where the knowledge base
// knows the words together as a country, a place or a body (rule `verb-tagged-known-name`).
import type { ArticleDocument } from '../document.js';
import type { Candidate, NameLabel } from './candidates.js';
import { startsUpperCase as startsUpper } from '../nlp/letter-case.js';
import { lookupName, type KbKind } from './kb.js';

/** The label of a KB hit's kind (people are left to the recogniser: a person's name holds no verb). */
const LABEL_OF: Partial<Record<KbKind, NameLabel>> = {
  country: 'LOC',
  capital: 'LOC',
  city: 'LOC',
  region: 'LOC',
  seat: 'LOC',
  org: 'ORG',
};

/** The candidates with such names added (their tokens then taken), in text order. */
export function withVerbTaggedKnownNames(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let added = false;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    // (the part of speech first: most tokens are no verb)
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || !startsUpper(t.text) || taken.has(k)) continue;
    const prev = toks[k - 1];
    if (prev.sentence !== t.sentence || taken.has(k - 1) || !startsUpper(prev.text)) continue;
    // the pair and the capitalised word after it where the KB knows the three, else the pair
    const next = toks[k + 1];
    const three =
      next && next.sentence === t.sentence && !taken.has(k + 1) && startsUpper(next.text)
        ? lookupName(doc.text.slice(prev.start, next.end))
        : undefined;
    const hit = three && LABEL_OF[three.kind] ? three : lookupName(doc.text.slice(prev.start, t.end));
    const label = hit ? LABEL_OF[hit.kind] : undefined;
    if (!hit || !label) continue;
    const last = hit === three ? k + 1 : k;
    out.push({ start: prev.start, end: toks[last].end, label, rule: 'verb-tagged-known-name', afterTitle: false });
    for (let j = k - 1; j <= last; j++) taken.add(j);
    added = true;
    k = last;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}
