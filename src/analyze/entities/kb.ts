// Look-ups in the actor knowledge base: what a name is (country, demonym, capital, seat of
// government, city, organisation, known person), its codes, and the sector a role noun implies.
// The name index is searched in place (binary search over its sorted lines); a hit is decoded on demand.
import { withoutAccents } from '../nlp/accents.js';
import { kbAgents, kbFirstNames, kbMeta, kbNameLines, kbNameText, kbSurnameLines, loadLexicon } from './data.js';
import { keyAsName, namesBody } from './kb-person-names.js';
import { withoutLeadingTitle } from './leading-title.js';

export type KbKind = 'country' | 'demonym' | 'capital' | 'seat' | 'city' | 'region' | 'org' | 'person';

export interface KbHit {
  kind: KbKind;
  /** Stable id in data/kb: "country:RUS", "org:1234" ("org:125:brookings institute" for a body the source files under another entry), "person:567", "place:vladivostok"; "surname:USA:clinton" for a surname several KB people share. */
  id: string;
  /** Canonical display name. */
  name: string;
  /** ISO3-style country, where one applies. */
  country: string | null;
  /** CAMEO actor code as the KB has it (country code, IGOWSTNAT, USAGOV…). */
  actor: string | null;
  /** A person's dated role codes [code, from, to], oldest first as the KB lists them. */
  roles?: Array<[string, string | null, string | null]>;
  /**
   * For a person found by a bare surname, what chose them: the KB's own one-word alias (Obama, Putin),
   * a role held on the article's date, or a guess (an open-ended role after the KB's end, the only
   * person of that surname).
   */
  surnameBasis?: 'alias' | 'held' | 'guess';
}

/**
 * A hit with every field written, in one order (absent ones undefined): hits made with and without
 * roles, or copied by spreading, would each get another hidden class, and the code reading hits is
 * then deoptimised and compiled again as each new one arrives.
 */
export function kbHit(
  kind: KbKind,
  id: string,
  name: string,
  country: string | null,
  actor: string | null,
  roles?: KbHit['roles'],
  surnameBasis?: KbHit['surnameBasis'],
): KbHit {
  return { kind, id, name, country, actor, roles, surnameBasis };
}

/** Lower-cased with single spaces, apostrophes unified: the form KB keys are stored in. */
export function normalizeKey(s: string): string {
  if (isPlainKey(s)) return s.toLowerCase();
  return s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();
}

/**
 * Whether normalising leaves the string as it is but for its case: printable ASCII words with single
 * spaces between them, as nearly every name is. A character loop, where the patterns cost more on the
 * hundreds of thousands of names and words a corpus asks about.
 */
function isPlainKey(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return false;
    } else if (c < 33 || c > 126) return false;
  }
  return true;
}

/**
 * The KB writes most names without accents ("hugo chavez"): a key with accents the KB lacks is looked
 * up again without them ("Hugo Chávez", "Nicolás Maduro").
 */
function unaccented<T>(key: string, look: (k: string) => T | undefined): T | undefined {
  const plain = withoutAccents(key);
  return plain === key ? undefined : look(plain);
}

/**
 * The key with the hyphens between its words set apart: a double surname is hyphened in one text and
 * not in another ("Călin Popescu-Tăriceanu", the KB's "calin popescu tariceanu").
 */
function hyphenSpaced<T>(key: string, look: (k: string) => T | undefined): T | undefined {
  if (!key.includes('-')) return undefined;
  const spaced = key.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  return spaced === key ? undefined : look(spaced);
}

/** An Arabic article inside a name, hyphened or set apart ("al-qassam", "al qassam"). */
const ARTICLE_SPELLING = /\b(al|ad|el|ed|ud|ul|as|ash|at|az|an|ar)([- ])(?=\p{L})/gu;
/** ARTICLE_SPELLING as a plain test (a global pattern's test keeps its place between calls). */
const HAS_ARTICLE = new RegExp(ARTICLE_SPELLING.source, 'u');

