// Builds the project's compact actor knowledge base (data/kb/*.json) from the Phoenix/CountryInfo
// conversions in ../shared/data/kb. Run after `npm run build`: node dist/scripts/build-kb.js [SRC] [OUT]
// The output keys are lower-cased phrases with single spaces, matched against article text the same way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdsBodyWord, keyAsName, namesBody } from '../src/analyze/entities/kb-person-names.js';
import { sortLines } from '../src/analyze/entities/sorted-lines.js';
import { ambiguousAliases } from './kb-ambiguous-aliases.js';
import { wordLikeNames } from './kb-news-casing.js';
import { commonWords } from './kb-common-words.js';
import { bundledBodies } from './kb-bundled-bodies.js';
import { peopleAmongOrgs } from './kb-people-among-orgs.js';
import { duplicatePeople, givenNameCounts, oneEditApart, preferredName, samePerson } from './kb-duplicate-people.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = process.argv[2] ?? process.env.DOSSIER_KB_SRC ?? join(repoRoot, '..', 'shared', 'data', 'kb');
const out = process.argv[3] ?? join(repoRoot, 'data', 'kb');

/**
 * People whose every dated role ended before this year are dropped. Roles are dated and the entity
 * layer picks the one valid on the article's date, so the leaders of archived wires (1980s) stay.
 */
const PEOPLE_SINCE = '1970';
/** A surname shared by more KB people than this is no key of its own (only explicit aliases are). */
const MAX_SURNAME_PEOPLE = 6;

interface RawRole {
  code: string | null;
  from: string | null;
  to: string | null;
  default?: boolean;
}
interface RawCountry {
  code: string;
  name: string;
  iso3: string | null;
  names: string[];
  nationality_and_synonyms: string[];
  capital: string[];
  major_cities: string[];
  regions: string[];
  demonyms_guess: string[];
  ngec_nationality: string[];
}
interface RawActor {
  name: string;
  pattern: string;
  aliases: string[];
  alias_patterns: string[];
  roles: RawRole[];
  countries: string[];
  source_file: string;
  section?: string;
  /** Offices CountryInfo lists for the person: head of state or government ("Leaders"), a minister's. */
  countryinfo_titles?: Array<{ country: string | null; title: string | null; source: string; dates?: string[] }> | null;
}
interface RawAgent {
  pattern: string;
  code: string;
  plural: string | null;
}

const read = <T>(f: string): T => JSON.parse(readFileSync(join(src, f), 'utf8')) as T;

/** "NORTH_KOREAN_" → "north korean"; null for patterns with Phoenix syntax we do not reproduce. */
function phrase(pattern: string): string | null {
  if (/[(),!{}&]/.test(pattern)) return null;
  const p = pattern.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return p.length > 1 ? p : null;
}
/** The key and its written variants: Phoenix's "peoples'" is written "people's" in the news. */
const variants = (k: string): string[] => {
  const v = k.replace(/(\p{L})s'(?=\s|$)/gu, "$1's");
  return v === k ? [k] : [k, v];
};
/** A display form for an upper-case pattern: "ST._PETERSBURG_" → "St. Petersburg". */
function display(pattern: string): string {
  return pattern
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-.'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/'S\b/g, "'s") // Cox's Bazar, not Cox'S
    .replace(/\bMc(\p{Ll})/gu, (_m, a: string) => `Mc${a.toUpperCase()}`) // McDonough
    .replace(/\b(I{2,3}|Iv|Vi{1,3})\b/g, (n) => n.toUpperCase()); // Abdullah II
}
const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A name's words, lower case, hyphens splitting ("Al-Badri" → al, badri). */
const nameWords = (s: string) => key(s).split(/[\s-]+/);

/** Words a body's name keeps in lower case after its first word (Department of State). */
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'y']);
/** Two-letter words of the source's title-cased names that are initials (Un Security Council → UN). */
const NAME_INITIALS = new Set(['un', 'us', 'eu', 'uk', 'au']);

/** A person's name as news writes it: "Denis Mcdonough" → "Denis McDonough", "Abdullah Ii" → "Abdullah II". */
function personDisplay(name: string): string {
  return name
    .replace(/\bMc(\p{Ll})/gu, (_m, a: string) => `Mc${a.toUpperCase()}`)
    .replace(/\b(Ii|Iii|Iv|Vi|Vii|Viii)\b/g, (n) => n.toUpperCase());
}

/** A name as news writes it: "Department Of State" → "Department of State", "Un Bodies" → "UN Bodies". */
function newsDisplay(name: string): string {
  return name
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      // ("au" only first: French names hold the word "au")
      if (NAME_INITIALS.has(lower) && (lower !== 'au' || i === 0)) return lower.toUpperCase();
      return i > 0 && NAME_GLUE.has(lower) ? lower : w;
    })
    .join(' ')
    .replace(/\((\p{L}{2,6})\)/gu, (_m, a: string) => `(${a.toUpperCase()})`) // "(ltte)" → "(LTTE)"
    .replace(/\((\p{Ll})/gu, (_m, a: string) => `(${a.toUpperCase()}`); // "(south Africa)"
}

