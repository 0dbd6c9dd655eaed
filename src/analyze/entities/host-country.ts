// The host's country of a titled name met abroad: "The Secretary will then travel to Chisinau, Moldova
// to meet with President Maia Sandu, Prime Minister Natalia Gavrilita, and Foreign Minister Nicu
// Popescu"; "In Vientiane, Deputy Secretary Sherman will meet with Deputy Prime Minister Kikeo
// Khaykhamphithoune". A title that names no country of its own is the host country's when the
// sentence sends the visitor to a place of another country than the article's issuer and the visitor.
import type { ArticleDocument, Token } from '../document.js';
import { sourceGovernment } from './source-government.js';

/** Words before a place the visit goes to or is held in. */
const PLACE_PREPOSITIONS = new Set(['in', 'to']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);

/**
 * The country of the place the sentence's visit is in, where it meets a titled list whose preceding
 * token is j (titled-lists.ts: beforeTitledList); else null.
 */
export function hostCountry(doc: ArticleDocument, j: number): string | null {
  const toks = doc.tokens;
  const meet = j > 0 && toks[j].lower === 'with' ? j - 1 : j;
  if (meet < 0 || toks[meet].lemma !== 'meet') return null;
  const sentence = doc.sentences[toks[meet].sentence];
  let host: string | null = null;
  let hostAt = -1;
  for (let k = sentence.firstToken; k < meet; k++) {
    const hit = doc.entityAt(toks[k].start);
    if (!hit || !PLACE_TYPES.has(hit.entity.type) || !hit.entity.country || hit.mention.start !== toks[k].start)
      continue;
    if (!placeOfVisit(toks, k)) continue;
    host = hit.entity.country;
    hostAt = k;
  }
  if (!host || host === sourceGovernment(doc.source)?.country) return null;
  // (not the visitor's own country: "In Washington, President Bush met with Prime Minister …")
  for (let k = hostAt + 1; k < meet; k++) {
    const hit = doc.entityAt(toks[k].start);
    if (hit && !PLACE_TYPES.has(hit.entity.type) && hit.entity.country === host) return null;
  }
  return host;
}

/** Whether the place at token k is where a visit goes or is held: after "in"/"to", or after a city and a comma ("Chisinau, Moldova"). */
function placeOfVisit(toks: readonly Token[], k: number): boolean {
  const before = toks[k - 1];
  if (!before) return false;
  if (PLACE_PREPOSITIONS.has(before.lower)) return true;
  return before.text === ',' && PLACE_PREPOSITIONS.has(toks[k - 3]?.lower ?? '');
}