/**
 * The key again with each Arabic article inside it written the other way, all hyphened, then all set
 * apart: news writes "Izz ad-Din al-Qassam" where the KB has "izz ad-din al qassam".
 */
function articleSpellings<T>(key: string, look: (k: string) => T | undefined): T | undefined {
  if (!HAS_ARTICLE.test(key)) return undefined;
  for (const sep of ['-', ' ']) {
    const k = key.replace(ARTICLE_SPELLING, (_m, a: string) => a + sep);
    if (k === key) continue;
    const hit = look(k);
    if (hit !== undefined) return hit;
  }
  // (the KB's own mix: the first article hyphened, the others apart, as "izz ad-din al qassam")
  let first = true;
  const mixed = key.replace(ARTICLE_SPELLING, (_m, a: string) => {
    const sep = first ? '-' : ' ';
    first = false;
    return a + sep;
  });
  return mixed === key ? undefined : look(mixed);
}

const KIND: Record<string, KbKind> = {
  n: 'country',
  d: 'demonym',
  c: 'capital',
  t: 'city',
  r: 'region',
  p: 'person',
  o: 'org',
};

const decodeRoles = (roles: string | undefined): NonNullable<KbHit['roles']> =>
  roles
    ? roles.split(';').map((r) => {
        const [code, from, to] = r.split(',');
        return [code, from || null, to || null];
      })
    : [];

function decode(line: string): KbHit {
  const [key, kind, country, actor, name, id, roles] = line.split('\t');
  if (kind === 'p') return decodePerson(key, name, id, country || null, decodeRoles(roles));
  return kbHit(KIND[kind] ?? 'org', id, name, country || null, actor || null, undefined);
}

/**
 * A KB person line read as what its key names: the body, where the entry is a body filed among the
 * people and the key one of its names ("islamic state of iraq"); the one person the key names, with
 * an id of their own, where the key is a leader's name under such a body ("abu bakr al-baghdadi");
 * else the person, their name without the office the KB writes before it.
 */
function decodePerson(
  key: string,
  name: string,
  id: string,
  country: string | null,
  roles: NonNullable<KbHit['roles']>,
): KbHit {
  if (!namesBody(name, isPlaceWord)) return kbHit('person', id, withoutLeadingTitle(name), country, null, roles);
  if (key === normalizeKey(name) || namesBody(key, isPlaceWord))
    return kbHit('org', id, name, country, latestRoleCode(roles), undefined);
  return kbHit('person', `${id}:${key}`, keyAsName(key), country, null, roles);
}

/** Whether a lower-case word is a KB country, demonym or place ("kosovo", "palestinian"). */
function isPlaceWord(word: string): boolean {
  const hit = indexHit(word);
  return !!hit && hit.kind !== 'person' && hit.kind !== 'org';
}

/** The code of the latest open-ended role, else of the last one: a body's actor code. */
function latestRoleCode(roles: NonNullable<KbHit['roles']>): string | null {
  const open = roles.filter(([, , to]) => !to);
  return (open[open.length - 1] ?? roles[roles.length - 1])?.[0] ?? null;
}

/** Keys looked up before and what they were (null: not in the index); names recur across articles. */
const indexCache = new Map<string, KbHit | null>();
const INDEX_CACHE_LIMIT = 50_000;

/** The KB index line for a normalised key, decoded, or undefined. */
function indexHit(key: string): KbHit | undefined {
  const known = indexCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const line = kbNameLines().find(key + '\t');
  const hit = line ? decode(line) : undefined;
  if (indexCache.size >= INDEX_CACHE_LIMIT) indexCache.clear();
  indexCache.set(key, hit ?? null);
  return hit;
}

