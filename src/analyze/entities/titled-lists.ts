// Lists of titled names ("President Maia Sandu, Prime Minister Natalia Gavrilita, and Foreign Minister
// Nicu Popescu"): what stands before the list tells the country of every title in it that names none
// (roles.ts: "their Costa Rican counterparts …"; host-country.ts: "travel to Chisinau, Moldova to meet
// with …").
import type { ArticleDocument } from '../document.js';

/** Words between a list's head and its items, or between items ("Polish leaders, including …"). */
const LIST_JOINS = new Set([',', 'and', 'including', ':']);
/** The most titled names looked back over to a list's head. */
const MAX_LIST_ITEMS = 8;

/**
 * The token before a list of titled names whose item's title starts at token a: past the titled
 * names listed before it and the commas, "and" and "including" between them ("meet with | President
 * Maia Sandu, Prime Minister Natalia Gavrilita, and Foreign Minister …"). -1 past MAX_LIST_ITEMS.
 */
export function beforeTitledList(doc: ArticleDocument, a: number): number {
  const toks = doc.tokens;
  let j = a - 1;
  for (let items = 0; j > 0 && items <= MAX_LIST_ITEMS; items++) {
    while (j > 0 && LIST_JOINS.has(toks[j].lower)) j--;
    // an item before: a person whose title stands right before their name
    const hit = doc.entityAt(toks[j].start);
    if (!hit || hit.entity.type !== 'PERSON' || hit.mention.end !== toks[j].end) return j;
    const role = hit.entity.roles.find(
      (r) => r.rule === 'title-before-name' && r.span.end <= hit.mention.start && hit.mention.start - r.span.end <= 1,
    );
    if (!role) return j;
    j = doc.tokenIndexAt(role.span.start) - 1;
  }
  return -1;
}
