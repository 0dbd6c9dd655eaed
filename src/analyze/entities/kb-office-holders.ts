// "President Hu", "Prime Minister Singh", "Japanese Prime Minister Abe": a surname alone after a
// title names the KB person whose office, as CountryInfo lists it (data/kb/titled-people.tsv), fits
// the title, in a country the article names. The bare-surname look-up cannot tell them: "Singh" and
// "Abbas" are shared by more people than it keys, "Hu" is too short a key, "Klaus" is a first name,
// and the KB's roles are codes (INDGOV), not offices. The office tells the Prime Minister from the
// ministers, its dates the holder of the day from those before and after. Runs after the roles, which
// the article's own titles give.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Role } from '../types.js';
import { kbTitledPeopleLines } from './data.js';
import { actorCountry, lookupName, normalizeKey, personActor } from './kb.js';
import { titleFitter } from './title-fit.js';

/** One office of a titled KB person: its title (lower case, singular), country and dates (YYYY-MM-DD or ''). */
interface Office {
  title: string;
  country: string;
  from: string;
  to: string;
}

interface TitledPerson {
  name: string;
  id: string;
  offices: Office[];
}

/** Surnames looked up before and the titled KB people who bear them (surnames recur across articles). */
const cache = new Map<string, TitledPerson[]>();
const CACHE_LIMIT = 5_000;

function titledPeople(surname: string): TitledPerson[] {
  const key = normalizeKey(surname);
  let people = cache.get(key);
  if (people) return people;
  people = kbTitledPeopleLines()
    .findAll(key + '\t')
    .map((line) => {
      const [, name, id, offices] = line.split('\t');
      return {
        name,
        id,
        offices: offices.split(';').map((o) => {
          const [title, country, from, to] = o.split(',');
          return { title, country, from, to };
        }),
      };
    });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, people);
  return people;
}

const heldOn = (o: Office, date: string) =>
  (!!o.from || !!o.to) && (!o.from || o.from <= date) && (!o.to || o.to >= date);

/**
 * The titled KB person (with the office) the surname names after a title of these words, or null: among the people
 * whose office fits the title in a country the role names (else one the article names), the one who
 * held it on the article's date, else the only one.
 */
export function officeHolder(
  surname: string,
  titleWords: readonly string[],
  date: string | null,
  roleCountry: string | null,
  articleCountries: ReadonlySet<string>,
): { person: TitledPerson; office: Office } | null {
  const fits = titleFitter(titleWords);
  const fitting: Array<{ person: TitledPerson; office: Office }> = [];
  for (const person of titledPeople(surname))
    for (const office of person.offices)
      if ((roleCountry ? office.country === roleCountry : articleCountries.has(office.country)) && fits(office.title))
        fitting.push({ person, office });
  const one = (xs: typeof fitting) => (new Set(xs.map((x) => x.person.id)).size === 1 ? xs[0] : null);
  const held = date ? fitting.filter((x) => heldOn(x.office, date)) : [];
  if (held.length) return one(held);
  // an office left long before the article's date is a namesake's, a parent's most often: "President
  // Herzog" in 2022 is Isaac, not Chaim (1983–1993); "Prime Minister Mitsotakis" Kyriakos, not his father
  const recent = date
    ? fitting.filter((x) => !x.office.to || yearsBetween(x.office.to, date) <= MAX_YEARS_SINCE)
    : fitting;
  return recent.length ? one(recent) : null;
}

/** The most years since a KB office ended for its holder to be the one the title names (Abe: 2007, again in 2012). */
const MAX_YEARS_SINCE = 8;

const yearsBetween = (from: string, to: string) => Number(to.slice(0, 4)) - Number(from.slice(0, 4));

/**
 * Whether the KB person the entity is linked to held, on the date, the office these title words
 * name: "The Prime Minister has said …" in a 2005 report that named John Howard (Prime Minister of
 * Australia, 1996–2007) only in a quotation. One word names only an office of that one word ("the
 * President"; "the minister" is no Prime Minister), several the office they fit ("the Foreign
 * Minister": Minister of Foreign Affairs).
 */