interface Overlay {
  /** Seats of government: they win over every KB reading. */
  seats: Map<string, KbHit>;
  /** Capitals the KB lacks: after places, before people and organisations. */
  capitals: Map<string, KbHit>;
  sectors: Map<string, string>;
  countryNames: Map<string, string>;
  /** ISO country → CAMEO country code, where they differ or not. */
  cameoCodes: Map<string, string>;
  /** Other names of KB organisations (European Community → european union). */
  aliases: Map<string, string>;
  /** Organisations the KB lacks (Twitter, Church of Scientology): after every KB reading. */
  organisations: Map<string, KbHit>;
  /** The hits `organisations` holds (asked of every typed body: a Set spares normalising its name). */
  curated: Set<KbHit>;
}
let overlay: Overlay | null = null;

function lexOverlay(): Overlay {
  if (overlay) return overlay;
  const lex = loadLexicon();
  const seats = new Map<string, KbHit>();
  for (const [name, v] of Object.entries(lex.seats ?? {})) {
    if (name.startsWith('_') || typeof v === 'string') continue;
    const k = normalizeKey(name);
    seats.set(k, kbHit('seat', `seat:${k}`, name, v[0], v[0] + v[1]));
  }
  const capitals = new Map<string, KbHit>();
  for (const [name, code] of Object.entries(lex.extraCapitals ?? {})) {
    const k = normalizeKey(name);
    capitals.set(k, kbHit('capital', `place:${k}`, name, code, code));
  }
  const sectors = new Map<string, string>(Object.entries(kbAgents()));
  for (const [k, v] of Object.entries(lex.sectorNouns ?? {})) if (!k.startsWith('_')) sectors.set(k, v);
  const countryNames = new Map<string, string>();
  const cameoCodes = new Map<string, string>();
  // a country's own entry names it (GBR is the United Kingdom, not one of its territories); its plain
  // three-letter CAMEO code is its actor (Timor-Leste: country TLS, actor TMP)
  for (const c of kbMeta().countries) {
    const own = /^[A-Z]{3}$/.test(c.code);
    if (own || !countryNames.has(c.country)) countryNames.set(c.country, c.name);
    if (own) cameoCodes.set(c.country, c.code);
  }
  const aliases = new Map<string, string>();
  for (const [k, v] of Object.entries(lex.orgAliases ?? {}))
    if (!k.startsWith('_')) aliases.set(normalizeKey(k), normalizeKey(v));
  const organisations = new Map<string, KbHit>();
  for (const [name, v] of Object.entries(lex.extraOrganisations ?? {})) {
    if (name.startsWith('_') || typeof v === 'string') continue;
    const k = normalizeKey(name);
    organisations.set(k, kbHit('org', `org:${k}`, name, v[0], v[1]));
  }
  const curated = new Set(organisations.values());
  overlay = { seats, capitals, sectors, countryNames, cameoCodes, aliases, organisations, curated };
  return overlay;
}

/** Whether the name as written is one of the curated other names of a body (orgAliases: "G-20", "UNSC"). */
export function isOrgAlias(surface: string): boolean {
  return lexOverlay().aliases.has(normalizeKey(surface));
}

/** Whether the hit is one of the hand-curated organisations the KB lacks (data/lexicons/entities.json). */
export function isCuratedOrganisation(hit: KbHit): boolean {
  return lexOverlay().curated.has(hit);
}

/** Loads the look-up tables now (they are otherwise loaded on first use). */
export function warmKb(): void {
  lexOverlay();
  kbNameLines();
  kbFirstNames();
  kbSurnameLines();
}

const PLACE_KINDS = new Set<KbKind>(['country', 'demonym', 'capital', 'city', 'region']);

/** Whether a KB hit's kind names a place or its people (country, demonym, capital, city, region). */
export const isPlaceKind = (kind: KbKind | undefined): boolean => kind !== undefined && PLACE_KINDS.has(kind);

