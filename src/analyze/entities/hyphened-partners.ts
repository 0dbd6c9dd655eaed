// A body named for the partners it joins is one name: "the NATO-Russia Council", "the Morocco-U.S.
// Strategic Dialogue", "the EU-U.S. Energy Council", "the Japan-U.S.-Mekong Power Partnership". The
// recogniser reads the first partner as a body or a place of its own and the body's name from the
// second partner on ("Russia Council"), which then takes that country's actor.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** A partner's name glued to the hyphen: one capitalised word or acronym ("NATO", "Morocco", "U.S."). */
const PARTNER = /^\p{Lu}[\p{L}.]*$/u;

/**
 * The candidates, with a name of a body that starts right after "X-" joined to the candidate X
 * before it: the body's name has several words, or ends in a body's head word ("Council", "Forum").
 */
export function withHyphenedPartners(doc: ArticleDocument, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const prev: Candidate | undefined = out ? out[out.length - 1] : cands[k - 1];
    if (!prev || !joinsPartner(doc, prev, c)) {
      out?.push(c);
      continue;
    }
    const joined: Candidate[] = out ?? cands.slice(0, k);
    // (a chain of partners joins from the first: "Japan-U.S.-Mekong Power Partnership")
    joined[joined.length - 1] = {
      start: prev.start,
      end: c.end,
      label: c.label,
      rule: `${c.rule}+hyphened-partners`,
      afterTitle: prev.afterTitle,
    };
    out = joined;
  }
  return out ?? cands;
}

function joinsPartner(doc: ArticleDocument, prev: Candidate, c: Candidate): boolean {
  if (prev.end !== c.start - 1 || doc.text[prev.end] !== '-') return false;
  // (a body's name, not a place's: "U.S.-Czech Republic relations" names two countries)
  if (c.label === 'PER' || c.label === 'LOC' || prev.label === 'PER') return false;
  // the partner is one word; the body a name of several words, or one ending in a body's head word
  const partner = doc.text.slice(prev.start, prev.end);
  if (!PARTNER.test(partner) && !prev.rule.endsWith('+hyphened-partners')) return false;
  const body = doc.text.slice(c.start, c.end);
  const words = body.split(/\s+/);
  const hit = lookupName(body);
  if (!/^\p{Lu}/u.test(body) || (hit && hit.kind !== 'org')) return false;
  return words.length >= 2 || lexiconSets().orgHeads.has(words[0].toLowerCase());
}
