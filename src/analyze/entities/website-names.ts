// "FreeMediaOnline.org reported …", "According to NECN.com …": a capitalised word glued to a web
// domain's ending is a website's name, a body (ORG), the ending included. The tokenizer splits
// "FreeMediaOnline.org" into the word, a full stop and "org"; the recogniser reads the word alone,
// as a person as often as not, or not at all.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import { lookupName } from './kb.js';

/** Endings of websites' domain names, as written after the name. */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'info', 'edu']);

/**
 * The candidates with each website name whole and a body (rule `website`): a candidate ending at the
 * word, or a new one where none held it; candidates inside the name are dropped.
 */
export function withWebsiteNames(
  doc: ArticleDocument,
  cands: Candidate[],
  candidate: (start: number, end: number, label: Candidate['label'], rule: string, afterTitle: boolean) => Candidate,
): Candidate[] {
  const toks = doc.tokens;
  const sites: Array<{ start: number; end: number }> = [];
  for (let k = 0; k + 2 < toks.length; k++) {
    const word = toks[k];
    const dot = toks[k + 1];
    const ending = toks[k + 2];
    if (dot.text !== '.' || !DOMAIN_ENDINGS.has(ending.text)) continue;
    if (word.end !== dot.start || dot.end !== ending.start || !/^\p{Lu}[\p{L}\p{N}-]+$/u.test(word.text)) continue;
    // ("www.state.gov": an address, not a name; "MekongUSPartnership.org" is one)
    if (toks[k - 1]?.text === '.' && toks[k - 1].end === word.start) continue;
    // (a body the KB knows by the word keeps its own reading: "Aljazeera.net" is Al Jazeera)
    if (lookupName(word.text)) continue;
    sites.push({ start: word.start, end: ending.end });
  }
  if (!sites.length) return cands;
  const inSite = (c: Candidate) => sites.some((s) => c.start >= s.start && c.end <= s.end);
  const out = cands.filter((c) => !inSite(c));
  for (const s of sites) out.push(candidate(s.start, s.end, 'ORG', 'website', false));
  return out.sort((a, b) => a.start - b.start);
}