/**
 * Where CAMEO's plain country code is not the country's ISO 3166-1 alpha-3 code (the contract's
 * `country`): the actor keeps CAMEO's code, the country takes ISO's.
 */
const ISO_OF_CAMEO: Record<string, string> = { TMP: 'TLS', ROM: 'ROU', ZAR: 'COD' };

/** A source's country code as the contract's ISO code (TMP → TLS). */
const isoCountry = (code: string | undefined): string | null => (code ? (ISO_OF_CAMEO[code] ?? code) : null);

/** Country code: the ISO code of a plain CAMEO country, else the first three letters of a territory's code. */
function countryOf(c: RawCountry): string {
  if (/^[A-Z]{3}$/.test(c.code)) return ISO_OF_CAMEO[c.code] ?? c.code;
  return c.code.slice(0, 3);
}

// ---- countries, capitals, cities, regions, demonyms -------------------------------------------
// (and the few states the source lacks, written for Dossier: the Holy See)
const supplement = JSON.parse(readFileSync(join(repoRoot, 'data', 'kb', 'countries-supplement.json'), 'utf8')) as {
  countries: RawCountry[];
  /** Words for a listed country's people that the source lacks ("Britons"), by CAMEO code. */
  peoples: { country: string; names: string[] }[];
};
const countriesRaw = [...read<{ countries: RawCountry[] }>('actors_countries.json').countries, ...supplement.countries];
/** key → [kind, country index]; kind: n name, d demonym, c capital, t city, r region */
const places: Record<string, [string, number]> = {};
// (a country's name as news writes it: "Myanmar [Burma]" → "Myanmar", "Isle Of Man" → "Isle of Man")
const countries = countriesRaw.map((c) => ({
  code: c.code,
  country: countryOf(c),
  name: newsDisplay(c.name.replace(/\s*\[[^\]]*\]/g, '')),
}));
const allDemonyms = new Set(countriesRaw.flatMap((c) => c.demonyms_guess.map(key)));
/**
 * Words for a country's people that the source lists among the country's names or nationalities and
 * that neither a suffix nor a plural beside them tells apart from a name.
 */
const PEOPLE_NOUNS = new Set([
  'brits',
  'poles',
  'welsh',
  'manx',
  'motswana',
  'burkinabe',
  'malagasy',
  'kirghiz',
  'kyrgyz',
  'tadzhik',
  'dominicanos',
  'ni-vanuatu',
  'hollander',
  'luxemburger',
  'netherlander',
  'switzer',
]);

/**
 * Whether a one-word nationality or synonym of a country names its people, not the state: listed
 * with its plural or its singular ("Spaniard" and "Spaniards", "Turk" and "Turks"; "Czechs" beside
 * the demonym "Czech"), or one of PEOPLE_NOUNS. "The Spaniard has not played for nearly a year" is
 * a person; "support from the Turks" is a people.
 */
