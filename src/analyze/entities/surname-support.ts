// A bare surname the KB gives to a person by that word alone ("Christie" → Perry Christie of the
// Bahamas, "King" → Stephenson King of Saint Lucia) names that person only when the article brings in
// the person's country: some other name in it resolves to that country. The KB is a list of officials
// the world over, so an unsupported match is far more often a namesake than the official. The KB's
// own one-word aliases (Obama, Putin, Merkel) need no support, nor does a role held on the article's
// date where a title or an honorific stands before the name ("President Medvedev", "Mr. Mugabe"): the
// gate is for the guesses (an open-ended role after the KB's end in 2015, the only namesake) and for a
// bare surname a role on the date chose ("Roe vs. Wade" is no Abdoulaye Wade, Senegal's president in
// 2007; "Holmes has warned …" at the UN no Zambian minister). A government's own text supports its
// country ("Ambassador Rice" at the White House). So does a full name the KB holds only within a longer
// one ("Ali Khamenei" in "Hojatolislam Sayyed Ali Khamenei").
import type { ArticleDocument } from '../document.js';
import { sourceGovernment } from './source-government.js';
import type { KbHit } from './kb.js';
import { kbMeta } from './data.js';
import { officeHolder } from './kb-office-holders.js';
import { typedName, type TypedName } from './typing.js';

const BY_SURNAME = '+kb-surname';
/** A surname a role held on the date chose, with no title before it. */
const BARE = '+kb-surname-bare';
/** A full name the KB holds within a longer one ("Ali Khamenei"): a journalist "Luis Rojas" is no Peruvian minister. */
const FULL_NAME = '+kb-fullname';

/** The countries the article's names resolve to, surnames aside, and its issuing government's. */
function countriesNamed(doc: ArticleDocument, typed: TypedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of typed)
    if (n.hit?.country && !n.rule.includes(BY_SURNAME) && !n.rule.includes(FULL_NAME)) out.add(n.hit.country);
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
    const gated =
      (n.rule.endsWith(BY_SURNAME) &&
        (hit.surnameBasis === 'guess' ||
          envoyTitled(doc, n) ||
          (givenNameAlias(doc.slice(n), hit.name) && !ROYAL_TITLE.test(textBefore(doc, n))))) ||
      n.rule.endsWith(BARE) ||
      n.rule.endsWith(FULL_NAME);
    if (!gated) {
      // (a royal's given name names many: "King Abdullah" in an article on Saudi Arabia that never names
      // Jordan is no Abdullah II, whatever the KB's alias, where the KB lists a Saudi king of that name: the
      // office holders then decide, kb-office-holders.ts)
      if (!n.rule.endsWith(BY_SURNAME) || !hit.country) return n;
      const royal = ROYAL_TITLE.exec(textBefore(doc, n))?.[1].toLowerCase();
      if (!royal) return n;
      countries ??= countriesNamed(doc, typed);
      if (countries.has(hit.country)) return n;
      const other = officeHolder(doc.slice(n), [royal], doc.published, null, countries);
      return other && other.person.id !== hit.id ? unsupported(n) : n;
    }
    countries ??= countriesNamed(doc, typed);
    // (a full name also needs a role of the person's that had not long ended by the article's date:
    // "Luis Rojas", a journalist in a 2021 briefing on Peru, is no Luis Giampietri Rojas, vice president to 2011)
    if (n.rule.endsWith(FULL_NAME) && !recentRole(hit.roles, doc.published)) return unsupported(n);
    if (hit.country && countries.has(hit.country)) return n;
    return unsupported(n);
  });
}

/**
 * Whether the word is the first name of the KB person's, not their surname: a king's regnal name
 * ("Abdullah" for Abdullah II) names the many who bear it as a given name ("whether Abdullah, the
 * Canadian family's oldest son, would be released on bail"), so it needs the country as a guess does
 * ("Clinton", "Assad", "Mubarak" end their names and stay the KB's own aliases).
 */
function givenNameAlias(word: string, name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && words[0].toLowerCase() === word.trim().toLowerCase() && !/^[IVX]+$/.test(word);
}

/** An envoy's title right before a name ("Ambassador Power", "Special Envoy Mitchell"). */
const ENVOY_TITLE = /\b(?:Ambassador|Envoy|Consul)\s+$/;

/**
 * Whether an envoy's title stands before the surname: the KB lists ministers and heads of state, few
 * envoys, so the title holds no role of the KB's namesake ("Ambassador Power" at the UN in 2013 is no
 * Simon Power, New Zealand's minister) unless the article names the namesake's country.
 */
const envoyTitled = (doc: ArticleDocument, n: TypedName): boolean => ENVOY_TITLE.test(textBefore(doc, n));

/** The few characters before a name, where a title word before it stands. */
const textBefore = (doc: ArticleDocument, n: TypedName): string => doc.text.slice(Math.max(0, n.start - 12), n.start);

/** A royal title right before a name ("King Abdullah", "Crown Prince Mohammed"). */
const ROYAL_TITLE = /\b(King|Queen|Prince|Emir|Amir|Sultan)\s+$/;

const unsupported = (n: TypedName): TypedName => typedName(n, n.type, undefined, `${n.rule}-unsupported`);

/** The most years a role may have ended before the article for a full name to be its holder's. */
const MAX_YEARS_SINCE_ROLE = 5;

/**
 * Whether one of the roles is open-ended (within the KB's years) or ended fewer than
 * MAX_YEARS_SINCE_ROLE years before the date.
 */
function recentRole(roles: KbHit['roles'], date: string | null): boolean {
  if (!date || !roles?.length) return true;
  const year = Number(date.slice(0, 4));
  // (an open-ended role says nothing after the KB's end: it only stopped there)
  const open = date <= kbMeta().until;
  return roles.some(([, , to]) => (!to ? open : Number(to.slice(0, 4)) >= year - MAX_YEARS_SINCE_ROLE));
}