export function heldKbOffice(e: EntityRecord, words: readonly string[], date: string | null): boolean {
  if (!date || !e.kb?.startsWith('person:') || !words.length) return false;
  const lower = words.map((w) => w.toLowerCase());
  const fits = lower.length === 1 ? (title: string) => title === lower[0] : titleFitter(lower);
  const names = normalizeKey(e.name).split(' ');
  for (const key of new Set([names[names.length - 1], names[0]])) {
    const person = titledPeople(key).find((p) => p.id === e.kb);
    if (person) return person.offices.some((o) => heldOn(o, date) && fits(o.title));
  }
  return false;
}

/** The countries the article names (its places', peoples' and bodies' countries). */
function namedCountries(doc: ArticleDocument): Set<string> {
  const out = new Set<string>();
  for (const e of doc.entities) if (e.type !== 'PERSON' && e.country) out.add(e.country);
  return out;
}

/** The title words a role holds ("Prime Minister" → prime, minister), or null for none worth looking up. */
function titleWordsOf(role: Role): string[] | null {
  if (role.former || !role.title) return null;
  const words = role.title.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length && words.length <= 6 ? words : null;
}

/** A person named by one word only, with no KB link of their own (or only a surname shared in a country). */
function bareSurnamePerson(e: EntityRecord): string | null {
  if (e.type !== 'PERSON' || e.roles.length === 0) return null;
  if (e.kb && !e.kb.startsWith('surname:')) return null;
  const names = e.mentions.filter((m) => m.kind === 'name');
  if (!names.length || names.some((m) => /\s/.test(m.text.trim()))) return null;
  const word = names[0].text.trim();
  return /^\p{Lu}/u.test(word) && names.every((m) => m.text.trim().toLowerCase() === word.toLowerCase()) ? word : null;
}

/** Links the document's titled bare surnames to their KB office holders (rule +kb-office on the name mentions). */
export function linkOfficeHolders(doc: ArticleDocument): void {
  let countries: Set<string> | null = null;
  for (const e of doc.entities) {
    const surname = bareSurnamePerson(e);
    if (!surname) continue;
    countries ??= namedCountries(doc);
    let found: { person: TitledPerson; office: Office } | null = null;
    for (const role of e.roles) {
      const words = titleWordsOf(role);
      found = words ? officeHolder(surname, words, doc.published, role.country ?? null, countries) : null;
      if (found) break;
    }
    if (!found) continue;
    const { person, office } = found;
    if (doc.entities.some((other) => other !== e && other.kb === person.id)) continue;
    const hit = lookupName(person.name);
    const kbPerson = hit?.kind === 'person' && hit.id === person.id ? hit : null;
    e.kb = person.id;
    e.name = person.name;
    e.country ??= office.country;
    // the office is a government's: the KB's own code where it says as much on the day (INDGOV,
    // JPNGOVBUS), else the country's government (not an elite standing, JPNELI, nor a stale ministry)
    const government = `${actorCountry(office.country)}GOV`;
    const own = kbPerson ? personActor(kbPerson, doc.published) : null;
    e.actor ??= own?.startsWith(government) ? own : government;
    for (const m of e.mentions) if (m.kind === 'name') m.rule = `${m.rule ?? ''}+kb-office`;
  }
}

/** "title|country" for every office a KB person held, built on first use (see countryHasOffice). */
let officesByCountry: Set<string> | null = null;

/**
 * Whether the KB knows the country to have the office these title words name, whoever held it and
 * when ("president" of the USA; the USA has no prime minister).
 */
export function countryHasOffice(country: string, words: readonly string[]): boolean {
  if (!officesByCountry) {
    officesByCountry = new Set();
    const text = kbTitledPeopleLines().allText();
    for (const m of text.matchAll(/[\t;]([^\t;,\n]+),([A-Z]{3}),/g)) officesByCountry.add(`${m[1]}|${m[2]}`);
  }
  return officesByCountry.has(`${words.join(' ').toLowerCase()}|${country}`);
}