function peopleWord(c: RawCountry, k: string): boolean {
  if (k.includes(' ')) return false;
  if (PEOPLE_NOUNS.has(k)) return true;
  const listed = new Set(c.ngec_nationality.map(key));
  return k.endsWith('s') ? listed.has(k.slice(0, -1)) || allDemonyms.has(k.slice(0, -1)) : listed.has(`${k}s`);
}
const put = (k: string | null, kind: string, i: number) => {
  if (k && !(k in places)) places[k] = [kind, i];
};
// earlier passes win: a country's own name beats another's synonym, names beat cities
countriesRaw.forEach((c, i) => put(key(c.name), 'n', i));
countriesRaw.forEach((c, i) => c.names.forEach((n) => put(key(n), 'n', i)));
// NGEC's nationalities before CountryInfo's guessed demonyms: the guesses carry history (Montenegro's
// list holds "Serbian" from Serbia and Montenegro), NGEC names the current state's people
countriesRaw.forEach((c, i) =>
  c.ngec_nationality.forEach((n) =>
    put(/\(/.test(n) ? null : key(n), allDemonyms.has(key(n)) || peopleWord(c, key(n)) ? 'd' : 'n', i),
  ),
);
countriesRaw.forEach((c, i) => c.demonyms_guess.slice(0, 2).forEach((n) => put(key(n), 'd', i)));
countriesRaw.forEach((c, i) =>
  c.nationality_and_synonyms.forEach((p, j) => {
    const k = phrase(p);
    if (k)
      for (const v of variants(k))
        put(v, allDemonyms.has(k) || j === 0 || /(an|ese|ish|i)$/.test(k) || peopleWord(c, k) ? 'd' : 'n', i);
  }),
);
countriesRaw.forEach((c, i) => c.demonyms_guess.forEach((n) => put(key(n), 'd', i)));
/** Display names of the people's words added here (a plural the source lacks, the supplement's words). */
const peopleWords: Record<string, string> = {};
// a people's plural the source lists for some countries only ("Iraqis", but not "Kenyans"): a demonym
// in -an or -i takes an -s ("Kenyans", "Afghans", "Omanis"); not in -ese or -ish ("the Sudanese")
countriesRaw.forEach((c, i) =>
  c.demonyms_guess.forEach((n) => {
    const k = key(n);
    // (not a country's name the source lists among them, "Kirgiztan", nor an abbreviation, "USVI")
    if (!/^[a-z -]*[a-z-]{4,}(?:an|i)$/.test(k) || /[sz]tan$/.test(k) || `${k}s` in places) return;
    put(`${k}s`, 'd', i);
    peopleWords[`${k}s`] = `${n}s`;
  }),
);
// (and the supplement's words for a people the source lacks: "Briton", "Britons")
for (const people of supplement.peoples) {
  const i = countriesRaw.findIndex((c) => c.code === people.country);
  if (i < 0) throw new Error(`countries-supplement.json: no country ${people.country}`);
  for (const n of people.names) {
    put(key(n), 'd', i);
    peopleWords[key(n)] = n;
  }
}
// a capital two countries list goes to the one listing fewer (Montenegro's list keeps Belgrade from
// Serbia and Montenegro beside Podgorica; Serbia lists Belgrade alone)
const capitalOwner = new Map<string, number>();
countriesRaw.forEach((c, i) =>
  c.capital.forEach((n) => {
    const owner = capitalOwner.get(key(n));
    if (owner === undefined || countriesRaw[owner].capital.length > c.capital.length) capitalOwner.set(key(n), i);
  }),
);
countriesRaw.forEach((c, i) =>
  c.capital.forEach((n) => {
    if (capitalOwner.get(key(n)) === i) put(key(n), 'c', i);
  }),
);
const cityNames: Record<string, string> = {};
countriesRaw.forEach((c, i) =>
  c.major_cities.forEach((p) => {
    const k = phrase(p);
    if (k && !(k in places)) {
      places[k] = ['t', i];
      cityNames[k] = display(p);
    }
  }),
);
countriesRaw.forEach((c, i) =>
  c.regions.forEach((p) => {
    const k = phrase(p);
    if (k && !(k in places)) {
      places[k] = ['r', i];
      cityNames[k] = display(p);
    }
  }),
);
// display names of demonyms and capitals keep the source's casing
const placeNames: Record<string, string> = { ...cityNames, ...peopleWords };
for (const c of countriesRaw) {
  for (const n of [...c.demonyms_guess, ...c.ngec_nationality, ...c.capital, ...c.names, c.name]) {
    placeNames[key(n)] ??= n;
  }
}

// ---- organisations and institutions --------------------------------------------------------------
const otherRaw = read<{ entries: RawActor[] }>('actors_other.json').entries;
/** CAMEO's actor types (GOV, MIL, REB, …): the second part of an actor code. */
const ACTOR_TYPES = new Set(
  readFileSync(join(src, 'cameo_actor_types.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0])
    .filter(Boolean),
);
/** Picks the open-ended or default role code: what the actor is now, as far as the KB knows. */
function currentCode(roles: RawRole[]): string | null {
  const open = roles.filter((r) => r.code && !r.to);
  const dated = open.filter((r) => r.from).sort((a, b) => (b.from! < a.from! ? -1 : 1));
  return (dated[0] ?? open.find((r) => r.default) ?? open[0] ?? roles[roles.length - 1])?.code ?? null;
}
// short names news writes as words, not acronyms (Hamas, Likud), from the unlabelled corpora
const corpusDir = join(src, '..', 'corpus');
const wordLike = wordLikeNames(
  otherRaw.map((e) => e.name.replace(/^The /, '')).filter((n) => /^[A-Za-z]{2,5}$/.test(n)),
  ['pdnews.jsonl', 'reuters21578.jsonl'].map((f) => join(corpusDir, f)),
);
// one-word aliases that news usually writes in lower case are translations or common words, no
// names of the body ("falcon" under Shahin): they are no keys (the entry keeps its other names)
const bare = (k: string) => k.replace(/^the /, '');
const oneWordAliases = (e: RawActor): string[] =>
  e.alias_patterns
    .map((p) => phrase(p))
    .filter((k): k is string => !!k && !bare(k).includes(' ') && bare(k) !== bare(phrase(e.pattern) ?? ''))
    .map(bare);
const commonAliases = commonWords(
  otherRaw.flatMap(oneWordAliases),
  ['pdnews.jsonl', 'reuters21578.jsonl'].map((f) => join(corpusDir, f)),
);
let commonDropped = 0;
const orgs: Array<[string, string | null, string | null]> = [];
const orgKeys: Record<string, number> = {};
let previousRoles: RawRole[] = [];
// aliases that name other bodies rather than this one ("Islamic Jihad" under Hezbollah)
const unclaimed = ambiguousAliases(
  otherRaw.map((e) => ({ own: phrase(e.pattern), aliases: e.alias_patterns.map(phrase) })),
);
// aliases that are bodies of their own under an entry that bundles a country's agencies ("Center for
// Strategic and International Studies" under "Washington-Based Think Tank"); places (a country's name
// of several words, "united states", as a whole) and body words (agency, council) say nothing of a name
const longCountryNames = Object.keys(places)
  .filter((k) => places[k][0] === 'n' && k.includes(' '))
  .sort((a, b) => b.length - a.length);
const bundles = bundledBodies(
  otherRaw.map((e) => ({ file: e.source_file, own: phrase(e.pattern), aliases: e.alias_patterns.map(phrase) })),
  (w) => Object.hasOwn(places, w),
  (w) => holdsBodyWord([w]),
  (k) =>
    longCountryNames.reduce((s, n) => (` ${s} `.includes(` ${n} `) ? ` ${s} `.replace(` ${n} `, ' ').trim() : s), k),
);
/** Their keys: key → [name, actor code, country, id]; each keeps its entry's actor code and country. */
const bundledKeys = new Map<string, [string, string | null, string | null, string]>();
let bundledCount = 0;
/** Those aliases, as names of a body the KB cannot tell ("Islamic Jihad"): key → display name. */
const unknownBodies = new Map<string, string>();
for (const [i, e] of otherRaw.entries()) {
  // a Phoenix line with no code is a synonym of the entry above it
  const roles = e.roles.length ? e.roles : previousRoles;
  previousRoles = roles;
  const code = currentCode(roles);
  let name = newsDisplay(e.name.replace(/^The /, ''));
  if (/^[A-Za-z.]{2,5}$/.test(name) && !wordLike.has(name.toLowerCase())) name = name.toUpperCase();
  const country = isoCountry(e.countries[0]);
  // an entry coded as a bare country lists that country's cities and sites (France: Lyon, Versailles):
  // they are places of the country, not an organisation called France ("Police in Lyon" is French)
  // (the entry keeps its id so the other bodies' ids stay stable)
  const id = orgs.length;
  orgs.push([name, code, country]);
  const countryIndex = code ? countries.findIndex((c) => c.code === code) : -1;
  // a country's code with a suffix that is no CAMEO actor type is a part of that country (PSEGZA:
  // Gaza, the Gaza Strip), a region of it rather than a body
  const regionOf = code && code.length > 3 && !ACTOR_TYPES.has(code.slice(3, 6)) ? code.slice(0, 3) : null;
  const regionIndex = regionOf ? countries.findIndex((c) => c.code === regionOf) : -1;
  if (countryIndex >= 0 || regionIndex >= 0) {
    for (const p of [e.pattern, ...e.alias_patterns]) {
      const k = phrase(p);
      if (k && !(k in places)) {
        // (a region's people: "Gazan" is a demonym of the country)
        const kind = countryIndex >= 0 ? 't' : /^\S+(an|ese|ish|i)$/.test(k) ? 'd' : 'r';
        places[k] = [kind, countryIndex >= 0 ? countryIndex : regionIndex];
        placeNames[k] = display(p);
      }
    }
    continue;
  }
  const bodies = bundles.get(i) ?? [];
  for (const body of bodies) {
    bundledCount++;
    const first = e.alias_patterns.find((p) => phrase(p) === body[0])!;
    const bodyName = newsDisplay(display(first.replace(/^THE_/, '')));
    for (const k of body)
      for (const v of variants(bare(k)))
        if (!(v in orgKeys) && !bundledKeys.has(v))
          bundledKeys.set(v, [bodyName, code, country, `org:${i}:${body[0].replace(/^the /, '')}`]);
  }
  for (const p of [e.pattern, ...e.alias_patterns]) {
    const k = phrase(p);
    if (!k || bodies.some((b) => b.includes(k))) continue;
    // (before the aliases naming other bodies: "Foundation" under El Rukn is a word, no body's name)
    if (bare(k) !== bare(phrase(e.pattern) ?? '') && commonAliases.has(bare(k))) {
      commonDropped++;
      if (process.env.DOSSIER_KB_VERBOSE)
        console.log(`common word\t${bare(k)}\t${name}\t${JSON.stringify(commonAliases.get(bare(k)))}`);
      continue;
    }
    if (unclaimed.get(i)?.has(k)) {
      unknownBodies.set(k.replace(/^the /, ''), newsDisplay(display(p.replace(/^THE_/, ''))));
      continue;
    }
    for (const v of variants(bare(k))) if (!(v in orgKeys) && !bundledKeys.has(v)) orgKeys[v] = id;
  }
}

// ---- people ------------------------------------------------------------------------------------
const peopleRaw = read<{ people: RawActor[] }>('actors_people.json').people;
const TITLE_WORD =
  /\b(president|minister|mr|mrs|ms|dr|senator|chancellor|king|queen|prince|general|secretary|leader|chief|premier|governor|mayor|sheikh|ayatollah|the|administration|former|ex|elect|us|u\.s\.)\b/i;
const TITLE_WORDS_ONCE = new RegExp(TITLE_WORD.source, 'gi');
const people: Array<[string, string | null, Array<[string, string | null, string | null]>]> = [];
const personKeys: Record<string, number> = {};
/**
 * People entries that are bodies ("Palestinian Authority", "Islamic State Of Iraq And The Levant"),
 * with the words of their name.
 */
const bodyPeople = new Map<number, Set<string>>();
const isPlaceWord = (word: string) => word in places;
/**
 * Whether a people entry's name is a body's: it reads as one (kb-person-names.ts), and a body's word,
 * a place's word or "and" is in it. Joining words alone make no body: "Bingu wa Mutharika", "Moon
 * Jae In", "Williams of Mostyn" are people.
 */
function filedBody(name: string): boolean {
  const words = nameWords(name);
  if (
    namesBody(name, isPlaceWord) &&
    (holdsBodyWord(words) || isPlaceWord(words[0]) || words[0] === 'the' || words.includes('and'))
  )
    return true;
  // "Tawhid Brigade": a group's word after one other; "Syrian Observatory For Human Rights": a
  // place's word leading a name with "for"
  return (words.length === 2 && GROUP_LAST_WORDS.has(words[1])) || (isPlaceWord(words[0]) && words.includes('for'));
}
/** Last words of two-word names of armed groups and coalitions ("Tawhid Brigade"); "Church" is a surname. */
const GROUP_LAST_WORDS = new Set(['brigade', 'brigades', 'battalion', 'front', 'army', 'movement', 'coalition']);
const peopleIds = new Map<RawActor, number>();
const peopleAliases: string[][] = [];
let droppedPeople = 0;
/** Entries the source gives no role at all ("Dmitry Medvedev", beside "Dmitr Medvedev" with roles). */
const roleless: RawActor[] = [];
for (const p of peopleRaw) {
  const roles = p.roles.filter((r) => r.code);
  const recent = roles.some((r) => !r.to || r.to >= PEOPLE_SINCE);
  if (!recent) {
    droppedPeople++;
    if (!roles.length) roleless.push(p);
    continue;
  }
  const id = people.length;
  peopleIds.set(p, id);
  peopleAliases.push(p.aliases);
  if (filedBody(p.name)) bodyPeople.set(id, new Set(nameWords(p.name)));
  people.push([personDisplay(p.name), isoCountry(p.countries[0]), roles.map((r) => [r.code!, r.from, r.to])]);
  // full-name forms only: a bare surname is linked from the article itself, not from the KB
  for (const a of [p.name, ...p.aliases]) {
    const k = key(a);
    if (k.split(' ').length < 2 || TITLE_WORD.test(k)) continue;
    if (!(k in personKeys)) personKeys[k] = id;
  }
}

// one person listed twice ("Dmitr Medvedev", "Dmitry Medvedev") is one entry: the duplicate's names
// and roles go to the entry it joins, and its own id is no longer given out (the others keep theirs)
const duplicates = duplicatePeople(
  people.map(([name, country, roles], id) => ({ name, country, aliases: peopleAliases[id], roles })),
);
for (const [duplicate, head] of duplicates) {
  const seen = new Set(people[head][2].map((r) => r.join(',')));
  for (const role of people[duplicate][2]) if (!seen.has(role.join(','))) people[head][2].push(role);
}
for (const [k, id] of Object.entries(personKeys)) personKeys[k] = duplicates.get(id) ?? id;
const personId = (id: number) => duplicates.get(id) ?? id;
// each person is shown under the best spelling among their entries' names ("Dmitry", not "Dmitr")
const givenCount = givenNameCounts(peopleRaw.flatMap((p) => [p.name, ...p.aliases]));
const namesOf = new Map<number, string[]>();
const addName = (id: number, name: string) => namesOf.set(id, [...(namesOf.get(id) ?? []), name]);
for (const [duplicate, head] of duplicates) addName(head, people[duplicate][0]);
// a role-less entry lends its names to the one kept person it names, if only one
{
  const bySurname = new Map<string, number[]>();
  people.forEach(([name], id) => {
    if (duplicates.has(id)) return;
    const last = key(name).split(' ').pop()!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), id]);
  });
  for (const p of roleless) {
    const matches = (bySurname.get(key(p.name).split(' ').pop()!) ?? []).filter((id) =>
      samePerson(p.name, people[id][0]),
    );
    if (matches.length !== 1) continue;
    addName(matches[0], personDisplay(p.name));
    for (const a of [p.name, ...p.aliases]) {
      const k = key(a);
      if (k.split(' ').length >= 2 && !TITLE_WORD.test(k) && !(k in personKeys)) personKeys[k] = matches[0];
    }
  }
}
for (const [id, names] of namesOf) people[id][0] = preferredName([people[id][0], ...names], givenCount);
// a given name written nowhere else in the source is likely misspelt ("Dmitr Medvedev"): the person
// is shown under the best of their own aliases that spell it another way ("Dmitri Medvedev")
let respelt = 0;
people.forEach((person, id) => {
  const words = key(person[0]).split(' ');
  if (duplicates.has(id) || words.length < 2 || (givenCount.get(words[0]) ?? 0) > 1) return;
  const surname = words[words.length - 1];
  const forms = peopleAliases[id].filter((a) => {
    const w = key(a).split(' ');
    return (
      w.length === words.length &&
      w[w.length - 1] === surname &&
      oneEditApart(w[0], words[0]) &&
      !TITLE_WORD.test(a) &&
      /^[\p{L} .'-]+$/u.test(a)
    );
  });
  const best = preferredName([person[0], ...forms.map(personDisplay)], givenCount);
  if (best !== person[0]) {
    person[0] = best;
    respelt++;
  }
});

const roleText = (roles: Array<[string, string | null, string | null]>) =>
  roles.map(([code, from, to]) => `${code},${from ?? ''},${to ?? ''}`).join(';');

// eslint-disable-next-line no-control-regex
const clean = (s: string | null) => (s ?? '').replace(/[\u0000-\u001f]/g, ' ');

/**
 * The first words of the people's full-name keys: the given names the entity layer knows. A body the
 * source files among people lends only its keys that read as a person's name, the leaders it lists
 * ("Haitham al-Badri" under ISIL), not its own names: "Palestinian" (Authority), "Islamic" (State),
 * "Supreme" (Soviet) are no one's given name.
 */
function firstNameWords(): string[] {
  return Object.entries(personKeys)
    .filter(([k, id]) => {
      const body = bodyPeople.get(id);
      return !body || (!namesBody(k, isPlaceWord) && !nameWords(k).some((w) => body.has(w)));
    })
    .map(([k]) => k.split(' ')[0]);
}

// ---- people filed among organisations (kb-people-among-orgs.ts) ---------------------------------
/** One-word names of such people ("assad", "mr. assad" → assad): explicit surname aliases. */
const movedSurnames: Array<[string, number]> = [];
const amongOrgs = peopleAmongOrgs(
  orgs.map(([name, , country]) => ({ name, country })),
  orgKeys,
  Object.fromEntries(Object.entries(personKeys).filter(([, id]) => !bodyPeople.has(id))),
  (id) => people[id][1],
  (k) => holdsBodyWord(nameWords(k)),
);
for (const [k, person] of amongOrgs.moved) {
  delete orgKeys[k];
  const bare = key(k.replace(TITLE_WORDS_ONCE, ' ').replace(/[.]/g, ' '));
  if (bare.split(' ').length === 1) movedSurnames.push([bare, person]);
  else if (!TITLE_WORD.test(k) && !(k in personKeys)) personKeys[k] = person;
}
for (const [id, k] of amongOrgs.renamed) orgs[id][0] = newsDisplay(display(k.replace(/ /g, '_').toUpperCase()));

// ---- surnames ----------------------------------------------------------------------------------
// A bare surname ("Obama", "President Putin" → "putin") names a person only where the article's date
// or the KB settles who: explicit one-word aliases (the KB's own "PUTIN_"), else every person whose
// full name ends in that word, each with their dated roles; the entity layer picks among them.
const TITLE_WORDS = new RegExp(TITLE_WORD.source, 'gi');
const surnameRows: string[] = [];
{
  const byKey = new Map<string, Map<number, boolean>>();
  const add = (k: string, id: number, explicit: boolean) => {
    if (!/^\p{L}[\p{L}'’-]{2,}$/u.test(k)) return;
    const m = byKey.get(k) ?? new Map<number, boolean>();
    m.set(id, explicit || (m.get(id) ?? false));
    byKey.set(k, m);
  };
  people.forEach(([name], id) => {
    // (a body filed among people has no surname: "Warsaw Treaty Organization")
    if (duplicates.has(id) || bodyPeople.has(id)) return;
    const w = key(name).split(' ');
    if (w.length >= 2) add(w[w.length - 1], id, false);
  });
  peopleRaw.forEach((p) => {
    const own = peopleIds.get(p);
    if (own === undefined) return;
    const id = personId(own);
    for (const a of p.aliases) {
      const w = key(a.replace(TITLE_WORDS, ' ').replace(/[.]/g, ' ')).split(' ');
      if (w.length === 1) add(w[0], id, true);
    }
  });
  for (const [k, id] of movedSurnames) add(k, id, true);
  const firstWords = new Set(firstNameWords());
  for (const [k, m] of byKey) {
    const all = [...m];
    const explicit = all.filter(([, e]) => e);
    // a surname that is also a first name (Thomas, Lee) or shared by many is known only by explicit aliases
    const keep = firstWords.has(k) || all.length > MAX_SURNAME_PEOPLE ? explicit : all;
    for (const [id, e] of keep) {
      const [name, country, roles] = people[id];
      surnameRows.push([k, e ? '1' : '0', name, country ?? '', `person:${id}`, roleText(roles)].map(clean).join('\t'));
    }
  }
}

// ---- titled people -------------------------------------------------------------------------------
// "President Hu", "Prime Minister Singh": a surname after a title the source gives the person
// (CountryInfo's offices: "Prime ministers", "Minister of Foreign Affairs", with dates). Every person
// with such a title, whatever their surname's other bearers, short or shared; the entity layer takes
// the one whose office fits the article's title.
const titledRows: string[] = [];
/** Countries whose people's names put the family name first (Hu Jintao, Kim Jong-il, Hun Sen). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'SGP', 'KHM', 'MNG']);
{
  /** "Prime ministers" → "prime minister", "Governors-GENERAL" → "governor-general", "Kings/QUEENS" → "king". */
  const SINGULAR: Record<string, string> = {
    ministers: 'minister',
    presidents: 'president',
    secretaries: 'secretary',
    kings: 'king',
    queens: 'queen',
    governors: 'governor',
    chancellors: 'chancellor',
    premiers: 'premier',
    chairmen: 'chairman',
    commissioners: 'commissioner',
    administrators: 'administrator',
    emperors: 'emperor',
    captains: 'captain',
    representatives: 'representative',
    chiefs: 'chief',
    heads: 'head',
    emirs: 'emir',
    sultans: 'sultan',
  };
  const singular = (t: string) =>
    t
      .toLowerCase()
      .replace(/\s*\(.*$/, '')
      .replace(/\/.*$/, '')
      .split(/(\s+|-)/)
      .map((w) => SINGULAR[w] ?? w)
      .join('')
      .trim();
  /** "19960311 - 20071203", ">20040522", "<20081031", "CHNGOV >20030101" → [from, to] as YYYY-MM-DD. */
  const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const span = (d: string): [string, string] | null => {
    const t = d.replace(/^[A-Z]{3,}\s+/, '').trim();
    let m = /^(\d{8})\s*-\s*(\d{8})$/.exec(t);
    if (m) return [iso(m[1]), iso(m[2])];
    if ((m = /^>(\d{8})$/.exec(t))) return [iso(m[1]), ''];
    if ((m = /^<(\d{8})$/.exec(t))) return ['', iso(m[1])];
    return null;
  };
  const seen = new Set<number>();
  for (const p of peopleRaw) {
    const own = peopleIds.get(p);
    if (own === undefined || !p.countryinfo_titles?.length) continue;
    const id = personId(own);
    if (seen.has(id) || bodyPeople.has(id)) continue;
    seen.add(id);
    const titles: string[] = [];
    for (const t of p.countryinfo_titles) {
      if (!t.title || !t.country) continue;
      const spans = (t.dates ?? []).map(span).filter((x): x is [string, string] => x !== null);
      for (const part of t.title.split(/\s+&\s+/)) {
        const title = singular(part.replace(/[|;,]/g, ' ').replace(/\s+/g, ' '));
        if (!title) continue;
        for (const [from, to] of spans.length ? spans : [['', ''] as [string, string]])
          titles.push(`${title},${isoCountry(t.country) ?? t.country},${from},${to}`);
      }
    }
    if (!titles.length) continue;
    // (the person's roles are read from names.tsv by the name, as for a name found in full)
    const [name, country] = people[id];
    const words = key(name).split(' ');
    const row = [name, `person:${id}`, [...new Set(titles)].join(';')];
    titledRows.push([words[words.length - 1], ...row].map(clean).join('\t'));
    // (where the family name comes first, "President Hu" is Hu Jintao, "Prime Minister Lee" Lee Hsien Loong)
    if (words.length >= 2 && FAMILY_NAME_FIRST.has(country ?? ''))
      titledRows.push([words[0].replace(/-.*$/, ''), ...row].map(clean).join('\t'));
  }
}

// ---- sector nouns (agents) -----------------------------------------------------------------------
const agentsRaw = read<{ agents: RawAgent[] }>('actors_agents.json').agents;
/** noun phrase → sector code suffix (GOV, MIL…), or "IGO~" style prefix codes kept as they are */
const agents: Record<string, string> = {};
for (const a of agentsRaw) {
  const code = a.code.replace(/^~/, '');
  const forms: string[] = [];
  if (a.pattern.includes('!PERSON!')) {
    for (const w of ['man', 'men', 'woman', 'women', 'person', 'people']) forms.push(a.pattern.replace('!PERSON!', w));
  } else {
    forms.push(a.pattern);
    const plural = a.plural ? a.plural : /(s|x|ch|sh)$/i.test(a.pattern) ? a.pattern + 'ES' : a.pattern + 'S';
    forms.push(plural.replace(/Y$/, 'IES').replace(/YS$/, 'IES'));
    if (/Y$/.test(a.pattern) && !/[AEIOU]Y$/.test(a.pattern)) forms.push(a.pattern.replace(/Y$/, 'IES'));
  }
  for (const f of forms) {
    const k = phrase(f);
    if (k && !(k in agents)) agents[k] = code;
  }
}

// ---- bodies filed among people --------------------------------------------------------------------
/** Words two names of one body may share that say nothing of which body it is. */
const BODY_GLUE = new Set(['the', 'of', 'and', 'for', 'al', 'in', 'on']);
/** Whether key k of people entry i names the body the entry is: it reads as a body or shares a word with the body's own name. */
function bodyKeyOfPerson(k: string, i: number): boolean {
  const body = bodyPeople.get(i);
  if (!body) return false;
  const words = nameWords(k);
  return namesBody(k, isPlaceWord) || words.some((w) => !BODY_GLUE.has(w) && body.has(w));
}

// ---- the runtime index -------------------------------------------------------------------------
// One sorted line per key, "key\tkind\tcountry\tactor\tname\tid\troles", so that the entity layer
// loads it with a single split and finds a key by binary search, building nothing else at start-up.
// Precedence is settled here: places, then people, then organisations (the first claim wins).
type Row = [kind: string, country: string | null, actor: string | null, name: string, id: string, roles: string];
const rows = new Map<string, Row>();
const codeNames = new Map(countries.map((c) => [c.code, c.name]));
/** A country's display name: its own entry's, not a dependent territory's (GBR is not Saint Helena). */
const countryName = (country: string) =>
  codeNames.get(country) ??
  countries.find((c) => c.country === country && /^[A-Z]{3}$/.test(c.code))?.name ??
  countries.find((c) => c.country === country)!.name;
for (const [k, [kind, i]] of Object.entries(places)) {
  const c = countries[i];
  if (kind === 'n') {
    // a dependent territory (Guam, USAGUM) keeps its own name and code; its country is the parent's
    const own = c.code === c.country || ISO_OF_CAMEO[c.code] === c.country;
    rows.set(k, ['n', c.country, c.code, own ? countryName(c.country) : c.name, `country:${c.code}`, '']);
  } else {
    const id = kind === 'd' ? `demonym:${c.country}` : `place:${k}`;
    rows.set(k, [kind, c.country, c.code, placeNames[k] ?? k, id, '']);
  }
}
for (const [k, i] of Object.entries(personKeys)) {
  if (rows.has(k)) continue;
  const [name, country, roles] = people[i];
  // a body filed among people ("Syrian Observatory For Human Rights", "Tawhid Brigade") is a body
  // under the names that read as its own; the people it lists ("Rami Abdulrahman") stay people
  if (bodyKeyOfPerson(k, i))
    rows.set(k, [
      'o',
      country,
      currentCode(roles.map(([code, from, to]) => ({ code, from, to }))),
      name,
      `org:person-${i}`,
      '',
    ]);
  else if (bodyPeople.has(i)) rows.set(k, ['p', country, null, keyAsName(k), `person:${i}:${k}`, roleText(roles)]);
  else rows.set(k, ['p', country, null, name, `person:${i}`, roleText(roles)]);
}
// one id for a body the source lists twice under one name and code (Phoenix files "the US Department
// of State" and "the State Department" as two "Department of State", USAGOV): the first entry's, so
// that the store gives both names one actor
const firstOrgEntry = new Map<string, number>();
orgs.forEach(([name, code], i) => {
  if (!firstOrgEntry.has(`${name}\t${code}`)) firstOrgEntry.set(`${name}\t${code}`, i);
});
for (const [k, i] of Object.entries(orgKeys)) {
  if (rows.has(k)) continue;
  const [name, code, country] = orgs[i];
  rows.set(k, ['o', country, code, name, `org:${firstOrgEntry.get(`${name}\t${code}`)}`, '']);
}
for (const [k, [name, code, country, id]] of bundledKeys)
  if (!rows.has(k)) rows.set(k, ['o', country, code, name, id, '']);
// a name the source gives a body it does not name ("Islamic Jihad" under Hezbollah) is a body's name
// still, of no body the KB can tell: no country, no actor code
for (const [k, name] of unknownBodies) if (!rows.has(k)) rows.set(k, ['o', null, null, name, `org:${k}`, '']);
const lines = sortLines([...rows].map(([k, r]) => [k, ...r].map(clean).join('\t')));
let maxKeyWords = 1;
for (const k of rows.keys()) maxKeyWords = Math.max(maxKeyWords, k.split(' ').length);
const firstNames = sortLines([...new Set(firstNameWords().map(clean))]);

mkdirSync(out, { recursive: true });
const write = (f: string, v: string) => writeFileSync(join(out, f), v);
write('names.tsv', lines.join('\n') + '\n');
write('first-names.txt', firstNames.join('\n') + '\n');
// surnames whose key is a place, a person's full name or an organisation are read as that
write('surnames.tsv', sortLines(surnameRows.filter((l) => !rows.has(l.split('\t')[0]))).join('\n') + '\n');
write('titled-people.tsv', sortLines(titledRows).join('\n') + '\n');
write(
  'meta.json',
  JSON.stringify({
    since: PEOPLE_SINCE,
    until: people
      .flatMap(([, , roles]) => roles.flatMap(([, from, to]) => [from ?? '', to ?? '']))
      .reduce((a, b) => (b > a ? b : a), ''),
    maxKeyWords: Math.min(maxKeyWords, 8),
    countries: countries.map((c) => ({
      ...c,
      name: c.code === c.country || ISO_OF_CAMEO[c.code] === c.country ? countryName(c.country) : c.name,
    })),
  }) + '\n',
);
write('agents.json', JSON.stringify(agents) + '\n');
console.log(
  `countries ${countries.length}, place keys ${Object.keys(places).length}, orgs ${orgs.length} (${Object.keys(orgKeys).length} keys), ` +
    `(${unknownBodies.size} aliases naming other bodies kept as bodies of their own; ${commonDropped} one-word aliases that are common words dropped; ${bundledCount} bodies bundled under another's entry split off, ${bundledKeys.size} keys), people ${people.length} kept, ${droppedPeople} dropped (all roles before ${PEOPLE_SINCE}), agents ${Object.keys(agents).length}, ` +
    `index ${lines.length} keys, surname rows ${surnameRows.length}, titled people ${titledRows.length}, duplicate people joined ${duplicates.size}, respelt ${respelt}`,
);
