// The government an article's source names: "U.S. Department of State (press releases RSS)", "The
// White House (Obama administration) press office". The name before a parenthesis or a dash is
// looked up in the KB; only a government body or seat (actor …GOV) or an international body (IGO…)
// counts. A news outlet ("Wikinews", "Reuters") is no government.
import type { KbHit } from './kb.js';
import { lookupName } from './kb.js';

/** The KB hit of the government body or seat the source names, if it names one. */
export function sourceGovernment(source: string | null | undefined): KbHit | undefined {
  if (!source) return undefined;
  const name = source.split(/\s*[([–—|]\s*/)[0].trim();
  const hit = name ? lookupName(name) : undefined;
  return hit?.actor && /GOV$|^IGO/.test(hit.actor) ? hit : undefined;
}
