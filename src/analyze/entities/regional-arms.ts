// A company's regional arm is one body: "EADS North America", "Airbus Americas" — the recogniser
// reads the company and then the continent as a place of its own.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';

/** Continents and world regions a company names its arms after (a country is no such arm's name). */
const ARM_REGIONS = new Set([
  'North America',
  'South America',
  'Latin America',
  'Americas',
  'Europe',
  'Asia',
  'Asia Pacific',
  'Asia-Pacific',
  'Africa',
  'Middle East',
]);

/**
 * The candidates, with a body read right before a region (one space between, the region no part of
 * a longer run of capitals) joined to it as one body. A possessive or a comma between them
 * ("Airbus' Europe", "EADS, Europe") keeps them apart.
 */
export function withRegionalArms(doc: ArticleDocument, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const next = cands[k + 1];
    if (
      !next ||
      c.label !== 'ORG' ||
      next.label !== 'LOC' ||
      next.start !== c.end + 1 ||
      doc.text[c.end] !== ' ' ||
      !ARM_REGIONS.has(doc.text.slice(next.start, next.end)) ||
      /^\s*\p{Lu}/u.test(doc.text.slice(next.end, next.end + 2))
    ) {
      out?.push(c);
      continue;
    }
    out ??= cands.slice(0, k);
    out.push({ start: c.start, end: next.end, label: 'ORG', rule: `${c.rule}+regional-arm`, afterTitle: c.afterTitle });
    k++;
  }
  return out ?? cands;
}
