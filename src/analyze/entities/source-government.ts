// The government an article's source names: "U.S. Department of State (press releases RSS)", "The
// White House (Obama administration) press office". The name before a parenthesis or a dash is
// looked up in the KB; only a government body or seat (actor …GOV) or an international body (IGO…)
// counts. A news outlet ("Wikinews", "Reuters") is no government.
import type { KbHit } from './kb.js';
import { lookupName } from './kb.js';

/** Sources looked up before: a corpus has a handful, asked about once per label, title and article. */
const bySource = new Map<string, KbHit | undefined>();
const MAX_SOURCES = 1000;

/** The KB hit of the government body or seat the source names, if it names one. */
export function sourceGovernment(source: string | null | undefined): KbHit | undefined {
  if (!source) return undefined;
  if (bySource.has(source)) return bySource.get(source);
  const name = source.split(/\s*[([–—|]\s*/)[0].trim();
  const hit = name ? lookupName(name) : undefined;
  const government = hit?.actor && /GOV$|^IGO/.test(hit.actor) ? hit : undefined;
  if (bySource.size >= MAX_SOURCES) bySource.clear();
  bySource.set(source, government);
  return government;
}
