// A country's own institution named by the word the KB files under another country: the KB knows
// "Senate" as the U.S. Senate and "Parliament" as one body, so "The Nigerian Senate voted …", "the
// French Senate approved it" were the U.S. Senate speaking. A generic institution's name right after
// another country's name or people's word is that country's institution: an organisation of its own,
// under the country's code and the institution's sector (NGALEG), keyed by country and name
// ("org:NGA:nigerian senate"), so that every article's Nigerian Senate is one actor.
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import { actorCountry, kbHit, lookupName, normalizeKey, sectorOf, type KbHit } from './kb.js';

/** Institutions every country may have, whose bare name the KB gives to one country's. */
const GENERIC_INSTITUTIONS = new Set([
  'senate',
  'parliament',
  'congress',
  'supreme court',
  'constitutional court',
  'national assembly',
  'house of representatives',
  'cabinet',
  'foreign ministry',
  'defense ministry',
  'defence ministry',
  'interior ministry',
  'central bank',
]);

/**
 * The country's own institution the candidate names, or undefined: a generic institution's word
 * right after another country's name or people's word ("Nigerian" + "Senate", the KB's being the
 * U.S. Senate). (The two words in one name the KB lacks, "Iraqi Parliament", are typing.ts placeLed's.)
 */
export function foreignInstitution(
  doc: ArticleDocument,
  c: Candidate,
  surface: string,
  hit: KbHit | undefined,
): KbHit | undefined {
  if (hit?.kind !== 'org' || !hit.country) return undefined;
  const lower = surface.toLowerCase();
  if (!GENERIC_INSTITUTIONS.has(lower)) return undefined;
  const before = doc.tokens[doc.tokenIndexAt(c.start) - 1];
  if (!before || before.end + 1 !== c.start) return undefined;
  const place = lookupName(before.text);
  if ((place?.kind !== 'demonym' && place?.kind !== 'country') || !place.country || place.country === hit.country)
    return undefined;
  const sector = sectorOf(lower) ?? sectorOf(lower.split(' ').at(-1)!) ?? 'GOV';
  const name = `${before.text} ${surface}`;
  const country = place.country;
  // (keyed as placeLed keys the same name in one piece: "org:NGA:nigerian senate")
  return kbHit('org', `org:${country}:${normalizeKey(name)}`, name, country, `${actorCountry(country)}${sector}`);
}