/** What a normalised key is: seat, KB place, extra capital, alias, KB person or organisation, extra organisation. */
function lookupKey(k: string): KbHit | undefined {
  const o = lexOverlay();
  const seat = o.seats.get(k);
  if (seat) return seat;
  const hit = indexHit(k);
  if (hit && PLACE_KINDS.has(hit.kind)) return hit;
  // an alias names the entry one body is known by, also where the KB files the name under an entry
  // of its own ("U.N. Security Council", "UNSC" beside "UN Security Council")
  const alias = o.aliases.get(k);
  const aliased = alias ? (indexHit(alias) ?? o.organisations.get(alias)) : undefined;
  // (a curated body wins over the KB's entry of another name: MI5 is no "Government Communications Headquarters")
  return o.capitals.get(k) ?? aliased ?? o.organisations.get(k) ?? hit;
}

/**
 * What the name as written is in the KB, or undefined. Short all-letter keys (US, UN, EU) must be
 * written in capitals, so that the pronoun "us" is never the United States.
 */
export function lookupName(surface: string): KbHit | undefined {
  // names recur within and across articles: each surface is normalised and looked up once
  const known = nameCache.get(surface);
  if (known !== undefined) return known ?? undefined;
  const hit = lookupSurface(surface);
  if (nameCache.size >= INDEX_CACHE_LIMIT) nameCache.clear();
  nameCache.set(surface, hit ?? null);
  return hit;
}

/** Surfaces looked up before and what they were (null: nothing). */
const nameCache = new Map<string, KbHit | null>();

function lookupSurface(surface: string): KbHit | undefined {
  if (!/^\p{Lu}/u.test(surface) && !/^\d/.test(surface)) return undefined;
  const k = normalizeKey(surface.replace(/^the\s+/i, ''));
  if (!k) return undefined;
  // "… in the U.S." at a sentence end gives its period to the sentence: the name is "U.S" then
  const hit =
    lookupKey(k) ??
    (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(surface) ? lookupKey(`${k}.`) : undefined) ??
    formalCountry(k) ??
    unaccented(k, lookupKey) ??
    articleSpellings(k, lookupKey) ??
    hyphenSpaced(k, (x) => lookupKey(x) ?? unaccented(x, lookupKey)) ??
    placeNamedWithThe(k);
  if (!hit) return undefined;
  if (/^[a-z]{1,3}$/.test(k) && surface !== surface.toUpperCase()) return undefined;
  // a city's name written in capitals is a curated body's acronym where there is one ("SANA", the
  // Syrian agency, not Sana'a)
  if ((hit.kind === 'capital' || hit.kind === 'city') && /^\p{Lu}{3,}$/u.test(surface))
    return lexOverlay().organisations.get(k) ?? hit;
  return hit;
}

/** A town the KB keys with its article ("the hague"), asked for without it ("The Hague" loses its "The" above, "Hague"). */
function placeNamedWithThe(key: string): KbHit | undefined {
  const hit = lookupKey(`the ${key}`);
  return hit?.kind === 'city' ? hit : undefined;
}

/** A country's formal name the KB lacks ("Republic of Ghana", "Kingdom of Saudi Arabia"): the country. */
function formalCountry(key: string): KbHit | undefined {
  const m = FORMAL_STATE.exec(key);
  if (!m) return undefined;
  const hit = lookupKey(m[1]);
  return hit?.kind === 'country' ? hit : undefined;
}
const FORMAL_STATE =
  /^(?:(?:federal|islamic|democratic|socialist|arab|united|hashemite|federative|plurinational) )*(?:republic|kingdom|state|sultanate|emirate|principality|commonwealth|grand duchy) of (?:the )?(.+)$/;

/** The hit for a country code: its display name and actor code. */
export function countryEntity(code: string): KbHit {
  const name = lexOverlay().countryNames.get(code) ?? code;
  const actor = actorCountry(code);
  return kbHit('country', `country:${actor}`, name, code, actor);
}

/** The CAMEO country code that starts the actor codes of a country (ISO TLS → TMP; mostly the same). */
export function actorCountry(country: string): string {
  return lexOverlay().cameoCodes.get(country) ?? country;
}

/**
 * The primary CAMEO sector (GOV, MIL, SPY…) a lower-case role noun phrase implies, or undefined. An
 * actor code is a country and ONE primary sector (USAGOV, RUSMIL): where the agents give a compound
 * (national security adviser → GOVMIL) its first sector is the one that counts.
 */
