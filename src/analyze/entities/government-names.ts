// A country's government named as a body: "the Government of Indonesia", "the Governments of
// Austria" (a list's first), "the Indonesian Government", "the U.S. Government". It is the country's
// GOV actor (IDNGOV), an organisation, and the same body as "the Indonesian government" the
// descriptions find (descriptions.ts keys a country's sector by its actor). Before, such a name was an
// organisation with no actor, or a place ("Indonesian Government" read as a place led by a demonym).
import { actorCountry, lookupName, lookupSurname, personActor } from './kb.js';

const GOVERNMENT_OF = /^(?:the\s+)?(?:Government|Gov't)s?\s+of\s+(?:the\s+)?(.+)$/i;
const GOVERNMENT_AFTER = /^(?:the\s+)?(.+?)\s+(?:Government|Gov't)$/i;

/** The government a name names: its country and actor, or null. */
export function namedGovernment(text: string): { country: string; actor: string } | null {
  const m = GOVERNMENT_OF.exec(text) ?? GOVERNMENT_AFTER.exec(text);
  if (!m) return null;
  const hit = lookupName(m[1]);
  if (!hit?.country || (hit.kind !== 'country' && hit.kind !== 'demonym')) return null;
  return { country: hit.country, actor: `${actorCountry(hit.country)}GOV` };
}

/** A leader's surname, then a word for the government they lead ("Bush Administration", "Assad regime"). */
const LEADER_GOVERNMENT =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:Administration|administration|Government|government|Regime|regime)$/u;

/**
 * The government a leader's surname names, as of the date: "The Bush Administration said Thursday"
 * (2006) is the United States' government, USAGOV, where the knowledge base has one person of the
 * surname holding a government office that day; else null.
 */
export function leaderGovernment(text: string, date: string | null): { country: string; actor: string } | null {
  const m = LEADER_GOVERNMENT.exec(text);
  if (!m || !date) return null;
  const hit = lookupSurname(m[1], date, true);
  if (!hit?.country || !personActor(hit, date)?.endsWith('GOV')) return null;
  return { country: hit.country, actor: `${actorCountry(hit.country)}GOV` };
}
