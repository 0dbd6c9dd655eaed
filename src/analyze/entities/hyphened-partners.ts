// A body named for the partners it joins is one name: "the NATO-Russia Council", "the Morocco-U.S.
// Strategic Dialogue", "the EU-U.S. Energy Council", "the Japan-U.S.-Mekong Power Partnership". The
// recogniser reads the first partner as a body or a place of its own and the body's name from the
// second partner on ("Russia Council"), which then takes that country's actor.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** A capitalised article opening the sentence, which is no part of a partner's name. */
const ARTICLES = new Set(['The', 'A', 'An']);
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
      // ("the German-American Fulbright Commission": a partner no candidate holds)
      const partner = prev && prev.end >= c.start - 1 ? 0 : unreadPartner(doc, c);
      if (partner > 0) {
        out ??= cands.slice(0, k);
        out.push({
          start: c.start - partner - 1,
          end: c.end,
          label: c.label,
          rule: `${c.rule}+hyphened-partners`,
          afterTitle: c.afterTitle,
        });
      } else out?.push(c);
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

/** The length of a capitalised word glued by a hyphen right before a body's name c, or 0. */
function unreadPartner(doc: ArticleDocument, c: Candidate): number {
  if (doc.text[c.start - 1] !== '-' || !isBody(doc, c)) return 0;
  // (one word: "United States-Philippines" and "President-Elect" are no such partner)
  const m = /(?:^|[\s(])(\p{Lu}\p{Ll}+)-$/u.exec(doc.text.slice(Math.max(0, c.start - 24), c.start));
  if (!m || lexiconSets().titleHeads.has(m[1].toLowerCase())) return 0;
  const before = doc.text.slice(Math.max(0, c.start - m[1].length - 24), c.start - m[1].length - 1);
  const word = /(\p{Lu}[\p{L}.]*)\s$/u.exec(before)?.[1];
  return word && !ARTICLES.has(word) ? 0 : m[1].length;
}

function joinsPartner(doc: ArticleDocument, prev: Candidate, c: Candidate): boolean {
  if (prev.end !== c.start - 1 || doc.text[prev.end] !== '-') return false;
  if (prev.label === 'PER') return false;
  // the partner is one word, or a country or body the KB knows ("United States")
  const partner = doc.text.slice(prev.start, prev.end);
  if (!PARTNER.test(partner) && !prev.rule.endsWith('+hyphened-partners') && !lookupName(partner)) return false;
  return isBody(doc, c);
}

/**
 * Whether candidate c names a body: several words or a body's head word, no person's or place's
 * name and none the KB knows ("U.S.-Czech Republic relations" names two countries).
 */
function isBody(doc: ArticleDocument, c: Candidate): boolean {
  if (c.label === 'PER' || c.label === 'LOC') return false;
  const body = doc.text.slice(c.start, c.end);
  const words = body.split(/\s+/);
  // (a name the KB knows is a partner itself: "China-European Union relations")
  if (!/^\p{Lu}/u.test(body) || lookupName(body)) return false;
  return words.length >= 2 || lexiconSets().orgHeads.has(words[0].toLowerCase());
}
