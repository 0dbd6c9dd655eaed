// A government's own releases name its own bodies bare. "Congress" in a White House or State
// Department release is the United States Congress; "the Department" in a State Department release,
// where no other department was named before, is the Department of State. Without this each is a body
// of no country, and the store gathered every article's "Congress", whichever country's, into one.
// Bodies the same releases name generically for other governments ("the Foreign Ministry", "the
// Army", "the Supreme Court" of a country the release is about) are left alone: only the bare names
// the lexicon lists for the issuing country (issuerOwnBodies) and the issuer's own head word count.
import type { ArticleDocument } from '../document.js';
import type { Span } from '../types.js';
import { countryEntity, isPlaceKind, lookupName, type KbHit } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { sourceGovernment } from './source-government.js';

/** The issuing government's body a bare organisation name stands for, if the article is a government's release. */
export function issuerOwnBody(doc: ArticleDocument, span: Span, name: string): KbHit | undefined {
  const issuer = sourceGovernment(doc.source);
  if (!issuer?.country || ownedByAnotherCountry(doc, span, issuer.country)) return undefined;
  const lexicon = lexiconSets();
  // "the Department" in a department's release (not "the House" in the White House's: a seat is no body)
  if (
    issuer.kind === 'org' &&
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    lexicon.orgHeads.has(name.toLowerCase()) &&
    issuer.name.split(/\s+/).includes(name)
  )
    return issuer;
  if (!lexicon.issuerOwnBodies.get(issuer.country)?.has(name.toLowerCase())) return undefined;
  const hit = lookupName(`${countryEntity(issuer.country).name} ${name}`);
  return hit?.kind === 'org' && hit.country === issuer.country ? hit : undefined;
}

/**
 * Whether another country owns the body in the words before it: "Peru's Congress", "the Peruvian
 * Congress" (looked up in the KB: names are drafted before possessive-owner.ts links owners to bodies).
 */
function ownedByAnotherCountry(doc: ArticleDocument, span: Span, issuerCountry: string): boolean {
  let i = doc.tokenIndexAt(span.start) - 1;
  if (/^['’]s$/.test(doc.tokens[i]?.text ?? '')) i--;
  const owner = doc.tokens[i];
  if (!owner || !/^\p{Lu}/u.test(owner.text)) return false;
  const hit = lookupName(owner.text.replace(/['’]s$/, ''));
  return !!hit && isPlaceKind(hit.kind) && hit.country !== issuerCountry;
}
