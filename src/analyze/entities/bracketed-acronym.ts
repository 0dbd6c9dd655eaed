// An acronym in brackets right after a body's name that the recogniser left out: "Non-Governmental
// Organization (NGOs)", "the United Nations Sustainable Development Goals (SDGs)", "Specially
// Designated Global Terrorists (SDGTs)". The bracket defines it as the name before (names.ts), so it
// is a name of the same kind; after words that are no name ("electric vehicles (EVs)") nothing is added.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import type { MakeCandidate } from './acronym-long-form.js';
import { ACRONYM_SHAPE } from './acronym-definition.js';

/** "(NGOs)", "(SDG)" right after a name: an acronym's shape in brackets. */
const BRACKETED = new RegExp(`^\\s?\\((${ACRONYM_SHAPE})\\)`, 'u');

export function withBracketedAcronyms(doc: ArticleDocument, candidates: Candidate[], make: MakeCandidate): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (most names have no bracket after them: the character test spares the slice and the match)
    if (c.label === 'PER' || (doc.text[c.end] !== '(' && doc.text[c.end + 1] !== '(')) continue;
    const m = BRACKETED.exec(doc.text.slice(c.end, c.end + 14));
    if (!m) continue;
    const start = c.end + m[0].indexOf('(') + 1;
    const end = start + m[1].length;
    if (candidates.some((x) => x.start < end && start < x.end)) continue;
    added.push(make(start, end, c.label, `${c.rule}+bracketed-acronym`, false));
  }
  return added.length ? [...candidates, ...added].sort((x, y) => x.start - y.start) : candidates;
}