export function sectorOf(phrase: string): string | undefined {
  // descriptions ask for every run of nouns after a country: each phrase is normalised and looked up once
  const known = sectorCache.get(phrase);
  if (known !== undefined) return known ?? undefined;
  const code = lexOverlay().sectors.get(normalizeKey(phrase));
  const sector = code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : undefined;
  if (sectorCache.size >= INDEX_CACHE_LIMIT) sectorCache.clear();
  sectorCache.set(phrase, sector ?? null);
  return sector;
}

/** The last words of the phrases that imply a sector ("forces" of "security forces"), read once. */
let sectorLastWords: Set<string> | null = null;

/**
 * Whether some sector phrase ends in `word` (lower case): where not, neither the word nor any phrase
 * ending in it has a sector, and no phrase need be built and normalised to ask (the event layer asks
 * of every noun heading a phrase).
 */
export function mayEndSector(word: string): boolean {
  if (!sectorLastWords) {
    sectorLastWords = new Set();
    for (const key of lexOverlay().sectors.keys()) sectorLastWords.add(key.slice(key.lastIndexOf(' ') + 1));
  }
  return sectorLastWords.has(word);
}

/** The sector a body's or a title's words imply: the longest run of them from the earliest word that the agents know ("defence ministry"). */
export function sectorInWords(words: readonly string[]): string | undefined {
  for (let a = 0; a < words.length; a++) {
    for (let b = words.length; b > a; b--) {
      const sector = sectorOf(words.slice(a, b).join(' '));
      if (sector) return sector;
    }
  }
  return undefined;
}

/** Phrases asked for before and the sector each implies (null: none). */
const sectorCache = new Map<string, string | null>();

let orgKeys: Map<string, string[]> | null = null;

/** The keys the KB files under an organisation's entry id: its names and acronyms, lower case. */
export function kbOrgKeys(id: string): readonly string[] {
  if (!orgKeys) {
    // read once, on the first acronym the article spells out: one pass over the index's lines
    orgKeys = new Map();
    for (const line of kbNameText().split('\n')) {
      if (!line.includes('\to\t')) continue;
      const cols = line.split('\t');
      if (cols[1] !== 'o') continue;
      const keys = orgKeys.get(cols[5]) ?? [];
      keys.push(cols[0]);
      orgKeys.set(cols[5], keys);
    }
  }
  return orgKeys.get(id) ?? [];
}

/** Whether the word starts some known person's full name in the KB (a first name). */
export function isKnownFirstName(word: string): boolean {
  // asked for many capitalised words of every text (span repairs, title splits): each one searched once
  const known = firstNameCache.get(word);
  if (known !== undefined) return known;
  // ("Mélanie" is "Melanie": the KB's names are often written without their accents)
  const lower = word.toLowerCase();
  const names = kbFirstNames();
  const first = names.has(lower) || names.has(withoutAccents(lower));
  if (firstNameCache.size >= INDEX_CACHE_LIMIT) firstNameCache.clear();
  firstNameCache.set(word, first);
  return first;
}

/** Words asked about before and whether each is a known first name. */
const firstNameCache = new Map<string, boolean>();

/** Longest KB key length in words: bounds the window of phrase look-ups. */
export function maxKeyWords(): number {
  return kbMeta().maxKeyWords;
}

/**
 * A KB person's actor code on a date (YYYY-MM-DD), else their latest role begun by then (a role
 * taken up only after the article's date is none of theirs yet: David Petraeus in 2007 was no CIA
 * director), else their country. The KB ends in 2015: callers use this only when the article itself
 * says nothing about the person's role.
 */
