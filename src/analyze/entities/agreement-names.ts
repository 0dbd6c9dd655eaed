// Places that name an agreement: "the Minsk agreements", "the Oslo accords", "the Paris agreement",
// "the Schengen/Dublin bilateral agreements". Such a place is neither the place nor a party to the
// agreement (names.ts gives the mention the rule below; the namesake joiner and the event triggers read it).
import type { ArticleDocument } from '../document.js';
import type { Mention } from '../types.js';

/** The rule suffix of a place's name read as an agreement's. */
export const AGREEMENT_NAME_RULE = '+agreement-name';

/** KB kinds of places that name agreements. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['capital', 'city', 'seat', 'region']);

/**
 * Words after a place's name that make it an agreement's: a lower-case head of agreements, perhaps
 * after other names joined by slashes and a modifier ("Schengen/Dublin bilateral agreements").
 */
const AGREEMENT_AFTER =
  /^(?:\/[\p{L}-]+)*\s+(?:(?:bilateral|peace|final|nuclear|climate|trade|ceasefire|cease-fire)\s+)?(?:treaty|treaties|agreements?|accords?|conventions?|protocols?|regulation|format|memorandum)\b/u;

/** Whether a place of this KB kind, its name ending at `end`, names an agreement. */
export function namesAgreement(doc: ArticleDocument, kind: string, end: number): boolean {
  return PLACE_KINDS.has(kind) && AGREEMENT_AFTER.test(doc.text.slice(end, end + 60));
}

/** Whether a mention is a place's name read as an agreement's. */
export const isAgreementName = (m: Mention): boolean => !!m.rule?.endsWith(AGREEMENT_NAME_RULE);
