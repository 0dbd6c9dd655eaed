// Look-ups in the actor knowledge base: what a name is (country, demonym, capital, seat of
// government, city, organisation, known person), its codes, and the sector a role noun implies.
import { loadKb, loadLexicon, type PlaceKind } from './data.js';

export type KbKind = 'country' | 'demonym' | 'capital' | 'seat' | 'city' | 'region' | 'org' | 'person';

export interface KbHit {
  kind: KbKind;
  /** Stable id in data/kb: "country:RUS", "org:1234", "person:567", "place:vladivostok". */
  id: string;
  /** Canonical display name. */
  name: string;
  /** ISO3-style country, where one applies. */
  country: string | null;
  /** CAMEO actor code as the KB has it (country code, IGOWSTNAT, USAGOV…). */
  actor: string | null;
}

/** Lower-cased with single spaces, apostrophes unified: the form KB keys are stored in. */
export function normalizeKey(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();
}

interface Index {
  hits: Map<string, KbHit>;
  sectors: Map<string, string>;
  firstNames: Set<string>;
  countryNames: Map<string, string>;
  maxWords: number;
}
let index: Index | null = null;

const PLACE_KIND: Record<PlaceKind, KbKind> = { n: 'country', d: 'demonym', c: 'capital', t: 'city', r: 'region' };

function build(): Index {
  const kb = loadKb();
  const lex = loadLexicon();
  const hits = new Map<string, KbHit>();
  const countryNames = new Map<string, string>();
  for (const c of kb.places.countries) countryNames.set(c.country, c.name);
  countryNames.set('USA', 'United States');
  const byCountry = new Map(kb.places.countries.map((c) => [c.country, c]));
  const countryHit = (code: string): KbHit => {
    const c = byCountry.get(code);
    return { kind: 'country', id: `country:${code}`, name: c?.name ?? code, country: code, actor: c?.code ?? code };
  };
  // places first, then seats and extra capitals, then people, then organisations: the first claim wins
  for (const [k, [kind, i]] of Object.entries(kb.places.keys)) {
    const c = kb.places.countries[i];
    const hk = PLACE_KIND[kind];
    if (hk === 'country') hits.set(k, { ...countryHit(c.country), actor: c.code });
    else
      hits.set(k, {
        kind: hk,
        id: hk === 'demonym' ? `demonym:${c.country}` : `place:${k}`,
        name: kb.places.names[k] ?? k,
        country: c.country,
        actor: c.code,
      });
  }
  for (const [name, code] of Object.entries(lex.extraCapitals)) {
    const k = normalizeKey(name);
    if (!hits.has(k)) hits.set(k, { kind: 'capital', id: `place:${k}`, name, country: code, actor: code });
  }
  for (const [name, v] of Object.entries(lex.seats)) {
    if (name.startsWith('_') || typeof v === 'string') continue;
    hits.set(normalizeKey(name), {
      kind: 'seat',
      id: `seat:${normalizeKey(name)}`,
      name,
      country: v[0],
      actor: v[0] + v[1],
    });
  }
  const firstNames = new Set<string>();
  for (const [k, i] of Object.entries(kb.people.keys)) {
    const [name, country] = kb.people.people[i];
    firstNames.add(k.split(' ')[0]);
    if (!hits.has(k)) hits.set(k, { kind: 'person', id: `person:${i}`, name, country, actor: null });
  }
  for (const [k, i] of Object.entries(kb.orgs.keys)) {
    const [name, code, country] = kb.orgs.orgs[i];
    if (!hits.has(k)) hits.set(k, { kind: 'org', id: `org:${i}`, name, country, actor: code });
  }
  const sectors = new Map<string, string>(Object.entries(kb.agents));
  for (const [k, v] of Object.entries(lex.sectorNouns)) if (!k.startsWith('_')) sectors.set(k, v);
  let maxWords = 1;
  for (const k of hits.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { hits, sectors, firstNames, countryNames, maxWords: Math.min(maxWords, 8) };
}

function idx(): Index {
  index ??= build();
  return index;
}

/** Builds the look-up tables now (they are otherwise built on first use). */
export function warmKb(): void {
  idx();
}

/**
 * What the name as written is in the KB, or undefined. Short all-letter keys (US, UN, EU) must be
 * written in capitals, so that the pronoun "us" is never the United States.
 */
export function lookupName(surface: string): KbHit | undefined {
  if (!/^\p{Lu}/u.test(surface) && !/^\d/.test(surface)) return undefined;
  const k = normalizeKey(surface.replace(/^the\s+/i, ''));
  const hit = idx().hits.get(k);
  if (!hit) return undefined;
  if (/^[a-z]{1,3}$/.test(k) && surface !== surface.toUpperCase()) return undefined;
  return hit;
}

/** The hit for a country code: its display name and actor code. */
export function countryEntity(code: string): KbHit {
  const name = idx().countryNames.get(code) ?? code;
  return { kind: 'country', id: `country:${code}`, name, country: code, actor: code };
}

/** The CAMEO sector (GOV, MIL, SPY…) a lower-case role noun phrase implies, or undefined. */
export function sectorOf(phrase: string): string | undefined {
  return idx().sectors.get(normalizeKey(phrase));
}

/** Whether the word starts some known person's full name in the KB (a first name). */
export function isKnownFirstName(word: string): boolean {
  return idx().firstNames.has(word.toLowerCase());
}

/** Longest KB key length in words: bounds the window of phrase look-ups. */
export function maxKeyWords(): number {
  return idx().maxWords;
}

/**
 * A KB person's actor code on a date (YYYY-MM-DD), else their latest role. The KB ends in 2015:
 * callers use this only when the article itself says nothing about the person's role.
 */
export function personActor(hit: KbHit, date: string | null): string | null {
  if (hit.kind !== 'person') return hit.actor;
  const i = Number(hit.id.slice('person:'.length));
  const roles = loadKb().people.people[i]?.[2] ?? [];
  if (!roles.length) return null;
  if (date) {
    const on = roles.find(([, from, to]) => (!from || from <= date) && (!to || to >= date));
    if (on) return on[0];
  }
  const open = roles.filter(([, , to]) => !to);
  return (open[open.length - 1] ?? roles[roles.length - 1])[0];
}