export function personActor(hit: KbHit, date: string | null): string | null {
  if (hit.kind !== 'person') return hit.actor;
  let roles = hit.roles ?? [];
  if (!roles.length) return null;
  if (date) {
    // a dated role held on the day beats an undated default (ELI) that "holds" on every day
    const holds = ([, from, to]: [string, string | null, string | null]) =>
      (!from || from <= date) && (!to || to >= date);
    const on = roles.find((r) => (r[1] || r[2]) && holds(r)) ?? roles.find(holds);
    if (on) return on[0];
    roles = roles.filter(([, from]) => !from || from <= date);
    if (!roles.length) return hit.country ? actorCountry(hit.country) : null;
  }
  const open = roles.filter(([, , to]) => !to);
  return (open[open.length - 1] ?? roles[roles.length - 1])[0];
}

/** Whether the KB person held a dated office on the date (elite standing, ELI, is no office). */
export function holdsOfficeOn(hit: KbHit, date: string): boolean {
  return heldOn(hit, date, true);
}

/** Whether one of the person's dated roles (an undated default does not count) holds on the date. */
function heldOn(hit: KbHit, date: string, inOffice = false): boolean {
  return (hit.roles ?? []).some(
    ([code, from, to]) =>
      (from || to) && (!from || from <= date) && (!to || to >= date) && !(inOffice && code.endsWith('ELI')),
  );
}

/** Years after a person's last dated role when a bare surname no longer stands for them. */
const ALIAS_YEARS = 20;

/** Whether every role of a KB person is dated and the last ended more than ALIAS_YEARS before the date. */
function longPast(hit: KbHit, date: string): boolean {
  const roles = hit.roles ?? [];
  if (!roles.length || roles.some(([, , to]) => !to)) return false;
  const last = roles.reduce((end, [, , to]) => (to && to > end ? to : end), '');
  return Number(date.slice(0, 4)) - Number(last.slice(0, 4)) > ALIAS_YEARS;
}

/**
 * Several KB people of one country share the surname and the date does not tell them apart ("Clinton"
 * alone in 2016): the mention keeps its country, and the actor code they share on the date (else the
 * country's), but no one person's identity: its id is the surname's within the country.
 */
function sharedSurname(word: string, pool: KbHit[], date: string | null): KbHit {
  const country = pool[0].country;
  const codes = new Set(pool.map((h) => personActor(h, date)));
  const code = codes.size === 1 ? [...codes][0] : country;
  return kbHit(
    'person',
    `surname:${country ?? ''}:${normalizeKey(word)}`,
    word,
    country,
    null,
    code ? [[code, null, null]] : [],
  );
}

interface SurnamePerson {
  hit: KbHit;
  /** Whether the KB lists the surname as the person's own one-word alias. */
  explicit: boolean;
}

/** Normalised surnames looked up before and the KB people who bear them (names recur across articles). */
const surnameCache = new Map<string, SurnamePerson[]>();

/** Every KB person with the normalised surname, decoded once per surname. */
function surnamePeople(key: string): SurnamePerson[] {
  const known = surnameCache.get(key);
  if (known) return known;
  const people = kbSurnameLines()
    .findAll(key + '\t')
    .flatMap((line) => {
      const [surname, explicit, name, country, id, roles] = line.split('\t');
      // a body filed among the people has no surname ("Army" of the Sudan People's Liberation Army);
      // its own one-word aliases name one of its people ("al-Baghdadi"), not the body's entry
      if (namesBody(name, isPlaceWord)) {
        if (explicit !== '1') return [];
        const hit = kbHit('person', `${id}:${surname}`, keyAsName(surname), country || null, null, decodeRoles(roles));
        return [{ hit, explicit: true }];
      }
      const hit = kbHit('person', id, withoutLeadingTitle(name), country || null, null, decodeRoles(roles));
      return [{ hit, explicit: explicit === '1' }];
    });
  if (surnameCache.size >= INDEX_CACHE_LIMIT) surnameCache.clear();
  surnameCache.set(key, people);
  return people;
}

/**
 * The KB person a full name the KB does not list names, where the KB person of its surname has all its
 * words in order ("Ali Khamenei" for the KB's "Hojatolislam Sayyed Ali Khamenei"), and only one does.
 */
