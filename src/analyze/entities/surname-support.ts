// A bare surname the KB gives to a person by that word alone ("Christie" → Perry Christie of the
// Bahamas, "King" → Stephenson King of Saint Lucia) names that person only when the article brings in
// the person's country: some other name in it resolves to that country. The KB is a list of officials
// the world over, so an unsupported match is far more often a namesake than the official. The KB's
// own one-word aliases (Obama, Putin, Merkel) need no support, nor does a role held on the article's
// date where a title or an honorific stands before the name ("President Medvedev", "Mr. Mugabe"): the
// gate is for the guesses (an open-ended role after the KB's end in 2015, the only namesake) and for a
// bare surname a role on the date chose ("Roe vs. Wade" is no Abdoulaye Wade, Senegal's president in
// 2007; "Holmes has warned …" at the UN no Zambian minister). A government's own text supports its
// country ("Ambassador Rice" at the White House).
import type { ArticleDocument } from '../document.js';
import { sourceGovernment } from './source-government.js';
import { typedName, type TypedName } from './typing.js';

const BY_SURNAME = '+kb-surname';
/** A surname a role held on the date chose, with no title before it. */
const BARE = '+kb-surname-bare';

/** The countries the article's names resolve to, surnames aside, and its issuing government's. */
function countriesNamed(doc: ArticleDocument, typed: TypedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of typed) if (n.hit?.country && !n.rule.includes(BY_SURNAME)) out.add(n.hit.country);
  const issuer = sourceGovernment(doc.source)?.country;
  if (issuer) out.add(issuer);
  return out;
}

/** The names, with each surname link the article does not support undone (the name stays a person). */
export function withSupportedSurnames(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  let countries: Set<string> | undefined;
  return typed.map((n) => {
    const hit = n.hit;
    if (!hit || hit.kind !== 'person') return n;
    const gated = (n.rule.endsWith(BY_SURNAME) && hit.surnameBasis === 'guess') || n.rule.endsWith(BARE);
    if (!gated) return n;
    countries ??= countriesNamed(doc, typed);
    if (hit.country && countries.has(hit.country)) return n;
    return typedName(n, n.type, undefined, `${n.rule}-unsupported`);
  });
}
