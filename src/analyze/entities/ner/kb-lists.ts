// Builds the gazetteer lists from the shared actor KB at training time; the model file carries
// them, so inference never reads the KB. Phrases are tokenised by wink like the text will be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTokens } from '../../nlp/wink.js';
import type { GazetteerLists } from './gazetteer.js';

interface Country {
  names?: string[];
  countryinfo_name?: string;
  capital?: string[];
  major_cities?: string[];
  regions?: string[];
  geog_features?: string[];
  phoenix_synonyms?: string[];
  demonyms_guess?: string[];
  ngec_nationality?: string[];
}
interface Named {
  name: string;
  aliases?: string[];
}

/** "NOVA_LISBOA_" → "nova lisboa"; plain names just lower-cased. */
const fromPattern = (s: string) => s.replace(/_+/g, ' ').trim().toLowerCase();

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Lower-cased phrases re-tokenised by wink, tokens joined by one space. */
function tokenise(phrases: Iterable<string>): string[] {
  const list = [...new Set([...phrases].map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 1))];
  const { tokens } = readTokens(list.join('\n'));
  const out: string[] = [];
  let current: string[] = [];
  for (const t of tokens) {
    if (t.text.includes('\n')) {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else if (t.text.trim()) current.push(t.lower);
  }
  if (current.length) out.push(current.join(' '));
  return [...new Set(out)];
}

export function kbLists(kbDir: string): GazetteerLists {
  const countries = readJson<{ countries: Country[] }>(join(kbDir, 'actors_countries.json')).countries;
  const people = readJson<{ people: Named[] }>(join(kbDir, 'actors_people.json')).people;
  const other = readJson<{ entries: Named[] }>(join(kbDir, 'actors_other.json')).entries;

  const demonyms = new Set<string>();
  const places = new Set<string>();
  for (const c of countries) {
    for (const d of [...(c.demonyms_guess ?? []), ...(c.ngec_nationality ?? [])]) demonyms.add(d.toLowerCase());
    for (const p of [...(c.names ?? []), ...(c.capital ?? []), c.countryinfo_name ?? '']) places.add(p.toLowerCase());
    for (const p of [
      ...(c.major_cities ?? []),
      ...(c.regions ?? []),
      ...(c.geog_features ?? []),
      ...(c.phoenix_synonyms ?? []),
    ])
      places.add(fromPattern(p));
  }
  for (const d of demonyms) places.delete(d);

  const fullNames = new Set<string>();
  const first = new Set<string>();
  const last = new Set<string>();
  for (const p of people) {
    const words = p.name.split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    fullNames.add(p.name.toLowerCase());
    if (/^\p{Lu}\p{Ll}+$/u.test(words[0])) first.add(words[0].toLowerCase());
    if (/^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) last.add(words[words.length - 1].toLowerCase());
  }
  const orgs = new Set<string>();
  for (const o of other) for (const n of [o.name, ...(o.aliases ?? [])]) if (n) orgs.add(n.toLowerCase());

  return {
    LOC: tokenise(places),
    DEM: tokenise(demonyms),
    PER: tokenise(fullNames),
    FIRST: [...first],
    LAST: [...last],
    ORG: tokenise(orgs),
  };
}