export function lookupFullNameBySurname(words: readonly string[]): KbHit | undefined {
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const keys = words.map((w) => normalizeKey(w));
  const within = (name: string) => {
    const have = normalizeKey(name).split(/\s+/);
    let i = 0;
    for (const w of have) if (w === keys[i]) i++;
    return i === keys.length && have[have.length - 1] === keys[keys.length - 1];
  };
  const people = surnamePeople(keys[keys.length - 1]).filter((x) => within(x.hit.name));
  if (new Set(people.map((x) => x.hit.id)).size !== 1) return undefined;
  const hit = people[0].hit;
  return kbHit(hit.kind, hit.id, hit.name, hit.country, hit.actor, hit.roles, 'alias');
}

/**
 * The KB person a bare surname ("Obama", "Mr. Putin") stands for, or undefined where the KB and the
 * date leave it open. With a date: the people holding a dated role on it (the KB's explicit one-word
 * aliases first); without: the one explicit alias, or the only person of that surname. `heldOnly`
 * asks for a role held on the date and nothing else (for a name the recogniser read as a body). Several
 * people of one country still give that country (the actor code is the first one's on the date).
 */
export function lookupSurname(
  word: string,
  date: string | null,
  heldOnly = false,
  afterTitle = false,
): KbHit | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  const key = normalizeKey(word);
  let people = surnamePeople(key);
  if (!people.length) people = unaccented(key, (k) => surnamePeople(k)) ?? [];
  if (!people.length) return undefined;
  const one = (xs: typeof people, basis: 'held' | 'guess'): KbHit | undefined => {
    if (!xs.length) return undefined;
    const explicit = xs.filter((x) => x.explicit);
    const pool = explicit.length ? explicit : xs;
    const country = pool[0].hit.country;
    if (!pool.every((x) => x.hit.country === country)) return undefined;
    const hit =
      new Set(pool.map((x) => x.hit.id)).size === 1
        ? pool[0].hit
        : sharedSurname(
            word,
            pool.map((x) => x.hit),
            date,
          );
    return kbHit(hit.kind, hit.id, hit.name, hit.country, hit.actor, hit.roles, explicit.length ? 'alias' : basis);
  };
  if (date) {
    // an office, not elite standing (ELI), where the recogniser read the name as a body
    // (a role the KB leaves undated is no evidence either way: after a title, the one person whose
    // roles all are undated holds them, "Prime Minister Cameron" whose KB office has no dates)
    const dated = people.filter((x) => heldOn(x.hit, date, heldOnly));
    const undated = people.filter((x) => (x.hit.roles ?? []).every(([, f, t]) => !f && !t));
    const held = dated.length || !afterTitle || people.length > 1 ? dated : undated;
    // an open-ended role is no evidence after the KB's end: it says only that the KB stopped there
    // (and a name the recogniser read as a body is a person only on a role the KB dates)
    if (held.length) {
      if (date > kbMeta().until) return heldOnly ? undefined : one(held, 'guess');
      return one(held, 'held');
    }
    // after the KB's end (2015) nobody's role is dated on the day: the open-ended roles decide
    if (date > kbMeta().until) {
      const open = one(
        people.filter((x) => (x.hit.roles ?? []).some(([, f, t]) => f && !t)),
        'guess',
      );
      if (open) return open;
    }
    // the KB's own one-word alias names the person whatever the date (Obama before his presidency),
    // though not a generation after the last of their roles with no title before it ("Johnson" in 2007
    // is no Lyndon B. Johnson; "Secretary of State Kissinger" in 2010 is Henry Kissinger)
    return heldOnly
      ? undefined
      : one(
          people.filter((x) => x.explicit && (afterTitle || !longPast(x.hit, date))),
          'guess',
        );
  }
  if (heldOnly) return undefined;
  return (
    one(
      people.filter((x) => x.explicit),
      'guess',
    ) ?? one(people.length === 1 ? people : [], 'guess')
  );
}
