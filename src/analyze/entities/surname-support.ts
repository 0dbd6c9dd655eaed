// A bare surname the KB gives to a person by that word alone ("Christie" → Perry Christie of the
// Bahamas, "King" → Stephenson King of Saint Lucia) names that person only when the article brings in
// the person's country: some other name in it resolves to that country. The KB is a list of officials
// the world over, so an unsupported match is far more often a namesake than the official. The KB's
// own one-word aliases (Obama, Putin, Merkel) and a role held on the article's date need no support:
// the gate is for the guesses (an open-ended role after the KB's end in 2015, the only namesake).
import { typedName, type TypedName } from './typing.js';

const BY_SURNAME = '+kb-surname';

/** The countries the article's names resolve to, surnames aside. */
function countriesNamed(typed: TypedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of typed) if (n.hit?.country && !n.rule.endsWith(BY_SURNAME)) out.add(n.hit.country);
  return out;
}

/** The names, with each surname link the article does not support undone (the name stays a person). */
export function withSupportedSurnames(typed: TypedName[]): TypedName[] {
  let countries: Set<string> | undefined;
  return typed.map((n) => {
    const hit = n.hit;
    if (!hit || hit.kind !== 'person' || !n.rule.endsWith(BY_SURNAME) || hit.surnameBasis !== 'guess') return n;
    countries ??= countriesNamed(typed);
    if (hit.country && countries.has(hit.country)) return n;
    return typedName(n, n.type, undefined, `${n.rule}-unsupported`);
  });
}
